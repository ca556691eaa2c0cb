#pragma once

#include "Call.h"
#include "CallQueue.h"
#include "Page.h"
#include "PageWalk.h"

#include <QPointer>

#include <functional>
#include <memory>

namespace repdesk {

namespace detail {
// Starts one page's call: at once, or through a CallQueue.
using PageStarter = std::function<void(PageWalk *walk, CallQueue::Factory factory)>;

template<typename T>
PageWalk *walkPagesVia(PageStarter start, std::function<Call<Page<T>> *(const QString &cursor)> fetch,
                       std::function<void(const Page<T> &)> onPage, QObject *parent)
{
    auto *walk = new PageWalk(parent);
    auto step = std::make_shared<std::function<void(const QString &)>>();
    *step = [walk, start, fetch, onPage, weakStep = std::weak_ptr<std::function<void(const QString &)>>(step)](
                const QString &cursor) {
        start(walk, [walk, fetch, onPage, weakStep, cursor]() -> ApiCall * {
            // A queued page whose walk ended (cancelled) while it waited is not asked.
            if (walk->isDone())
                return nullptr;
            Call<Page<T>> *call = fetch(cursor);
            if (!call) {
                // Nothing to ask with any more (the client is gone). Later: this may run before
                // walkPages returns, when the caller has not connected to `finished` yet.
                QMetaObject::invokeMethod(walk, [walk] { walk->cancel(); }, Qt::QueuedConnection);
                return nullptr;
            }
            QObject::connect(walk, &PageWalk::finished, call, [call] { call->cancel(); });
            QObject::connect(call, &ApiCall::finished, walk, [walk, call, onPage, weakStep] {
                if (walk->isDone())
                    return;
                if (!call->succeeded()) {
                    walk->fail(call->error());
                    return;
                }
                const Page<T> &page = call->result();
                onPage(page);
                // onPage may have ended the walk (cancel()): then no page follows.
                if (!walk->isDone() && walk->advance(page.nextCursor, page.hasMore, page.items.size()))
                    if (auto next = weakStep.lock())
                        (*next)(page.nextCursor);
            });
            return call;
        });
    };
    // The walk owns the step function for as long as it lives.
    QObject::connect(walk, &QObject::destroyed, [step] {});
    (*step)(QString());
    return walk;
}
} // namespace detail

// Walks a collection to its end: fetch(cursor) issues the call for one page
// (an empty cursor for the first), onPage sees every page as it arrives, and
// the returned PageWalk reports `finished` once, with an error or none.
template<typename T>
PageWalk *walkPages(std::function<Call<Page<T>> *(const QString &cursor)> fetch,
                    std::function<void(const Page<T> &)> onPage, QObject *parent = nullptr)
{
    return detail::walkPagesVia<T>([](PageWalk *, const CallQueue::Factory &factory) { factory(); }, std::move(fetch),
                                   std::move(onPage), parent);
}

// The same walk with each page's call started through `queue`, so a screen's walk waits its turn
// with the screen's other requests (at most N in flight, in order). A page still waiting when the
// walk ends is dropped, never asked; one in flight is cancelled.
template<typename T>
PageWalk *walkPagesThrough(CallQueue *queue, std::function<Call<Page<T>> *(const QString &cursor)> fetch,
                           std::function<void(const Page<T> &)> onPage, QObject *parent = nullptr)
{
    const QPointer<CallQueue> guard(queue);
    return detail::walkPagesVia<T>(
        [guard](PageWalk *walk, CallQueue::Factory factory) {
            if (guard)
                guard->enqueue(std::move(factory), walk);
            else
                QMetaObject::invokeMethod(walk, [walk] { walk->cancel(); }, Qt::QueuedConnection);
        },
        std::move(fetch), std::move(onPage), parent);
}

} // namespace repdesk
