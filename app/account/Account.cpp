#include "Account.h"

#include "AccountInfo.h"
#include "FernandProvider.h"
#include "HyperRepProvider.h"
#include "SecretRedactor.h"
#include "Transport.h"

namespace repdesk {

Account::Account(const QUrl &server, const QByteArray &apiKey, QObject *parent) : QObject(parent)
{
    // Known to the redactor from now on, so no diagnostics text can carry it (issue 13).
    SecretRedactor::instance().remember(apiKey);
    TransportConfig config;
    config.baseUrl = server;
    config.apiKey = apiKey;
    m_transport = new Transport(config, this);
    m_provider = new HyperRepProvider(m_transport, this);
}

Account::Account(const QString &providerId, const QUrl &server, const QByteArray &apiKey, QObject *parent)
    : Account(server, apiKey, parent)
{
    if (providerId != AccountInfo::fernandProvider())
        return;
    // Fernand: its own header, retries and request budget on a transport of its own.
    delete m_provider;
    delete m_transport;
    m_transport = new Transport(FernandProvider::transportConfig(server, apiKey), this);
    m_provider = new FernandProvider(m_transport, {}, this);
}

QUrl Account::server() const
{
    return m_transport->config().baseUrl;
}

} // namespace repdesk
