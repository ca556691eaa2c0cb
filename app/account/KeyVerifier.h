#pragma once

#include "Organization.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QTimer;

namespace repdesk {

class ApiError;
class Transport;

// Checks a server + API key before anything is saved: one
// GET /api/v2/organizations over a Transport of its own that lives only for
// this check. Quick on purpose: a short transfer timeout and at most two
// attempts, with an overall deadline, so a sign-in dialog never waits minutes.
//
// After verify(), exactly one of accepted / refused / unreachable follows,
// always from the event loop (never inside verify()), unless cancel() or a
// new verify() comes first; then nothing is emitted for the old check.
// Messages are sentences to show beside the key or server field. The key is
// never logged and never sent over plain http except to loopback.
class KeyVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Reason {
        InvalidKey, // "Invalid API Key", or a key that cannot be a header value
        Inactive,   // "API Key is inactive"
        Expired,    // "API Key has expired"
        Missing,    // no key entered ("Missing API Key")
        Insecure,   // plain http to a host other than this computer: nothing was sent
        WrongServer, // no server address, or an address that does not answer like a HyperRep server
        Other,      // any other refusal: an unknown 403 detail...
    };
    Q_ENUM(Reason)

    static constexpr int defaultTimeoutMs = 15000;
    static constexpr int maxAttempts = 2;

    explicit KeyVerifier(QObject *parent = nullptr);
    ~KeyVerifier() override;

    // The caller trims pasted text; a key with spaces or control characters inside is refused.
    void verify(const QUrl &server, const QByteArray &apiKey);
    // AccountInfo::provider of the keys to verify: "hyperrep" (default) or "fernand". A Fernand
    // key is checked with GET /agents; a 404 there is tried once more under "/v3" (the docs show
    // both prefixes), and verifiedServer() then carries the prefix.
    void setProvider(const QString &provider) { m_provider = provider; }
    QString provider() const { return m_provider; }
    // The server the accepted key answered on (valid after `accepted`).
    QUrl verifiedServer() const { return m_server; }
    void cancel();
    // True from verify() until its signal (or cancel()).
    bool isRunning() const { return m_running; }

    // Per-attempt transfer timeout (tests shorten it).
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    // The documented 403 details, matched without regard to case or a final period; Other otherwise.
    static Reason reasonForDetail(const QString &detail);
    // The sentence for a refusal; `serverDetail` is quoted for Other.
    static QString messageFor(Reason reason, const QString &serverDetail = {});

Q_SIGNALS:
    void accepted(const QList<repdesk::Organization> &organizations);
    void refused(repdesk::KeyVerifier::Reason reason, const QString &message);
    void unreachable(const QString &message);

private:
    void refuseLater(Reason reason, const QString &message);
    void attempt(const QByteArray &apiKey);
    void finish(const ApiError &error, const QList<Organization> &organizations);
    void stop();
    QString serverName() const;

    QPointer<Transport> m_transport;
    QTimer *m_deadline;
    QUrl m_server;
    quint64 m_generation = 0; // bumped by verify() and cancel(): late answers of older checks are dropped
    bool m_running = false;
    int m_timeoutMs = defaultTimeoutMs;
    QString m_provider = QStringLiteral("hyperrep");
    bool m_triedPrefix = false; // Fernand: "/v3" was tried after a 404
};

} // namespace repdesk
