#include "SecretRedactor.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace repdesk {

SecretRedactor &SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::remember(const QByteArray &secret)
{
    const QByteArray trimmed = secret.trimmed();
    if (trimmed.size() < 6)
        return;
    const QStringList forms{QString::fromUtf8(trimmed), QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(trimmed))),
                            QString::fromLatin1(trimmed.toBase64()),
                            QString::fromLatin1(trimmed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))};
    QMutexLocker lock(&m_mutex);
    for (const QString &form : forms) {
        if (!m_forms.contains(form))
            m_forms.append(form);
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_forms.begin(), m_forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretRedactor::redact(const QString &text) const
{
    QString out = text;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &form : m_forms)
            out.replace(form, mask());
    }
    // Names that usually carry a secret, in headers, JSON, query strings and settings.
    static const QRegularExpression named(
        QStringLiteral(R"((x-api-key|api[_-]?key|apikey|access[_-]?token|token|secret|password|passwd)(["']?\s*[:=]\s*["']?)([^\s&"',;}]+))"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(named, QStringLiteral("\\1\\2") + mask());
    static const QRegularExpression bearer(QStringLiteral(R"(\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1 ") + mask());
    // https://user:password@host
    static const QRegularExpression userinfo(QStringLiteral(R"(://[^/\s@]+@)"));
    out.replace(userinfo, QStringLiteral("://") + mask() + QLatin1Char('@'));
    return out;
}

void SecretRedactor::forgetAll()
{
    QMutexLocker lock(&m_mutex);
    m_forms.clear();
}

} // namespace repdesk
