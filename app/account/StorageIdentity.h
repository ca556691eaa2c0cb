#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace repdesk {

// The name of one account's local data (cache folder, settings group):
// HMAC-SHA256 keyed with the InstallSecret over the normalized server URL and
// the API key, cut to 24 hex digits (96 bits).
//
// - Two keys on one server, or one key on two servers, get different ids, so
//   accounts never share a cache (hashing only host and port would).
// - The same key on the same server gets the same id on every run, so a
//   one-run key from the environment finds its cache again.
// - The id is a one-way function of a 256-bit secret plus the key: neither
//   the id nor the secret file reveals the key, and without the secret an id
//   cannot even be tested against a guessed key.
// - Only [0-9a-f]: safe as a folder name and as a QSettings group.
class StorageIdentity
{
public:
    static constexpr int length = 24;

    // Empty when `installSecret` is shorter than 16 bytes, `server` has no
    // host, or `apiKey` is empty: such an id would not mean anything.
    static QString derive(const QByteArray &installSecret, const QUrl &server, const QByteArray &apiKey);

    // The form of a server URL the id is computed from, and that tells two
    // servers apart: lower-case scheme and host, explicit port (443/80 by
    // default), path without trailing slashes, no user, query or fragment.
    // "HTTPS://API.hyperrep.ai/" and "https://api.hyperrep.ai:443" are one server.
    static QString normalizedServer(const QUrl &server);

    // True for a string derive() could have returned. Ids read back from
    // settings are checked with this before being used in a path.
    static bool isValid(const QString &id);
};

} // namespace repdesk
