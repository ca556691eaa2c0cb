#include "Account.h"

#include "HyperRepProvider.h"
#include "Transport.h"

namespace repdesk {

Account::Account(const QUrl &server, const QByteArray &apiKey, QObject *parent) : QObject(parent)
{
    TransportConfig config;
    config.baseUrl = server;
    config.apiKey = apiKey;
    m_transport = new Transport(config, this);
    m_provider = new HyperRepProvider(m_transport, this);
}

QUrl Account::server() const
{
    return m_transport->config().baseUrl;
}

} // namespace repdesk
