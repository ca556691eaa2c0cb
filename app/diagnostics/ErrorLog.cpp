#include "ErrorLog.h"

#include "SecretRedactor.h"

#include <QMutexLocker>

namespace repdesk {

ErrorLog &ErrorLog::instance()
{
    static ErrorLog log;
    return log;
}

void ErrorLog::record(const QString &area, const QString &text)
{
    // Bounded: a server that answers with a whole page must not fill the clipboard.
    constexpr int kMaxText = 500;
    Entry entry{QDateTime::currentDateTimeUtc(), area, SecretRedactor::instance().redact(text.left(kMaxText))};
    QMutexLocker lock(&m_mutex);
    ++m_total;
    // The same error again and again (a server down, a poll each minute) keeps only its latest time.
    if (!m_entries.isEmpty() && m_entries.last().area == entry.area && m_entries.last().text == entry.text) {
        m_entries.last().when = entry.when;
        return;
    }
    if (m_entries.size() >= kCapacity)
        m_entries.removeFirst();
    m_entries.append(std::move(entry));
}

QList<ErrorLog::Entry> ErrorLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

qint64 ErrorLog::total() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

void ErrorLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
    m_total = 0;
}

} // namespace repdesk
