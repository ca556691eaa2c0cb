#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace repdesk {

// Takes secrets out of text meant for people (Help > Copy diagnostics, the error log).
// Every API key Repdesk is given (the keychain's, HYPERREP_API_KEY, a key being verified,
// the demo's) is remembered here when it arrives, and redact() masks it wherever it
// appears: as typed, percent-encoded or in base64. Values after names that usually hold
// secrets (X-API-KEY: ..., api_key=..., token=..., Bearer ...) and passwords in URLs are
// masked too, so a key Repdesk was never told about is still not copied out.
class SecretRedactor
{
public:
    static SecretRedactor &instance();

    // Secrets shorter than 6 characters are ignored: masking every "abc" in a report would
    // hide the report, and no HyperRep key is that short.
    void remember(const QByteArray &secret);
    QString redact(const QString &text) const;
    // Tests only.
    void forgetAll();

    static QString mask() { return QStringLiteral("[redacted]"); }

private:
    SecretRedactor() = default;
    mutable QMutex m_mutex;
    QStringList m_forms; // every form of every secret, longest first
};

} // namespace repdesk
