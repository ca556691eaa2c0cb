#pragma once

#include "Call.h"
#include "Page.h"
#include "PageWalk.h"

#include <functional>

namespace repdesk {

// Walks a collection to its end: fetch(cursor) issues the call for one page
// (an empty cursor for the first), onPage sees every page as it arrives, and
// the returned PageWalk reports `finished` once, with an error or none.
template<typename T>
PageWalk *walkPages(std::function<Call<Page<T>> *(const QString &cursor)> fetch,
                    std::function<void(const Page<T> &)> onPage, QObject *parent = nullptr)
{
    auto *walk = new PageWalk(parent);
    auto step = std::make_shared<std::function<void(const QString &)>>();
    *step = [walk, fetch, onPage, weakStep = std::weak_ptr<std::function<void(const QString &)>>(step)](
                const QString &cursor) {
        Call<Page<T>> *call = fetch(cursor);
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
            if (walk->advance(page.nextCursor, page.hasMore, page.items.size()))
                if (auto next = weakStep.lock())
                    (*next)(page.nextCursor);
        });
    };
    // The walk owns the step function for as long as it lives.
    QObject::connect(walk, &QObject::destroyed, [step] {});
    (*step)(QString());
    return walk;
}

} // namespace repdesk
