#include "Account.h"

#include "HyperRepProvider.h"
#include "Transport.h"

#include <QCryptographicHash>

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

QString Account::storageKey() const
{
    if (!m_storageKey.isEmpty())
        return m_storageKey;
    // Host and port only: the key itself must never reach disk, not even hashed.
    const QUrl url = server();
    const QString id = url.host() + QLatin1Char('_') + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    return QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace repdesk
