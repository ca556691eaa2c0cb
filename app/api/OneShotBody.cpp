#include "OneShotBody.h"

#include <cstring>

namespace repdesk {

OneShotBody::OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_pos + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    m_read = true;
    const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace repdesk
