#include "StorageIdentity.h"

#include <QMessageAuthenticationCode>

namespace repdesk {

namespace {
constexpr int kMinimumSecretSize = 16;
// Versioned so that a future change of the inputs cannot collide with today's ids.
constexpr char kDomain[] = "repdesk-storage-identity-v1";
} // namespace

QString StorageIdentity::normalizedServer(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty())
        return {};
    const QString scheme = server.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("http") ? 80 : 443;
    QString path = server.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrl normalized;
    normalized.setScheme(scheme);
    normalized.setHost(server.host().toLower());
    normalized.setPort(server.port(defaultPort));
    normalized.setPath(path, QUrl::TolerantMode);
    // The port is always written, so "https://h" and "https://h:443" give one string.
    return normalized.toString(QUrl::FullyEncoded);
}

QString StorageIdentity::derive(const QByteArray &installSecret, const QUrl &server, const QByteArray &apiKey)
{
    const QString normalized = normalizedServer(server);
    if (installSecret.size() < kMinimumSecretSize || normalized.isEmpty() || apiKey.isEmpty())
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, installSecret);
    // NUL separators: a fully encoded URL never holds one, so (server, key)
    // pairs cannot be shifted into each other.
    mac.addData(kDomain, sizeof kDomain); // includes the terminating NUL
    mac.addData(normalized.toUtf8());
    mac.addData("\0", 1);
    mac.addData(apiKey);
    return QString::fromLatin1(mac.result().toHex().left(length));
}

bool StorageIdentity::isValid(const QString &id)
{
    if (id.size() != length)
        return false;
    for (const QChar c : id) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!hex)
            return false;
    }
    return true;
}

} // namespace repdesk
