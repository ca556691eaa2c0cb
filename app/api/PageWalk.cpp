#include "PageWalk.h"

namespace repdesk {

void PageWalk::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    finishWith(ApiError(ApiError::Kind::Cancelled, QString()));
}

bool PageWalk::advance(const QString &nextCursor, bool hasMore, int items)
{
    ++m_pages;
    m_items += items;
    if (!hasMore || nextCursor.isEmpty()) {
        finishWith(ApiError());
        return false;
    }
    if (m_seen.contains(nextCursor)) {
        m_repeated = true;
        finishWith(ApiError(ApiError::Kind::Decode, QStringLiteral("the server repeated a page cursor")));
        return false;
    }
    if (m_pageLimit > 0 && m_pages >= m_pageLimit) {
        m_limitReached = true;
        finishWith(ApiError());
        return false;
    }
    m_seen.insert(nextCursor);
    return true;
}

void PageWalk::fail(const ApiError &error)
{
    finishWith(error);
}

void PageWalk::finishWith(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error);
    deleteLater();
}

} // namespace repdesk
