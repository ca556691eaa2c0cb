#pragma once

// Shared by the tst_review_* tests: a sandbox anchored at the wall clock (the
// queue looks at "the last N days"), isolated settings, what the sandbox
// itself says is pending (the oracle: its own routes, never demo numbers),
// drafts written through the real API the way HyperRep or a teammate would,
// and the traffic the review queue caused, read from the sandbox's log.

#include "AccountSession.h"
#include "Cache.h"
#include "ConversationListModel.h"
#include "InboxSync.h"
#include "OrganizationSession.h"
#include "Records.h"
#include "ReplySends.h"
#include "ReviewDiscovery.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"
#include "SandboxFixture.h"
#include "SettingsKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace repdesk::test {

struct ReviewFixture : SandboxFixture
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<Account>> accounts; // outlive the sessions made on them

    bool startAtNow(SandboxOptions options, const QString &testName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RepdeskTests"));
        QCoreApplication::setApplicationName(testName);
        QSettings().clear();
        // REPDESK_TEST_ANCHOR (ISO 8601, UTC) replays the demo data of another minute: the data
        // depends on (seed, anchor), and a failure is reproduced with the anchor it printed.
        const QDateTime given = QDateTime::fromString(qEnvironmentVariable("REPDESK_TEST_ANCHOR"), Qt::ISODate);
        const QDateTime now = given.isValid() ? given.toUTC() : QDateTime::currentDateTimeUtc();
        options.anchor = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
        qInfo("%s: demo data anchored at %s", qPrintable(testName), qPrintable(options.anchor.toString(Qt::ISODate)));
        // The tests propose their own drafts on recent conversations without one: the demo's queue
        // (a draft on nearly every recent message) left too few some minutes, and its approved
        // drafts are promoted while a test runs. The sales generator's pending drafts remain.
        options.draftsToReview = false;
        return dir.isValid() && start(options);
    }

    // Every conversation of the organization, most recent activity first.
    QList<Conversation> allConversations()
    {
        QList<Conversation> all;
        QString cursor;
        do {
            auto r = run(client()->listConversations(org, ListQuery{500, cursor, {}, {}}));
            if (!r.ok)
                return {};
            all += r.value->items;
            cursor = r.value->isLast() ? QString() : r.value->nextCursor;
        } while (!cursor.isEmpty());
        return all;
    }

    QList<Conversation> activeSince(const QDateTime &since)
    {
        QList<Conversation> out;
        for (const Conversation &c : allConversations())
            if ((c.lastActivityAt.isValid() ? c.lastActivityAt : c.startAt) >= since)
                out << c;
        return out;
    }

    std::optional<ResponseDraft> pendingDraft(const QString &conversationId)
    {
        auto r = run(client()->listResponseDrafts(org, conversationId));
        if (!r.ok || r.value->items.isEmpty())
            return std::nullopt;
        return r.value->items.first();
    }

    // A proposal saved for review, as HyperRep (or a teammate) would write it.
    bool propose(const QString &conversationId, const QString &html)
    {
        ResponseDraftSaveRequest request;
        request.bodyHtml = html;
        return run(client()->saveResponseDraft(org, conversationId, request)).ok;
    }

    bool sendElsewhere(const QString &conversationId, const QString &html)
    {
        ResponseDraftSaveRequest request;
        request.bodyHtml = html;
        request.autosendDraft = true;
        return run(client()->saveResponseDraft(org, conversationId, request)).ok;
    }

    // The review queue's draft listings of the log: GET .../response-drafts, per conversation.
    QHash<QString, int> draftListings() const
    {
        QHash<QString, int> out;
        for (const auto &r : server->requestLog()) {
            if (r.method != QLatin1String("GET") || !r.path.endsWith(QLatin1String("/response-drafts")))
                continue;
            const QStringList parts = r.path.split(QLatin1Char('/'));
            out[parts.value(parts.size() - 2)] += 1;
        }
        return out;
    }

    int requests(const QString &method, const QString &conversationId, const QString &pathPart = QStringLiteral("/response-drafts")) const
    {
        int n = 0;
        for (const auto &r : server->requestLog())
            n += r.method == method && r.path.contains(conversationId + pathPart) ? 1 : 0;
        return n;
    }

    QList<SandboxRequestRecord> requestsFor(const QString &method, const QString &conversationId) const
    {
        QList<SandboxRequestRecord> out;
        for (const auto &r : server->requestLog())
            if (r.method == method && r.path.contains(conversationId + QStringLiteral("/response-drafts")))
                out << r;
        return out;
    }

    AccountSession::Identity identity(const QString &storage) const
    {
        AccountSession::Identity id;
        id.label = QStringLiteral("Sandbox");
        id.server = server->url();
        id.storageId = storage;
        return id;
    }

    // An account session with `org` open; null if it did not open. Not `live`: it waits for its
    // key as after a start whose keychain has not answered yet (AccountSession::goLive()).
    std::unique_ptr<AccountSession> openAccount(const QString &storage, const QUrl &url = {}, bool live = true)
    {
        accounts.push_back(std::make_unique<Account>(url.isValid() ? url : server->url(), QByteArrayLiteral("test-key")));
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        fast.maxAttempts = 2;
        accounts.back()->transport()->setRetryPolicy(fast);
        auto session = std::make_unique<AccountSession>(accounts.back()->provider(), identity(storage), dir.path());
        session->replySends()->setBaseDelayMs(100);
        session->start(org, live);
        if (!QTest::qWaitFor([&] { return session->organization() && session->organization()->organizationId() == org; },
                             10000))
            return nullptr;
        return session;
    }

    // The inbox loaded its conversations and the review queue has nothing more to ask: quiet
    // twice, a moment apart, because the discovery runs after the list's changes settle.
    static bool settled(OrganizationSession *o, int conversations, int timeoutMs = 20000)
    {
        ReviewSession *r = o->review();
        auto quiet = [&] {
            return o->conversations()->itemRowCount() >= conversations && !o->sync()->isRunning()
                && !r->discovery()->isRunning();
        };
        if (!QTest::qWaitFor(quiet, timeoutMs))
            return false;
        QTest::qWait(400);
        return QTest::qWaitFor(quiet, timeoutMs);
    }
};

} // namespace repdesk::test
