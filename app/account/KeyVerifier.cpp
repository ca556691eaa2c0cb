#include "KeyVerifier.h"

#include "AccountInfo.h"
#include "ApiError.h"
#include "FernandProvider.h"
#include "HyperRepClient.h"
#include "SecretRedactor.h"
#include "Transport.h"
#include "TransportConfig.h"

#include <QTimer>

namespace repdesk {

namespace {
// Header values must not carry spaces or control characters; such a key was mis-pasted.
bool isPlausibleKey(const QByteArray &key)
{
    for (const char c : key) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f)
            return false;
    }
    return true;
}

QString normalizedDetail(const QString &detail)
{
    QString text = detail.trimmed().toLower();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}
} // namespace

KeyVerifier::KeyVerifier(QObject *parent) : QObject(parent), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    // A safety net over the per-attempt timeouts (a stalled TLS handshake, a slow retry).
    connect(m_deadline, &QTimer::timeout, this, [this] {
        ++m_generation;
        stop();
        Q_EMIT unreachable(tr("%1 did not answer in time. Check the server address and your internet connection, "
                              "then try again.").arg(serverName()));
    });
}

KeyVerifier::~KeyVerifier()
{
    ++m_generation;
    if (m_transport)
        m_transport->cancelAll();
}

void KeyVerifier::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void KeyVerifier::verify(const QUrl &server, const QByteArray &apiKey)
{
    cancel();
    m_running = true;
    m_server = server;
    if (!server.isValid() || server.host().isEmpty())
        return refuseLater(Reason::WrongServer, tr("Enter the server address, for example https://api.hyperrep.ai."));
    // Before anything else: not even an empty request goes to such a server.
    if (!TransportConfig::isSecureOrLoopback(server))
        return refuseLater(Reason::Insecure, messageFor(Reason::Insecure));
    if (apiKey.trimmed().isEmpty())
        return refuseLater(Reason::Missing, messageFor(Reason::Missing));
    if (!isPlausibleKey(apiKey))
        return refuseLater(Reason::InvalidKey, messageFor(Reason::InvalidKey));

    // A key being tried may end up in an error; the redactor masks it there (issue 13).
    SecretRedactor::instance().remember(apiKey);
    m_triedPrefix = false;
    attempt(apiKey);
}

void KeyVerifier::attempt(const QByteArray &apiKey)
{
    const bool fernand = m_provider == AccountInfo::fernandProvider();
    TransportConfig config = fernand ? FernandProvider::transportConfig(m_server, apiKey) : TransportConfig();
    config.baseUrl = m_server;
    config.apiKey = apiKey;
    config.transferTimeoutMs = m_timeoutMs;
    config.maxRequestsPerHost = 1;
    config.retry.maxAttempts = maxAttempts;
    config.retry.baseDelayMs = 300;
    config.retry.maxDelayMs = 1000;
    config.retry.maxRetryAfterMs = 2000; // a longer Retry-After is reported, not waited for
    m_transport = new Transport(config, this);

    const quint64 generation = m_generation;
    Call<Page<Organization>> *call = nullptr;
    if (fernand) {
        auto *provider = new FernandProvider(m_transport, {}, m_transport); // goes with its transport
        provider->setPrefetchContacts(false);
        call = provider->listOrganizations();
    } else {
        HyperRepClient client(m_transport);
        call = client.listOrganizations();
    }
    connect(call, &ApiCall::finished, this, [this, call, generation, fernand, apiKey] {
        if (generation != m_generation)
            return;
        if (fernand && call->error().kind() == ApiError::Kind::NotFound && !m_triedPrefix
            && !m_server.path().endsWith(QLatin1String("/v3"))) {
            // No route here: the server may want Fernand's "/v3" prefix.
            m_triedPrefix = true;
            m_deadline->stop();
            Transport *old = std::exchange(m_transport, nullptr);
            old->deleteLater();
            QString path = m_server.path();
            while (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            m_server.setPath(path + QStringLiteral("/v3"));
            attempt(apiKey);
            return;
        }
        const QList<Organization> organizations = call->hasResult() ? call->result().items : QList<Organization>();
        finish(call->error(), organizations);
    });
    // Every attempt may use its whole timeout, plus the pause between attempts.
    m_deadline->start(m_timeoutMs * maxAttempts + config.retry.maxDelayMs + 1000);
}

void KeyVerifier::cancel()
{
    ++m_generation;
    stop();
}

void KeyVerifier::stop()
{
    m_running = false;
    m_deadline->stop();
    if (m_transport) {
        Transport *transport = m_transport;
        m_transport = nullptr;
        transport->cancelAll();
        transport->deleteLater();
    }
}

void KeyVerifier::refuseLater(Reason reason, const QString &message)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, reason, message] {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT refused(reason, message);
    });
}

void KeyVerifier::finish(const ApiError &error, const QList<Organization> &organizations)
{
    // State first: a slot may call verify() again at once.
    ++m_generation;
    stop();
    const QString server = serverName();
    switch (error.kind()) {
    case ApiError::Kind::None:
        Q_EMIT accepted(organizations);
        return;
    case ApiError::Kind::Auth: {
        const Reason reason = reasonForDetail(error.detail());
        Q_EMIT refused(reason, messageFor(reason, error.detail()));
        return;
    }
    case ApiError::Kind::Cancelled:
        return;
    case ApiError::Kind::Insecure:
        Q_EMIT refused(Reason::Insecure, messageFor(Reason::Insecure));
        return;
    case ApiError::Kind::Network:
        Q_EMIT unreachable(tr("Could not reach %1 (%2). Check the server address and your internet connection.")
                               .arg(server, error.detail().isEmpty() ? tr("no connection") : error.detail()));
        return;
    case ApiError::Kind::Timeout:
        Q_EMIT unreachable(tr("%1 did not answer in time. Check the server address and your internet connection, "
                              "then try again.").arg(server));
        return;
    case ApiError::Kind::RateLimited:
        Q_EMIT unreachable(tr("%1 is busy right now. Try again in a moment.").arg(server));
        return;
    case ApiError::Kind::Server:
        Q_EMIT unreachable(tr("%1 had a problem (HTTP %2). Try again later.").arg(server).arg(error.httpStatus()));
        return;
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Decode:
        break;
    }
    Q_EMIT refused(Reason::WrongServer, tr("%1 did not answer like a HyperRep server. Check the server address.").arg(server));
}

QString KeyVerifier::serverName() const
{
    const QString host = m_server.host();
    return m_server.port() == -1 ? host : host + QLatin1Char(':') + QString::number(m_server.port());
}

KeyVerifier::Reason KeyVerifier::reasonForDetail(const QString &detail)
{
    const QString text = normalizedDetail(detail);
    if (text == QLatin1String("invalid api key"))
        return Reason::InvalidKey;
    if (text == QLatin1String("api key is inactive"))
        return Reason::Inactive;
    if (text == QLatin1String("api key has expired"))
        return Reason::Expired;
    if (text == QLatin1String("missing api key"))
        return Reason::Missing;
    return Reason::Other;
}

QString KeyVerifier::messageFor(Reason reason, const QString &serverDetail)
{
    switch (reason) {
    case Reason::InvalidKey:
        return tr("This API key is not valid. Check that you copied all of it.");
    case Reason::Inactive:
        return tr("This API key has been deactivated. Ask your HyperRep administrator to reactivate it or create a new one.");
    case Reason::Expired:
        return tr("This API key has expired. Create a new key in HyperRep.");
    case Reason::Missing:
        return tr("Enter your API key.");
    case Reason::Insecure:
        return tr("Repdesk sends your key only over a secure connection. Use an https:// address "
                  "(plain http is allowed only for this computer).");
    case Reason::WrongServer:
        return tr("Check the server address, for example https://api.hyperrep.ai.");
    case Reason::Other:
        break;
    }
    const QString detail = serverDetail.trimmed();
    return detail.isEmpty() ? tr("The server refused this API key.")
                            : tr("The server refused this API key: \"%1\"").arg(detail);
}

} // namespace repdesk
