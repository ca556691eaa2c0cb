#pragma once

#include "ApiError.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace repdesk {

// The state of a walk over a cursor-paginated collection: which cursor comes
// next, whether the end was reached, and a guard against servers that hand
// back a cursor already seen (which would otherwise loop forever).
class PageWalk : public QObject
{
    Q_OBJECT
public:
    explicit PageWalk(QObject *parent = nullptr) : QObject(parent) {}

    bool isCancelled() const { return m_cancelled; }
    bool isDone() const { return m_done; }
    int pagesFetched() const { return m_pages; }
    int itemsFetched() const { return m_items; }
    // The server handed back a cursor it had already given: the walk ended with an error, and what
    // came before is all there is (a caller may use it).
    bool cursorRepeated() const { return m_repeated; }
    // At most `pages` pages (0: no limit): the walk ends without an error after the last one,
    // pageLimitReached() saying the collection may go on.
    void setPageLimit(int pages) { m_pageLimit = pages; }
    bool pageLimitReached() const { return m_limitReached; }
    void cancel();

    // Records one fetched page; returns false (and finishes with an error)
    // when the cursor repeats.
    bool advance(const QString &nextCursor, bool hasMore, int items);
    void fail(const ApiError &error);

Q_SIGNALS:
    void finished(const repdesk::ApiError &error);

private:
    void finishWith(const ApiError &error);

    QSet<QString> m_seen;
    int m_pages = 0;
    int m_items = 0;
    int m_pageLimit = 0;
    bool m_repeated = false;
    bool m_limitReached = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace repdesk
