#pragma once

#include <QObject>
#include <QUrl>

namespace repdesk {

class InboxProvider;
class Transport;

// One server + key: owns the account's single QNetworkAccessManager (inside
// its Transport) and its provider. The key is held in memory only.
class Account : public QObject
{
    Q_OBJECT
public:
    Account(const QUrl &server, const QByteArray &apiKey, QObject *parent = nullptr);
    // `providerId`: AccountInfo::provider ("hyperrep", "fernand"); empty or unknown is HyperRep.
    Account(const QString &providerId, const QUrl &server, const QByteArray &apiKey, QObject *parent = nullptr);

    QUrl server() const;
    Transport *transport() const { return m_transport; }
    InboxProvider *provider() const { return m_provider; }

private:
    Transport *m_transport;
    InboxProvider *m_provider;
};

} // namespace repdesk
