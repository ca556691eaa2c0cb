#pragma once

#include <QString>

#include <optional>

namespace repdesk {

// Cursors are opaque to clients but must only be accepted by the collection that issued them
// (same route, parent ids and filters): the token carries the offset and a signature of the collection.
class CursorCodec
{
public:
    static QString encode(const QString &collectionKey, qint64 offset);
    static std::optional<qint64> decode(const QString &cursor, const QString &collectionKey);

private:
    static QByteArray signature(const QString &collectionKey, qint64 offset);
};

} // namespace repdesk
