#include "SandboxIds.h"

namespace repdesk {

QByteArray SandboxIds::randomBytes(QRandomGenerator &random, int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = char(random.bounded(256));
    return bytes;
}

QString SandboxIds::hrId(QRandomGenerator &random)
{
    return QStringLiteral("HR_id_")
        + QString::fromLatin1(randomBytes(random, 18).toBase64(QByteArray::Base64UrlEncoding));
}

QString SandboxIds::fernetId(QRandomGenerator &random)
{
    // 105 bytes encode to 140 characters without padding; 104 bytes end with a single '='.
    const int count = random.bounded(3) == 0 ? 104 : 105;
    return QStringLiteral("gAAAAAB")
        + QString::fromLatin1(randomBytes(random, count).toBase64(QByteArray::Base64UrlEncoding));
}

QString SandboxIds::uuid(QRandomGenerator &random)
{
    QByteArray bytes = randomBytes(random, 16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
        + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

} // namespace repdesk
