#pragma once

// Shared by tst_inbox_sync and tst_inbox_sync_walk: an inbox (cache, list
// model, InboxSync) over the sandbox, as the main window wires it.

#include "Cache.h"
#include "ConversationListModel.h"
#include "InboxSync.h"
#include "SandboxFixture.h"

#include <optional>

namespace repdesk::test {

inline std::optional<Conversation> cached(const Cache &cache, const QString &id)
{
    for (const Conversation &c : cache.conversations()) {
        if (c.conversationId == id)
            return c;
    }
    return std::nullopt;
}

inline const Conversation *row(const ConversationListModel &model, const QString &id)
{
    return model.conversation(model.rowOf(id));
}

// A model showing the organization's first `pageSize` conversations, with
// its cache and an InboxSync that counts the first page as its sync point
// (as the main window does).
struct Inbox
{
    QString dir;
    Cache cache;
    ConversationListModel model;
    InboxSync sync;
    bool ready = false;
    Inbox(const QString &directory, SandboxFixture &f, int pageSize)
        : dir(directory), cache(directory, QStringLiteral("acct"))
    {
        const bool opened = cache.openOrganization(f.org);
        model.setSource(f.account->provider(), &cache, nullptr, f.org);
        model.setPageSize(pageSize);
        model.fetchMore({});
        ready = opened
            && QTest::qWaitFor([this] { return model.fetchState() != PagedListModel::FetchState::Loading; }, 15000)
            && model.itemRowCount() > 0;
        sync.setSource(f.account->provider(), &cache, &model, f.org);
        sync.markSynced(QDateTime::currentDateTimeUtc());
    }
    // Runs one sync to its end; returns its error and whether it was a full walk.
    ApiError syncOnce(bool *wasFull = nullptr)
    {
        QSignalSpy finished(&sync, &InboxSync::finished);
        bool full = false;
        auto c = QObject::connect(&sync, &InboxSync::started, &sync, [this, &full] { full = sync.isFullWalk(); });
        sync.syncNow();
        const bool done = finished.wait(15000);
        QObject::disconnect(c);
        if (wasFull)
            *wasFull = full;
        return done ? finished.first().first().value<ApiError>()
                    : ApiError(ApiError::Kind::Timeout, QStringLiteral("test: the sync never finished"));
    }
};

} // namespace repdesk::test
