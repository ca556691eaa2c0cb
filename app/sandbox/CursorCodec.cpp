#include "CursorCodec.h"

#include <QByteArrayList>
#include <QCryptographicHash>

namespace repdesk {

namespace {
const QLatin1String kPrefix("HR_tok_");
}

QByteArray CursorCodec::signature(const QString &collectionKey, qint64 offset)
{
    const QByteArray material = collectionKey.toUtf8() + '|' + QByteArray::number(offset)
        + "|repdesk-sandbox-cursor";
    return QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(16);
}

QString CursorCodec::encode(const QString &collectionKey, qint64 offset)
{
    const QByteArray payload = QByteArray::number(offset) + '|' + signature(collectionKey, offset);
    return kPrefix + QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding
                                                          | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> CursorCodec::decode(const QString &cursor, const QString &collectionKey)
{
    if (!cursor.startsWith(kPrefix))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.mid(kPrefix.size()).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 offset = parts.at(0).toLongLong(&ok);
    if (!ok || offset < 0 || parts.at(1) != signature(collectionKey, offset))
        return std::nullopt;
    return offset;
}

} // namespace repdesk
