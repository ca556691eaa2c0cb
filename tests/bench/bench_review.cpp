// The review queue (issue 9) over a large organization:
// 1. the first discovery: one draft listing (limit=1) per conversation active
//    in the window, how many requests, at most how many in flight, wall time,
//    and how long the discover() call itself holds the thread;
// 2. a second start on the same cache: the queue painted from the cache (the
//    model alone, and a whole ReviewSession::start() of a new account session),
//    then a discovery that asks nothing, because no activity changed;
// 3. 20 conversations get a new message: only those 20 are asked again;
// 4. from approve (or discard) to the next draft shown with its reply loaded
//    and its thread on screen, when that draft was prepared while the previous
//    one was read, against showing a draft that was not prepared; every
//    approve is one autosend POST, none twice.
// The sandbox serves from this thread (its request log is the oracle), with
// the given latency per answer, so wall times include its own work.
//
// Run: build/tests/bench/bench_review [conversations] [latency ms] [window days]   (defaults: 10000, 0, 14)
#include "Account.h"
#include "AccountSession.h"
#include "Cache.h"
#include "CallQueue.h"
#include "HyperRepClient.h"
#include "HyperRepProvider.h"
#include "InboxSync.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "ReplyController.h"
#include "ReplySends.h"
#include "ReviewDiscovery.h"
#include "ReviewFigures.h"
#include "ReviewPreviews.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"
#include "SandboxServer.h"
#include "SettingsKeys.h"
#include "Transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace repdesk;

namespace {
int draftListings(const SandboxServer &server, qsizetype from)
{
    const auto log = server.requestLog();
    int n = 0;
    for (qsizetype i = from; i < log.size(); ++i)
        n += log.at(i).method == QLatin1String("GET") && log.at(i).path.endsWith(QLatin1String("/response-drafts"));
    return n;
}

// Waits on the event loop; a wait that runs out is said (the figures after it are suspect).
template<typename F>
bool waitFor(F done, int timeoutMs, const char *what)
{
    if (QTest::qWaitFor(done, timeoutMs))
        return true;
    std::fprintf(stderr, "timed out waiting for %s\n", what);
    return false;
}

double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

struct Round
{
    int requests = 0;
    double wallMs = 0;
    double callMs = 0; // discover() itself, before the event loop runs again
    int maxInFlight = 0;
    bool ok = false;
};

Round discoverOnce(SandboxServer &server, ReviewDiscovery &discovery)
{
    Round r;
    const qsizetype before = server.requestLog().size();
    bool done = false;
    QObject::connect(&discovery, &ReviewDiscovery::finished, &discovery, [&](const ApiError &e) {
        done = true;
        r.ok = !e.isError();
    }, Qt::SingleShotConnection);
    QElapsedTimer wall;
    wall.start();
    discovery.discover();
    r.callMs = ms(wall);
    if (!done)
        waitFor([&] { return done; }, 600000, "the discovery");
    r.wallMs = ms(wall);
    r.requests = draftListings(server, before);
    r.maxInFlight = discovery.queue()->maxObservedInFlight();
    return r;
}

QList<Conversation> walkConversations(HyperRepClient *client, const QString &org)
{
    QList<Conversation> all;
    QString cursor;
    do {
        auto *call = client->listConversations(org, ListQuery{500, cursor, {}, {}});
        bool ok = false;
        bool finished = false; // the call deletes itself once it has finished
        QObject::connect(call, &ApiCall::finished, [&, call] {
            finished = true;
            ok = call->succeeded();
            if (ok) {
                all += call->result().items;
                cursor = call->result().isLast() ? QString() : call->result().nextCursor;
            }
        });
        if (!waitFor([&] { return finished; }, 60000, "a page of conversations") || !ok)
            return {};
    } while (!cursor.isEmpty());
    return all;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int conversations = argc > 1 ? std::max(10, atoi(argv[1])) : 10000;
    const int latency = argc > 2 ? std::max(0, atoi(argv[2])) : 0;
    const int windowDays = argc > 3 ? std::max(1, atoi(argv[3])) : SettingsKeys::defaultReviewWindowDays;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RepdeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_review"));
    QSettings().clear();
    QSettings().setValue(SettingsKeys::reviewWindowDays(), windowDays);
    QSettings().setValue(SettingsKeys::undoSendSeconds(), 1);

    QTemporaryDir temp;
    SandboxOptions options;
    options.apiKey = QStringLiteral("bench-key");
    options.conversations = conversations;
    options.autosendDelayMs = 200;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.anchor = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc());
    QElapsedTimer generation;
    generation.start();
    SandboxServer server(options);
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox failed to start: %s\n", qPrintable(error));
        return 1;
    }
    const QString org = server.organizationIds().value(0);
    std::printf("sandbox: %d conversations, answers delayed %d ms, window %d days (generated in %.1f s)\n",
                conversations, latency, windowDays, generation.elapsed() / 1000.0);

    Account account(server.url(), options.apiKey.toUtf8());
    auto *client = static_cast<HyperRepProvider *>(account.provider())->client();
    // What InboxSync would have written: every conversation of the organization.
    Cache cache(temp.filePath(QStringLiteral("cache")), QStringLiteral("bench"));
    if (!cache.openOrganization(org))
        return 1;
    const QList<Conversation> all = walkConversations(client, org);
    cache.upsertConversations(all);
    const int inWindow = int(cache.conversationsActiveSince(now.addDays(-windowDays)).size());
    server.setLatencyMs(latency);
    bool ok = !all.isEmpty();

    // 1. First discovery.
    int rows = 0;
    int pending = 0;
    {
        ReviewQueueModel model;
        ReviewDiscovery discovery;
        discovery.setSource(account.provider(), &cache, nullptr, org, &model);
        discovery.setWindowDays(windowDays);
        const Round r = discoverOnce(server, discovery);
        rows = model.rowCount();
        pending = model.pendingCount();
        std::printf("first discovery: %d conversations in the window -> %d listings, at most %d in flight, "
                    "%.0f ms wall (discover() call %.1f ms); %d rows, %d to review%s\n",
                    inWindow, r.requests, r.maxInFlight, r.wallMs, r.callMs, rows, pending, r.ok ? "" : " (FAILED)");
        ok = ok && r.ok && r.requests == inWindow && r.maxInFlight <= ReviewDiscovery::kMaxInFlight;
    }

    // 2. Second start: painted from the cache, nothing asked.
    {
        ReviewQueueModel model;
        ReviewDiscovery discovery;
        discovery.setSource(account.provider(), &cache, nullptr, org, &model);
        discovery.setWindowDays(windowDays);
        QElapsedTimer paint;
        paint.start();
        discovery.loadFromCache();
        const double paintMs = ms(paint);
        const Round r = discoverOnce(server, discovery);
        std::printf("second start: %d rows painted from the cache in %.1f ms; discovery %d listings, %.1f ms "
                    "(discover() call %.1f ms)\n",
                    model.rowCount(), paintMs, r.requests, r.wallMs, r.callMs);
        ok = ok && model.rowCount() == rows && r.requests == 0;

        // 3. Twenty conversations of the window get a new message.
        QList<Conversation> changed;
        for (const Conversation &c : cache.conversationsActiveSince(now.addDays(-windowDays))) {
            if (changed.size() == 20)
                break;
            server.simulateInboundMessage(c.conversationId);
            auto *call = client->getConversation(org, c.conversationId);
            bool finished = false;
            QObject::connect(call, &ApiCall::finished, [&, call] {
                finished = true;
                if (call->succeeded())
                    changed << call->result();
            });
            waitFor([&] { return finished; }, 10000, "a conversation");
        }
        cache.upsertConversations(changed); // what the next incremental sync writes
        const Round again = discoverOnce(server, discovery);
        std::printf("after %d conversations changed: %d listings, %.0f ms wall\n", int(changed.size()),
                    again.requests, again.wallMs);
        ok = ok && again.requests == int(changed.size());
    }

    // 4. Approve / discard -> next draft shown, through a whole account session.
    {
        AccountSession::Identity identity;
        identity.label = QStringLiteral("Bench");
        identity.server = server.url();
        identity.storageId = QStringLiteral("bench-session");
        // One Account per session, as in the app: closing a session shuts its transport down.
        auto firstAccount = std::make_unique<Account>(server.url(), options.apiKey.toUtf8());
        auto session = std::make_unique<AccountSession>(firstAccount->provider(), identity, temp.path());
        session->replySends()->setBaseDelayMs(100);
        session->start(org);
        if (!waitFor([&] { return session->organization(); }, 30000, "the organization"))
            return 1;
        OrganizationSession *o = session->organization();
        ReviewSession *r = o->review();
        r->start();
        auto quiet = [&] { return !o->sync()->isRunning() && !r->discovery()->isRunning(); };
        waitFor(quiet, 600000, "the first sync and discovery");
        QTest::qWait(500);
        waitFor(quiet, 600000, "the first sync and discovery");
        const qsizetype logStart = server.requestLog().size();
        QList<double> approveMs, discardMs, coldMs;
        QStringList approved;
        int unready = 0;
        for (int i = 0; i < 20 && r->reply(); ++i) {
            if (r->preparedConversationId().isEmpty())
                break; // the queue ran out
            if (!waitFor([r] { return r->isPreparedReady(); }, 10000, "the prepared draft"))
                break;
            const bool approve = i % 2 == 0;
            const QString acted = r->shownConversationId();
            QElapsedTimer t;
            t.start();
            const bool done = approve ? r->approve() : r->discard();
            const double elapsed = ms(t);
            if (!done || !r->reply())
                break;
            if (r->reply()->status() == ReplyController::Status::Loading || r->thread()->rowCount() == 0)
                ++unready;
            (approve ? approveMs : discardMs) << elapsed;
            if (approve)
                approved << acted;
        }
        // For contrast: drafts that were not prepared, picked in the list (their thread not fetched yet).
        for (int row = 0; row < r->queue()->rowCount() && coldMs.size() < 5; ++row) {
            const ReviewItem *item = r->queue()->item(row);
            if (!item->isReviewable() || item->conversationId == r->shownConversationId()
                || item->conversationId == r->preparedConversationId() || r->previews()->isFresh(item->conversationId))
                continue;
            QElapsedTimer t;
            t.start();
            if (!r->show(item->conversationId))
                continue;
            waitFor([r] { return r->reply()->status() != ReplyController::Status::Loading
                                 && r->thread()->state() == MessageThreadModel::State::Loaded; },
                    10000, "a draft that was not prepared");
            coldMs << ms(t);
        }
        std::printf("approve -> next shown (prepared): median %.2f ms, worst %.2f ms over %d; discard -> next: "
                    "median %.2f ms, worst %.2f ms over %d; shown not ready: %d\n",
                    median(approveMs), approveMs.isEmpty() ? 0 : *std::max_element(approveMs.cbegin(), approveMs.cend()),
                    int(approveMs.size()), median(discardMs),
                    discardMs.isEmpty() ? 0 : *std::max_element(discardMs.cbegin(), discardMs.cend()),
                    int(discardMs.size()), unready);
        std::printf("a draft that was not prepared, to its reply and thread loaded: median %.1f ms over %d\n",
                    median(coldMs), int(coldMs.size()));
        // Every action reaches the server once.
        waitFor([r] { return !r->canUndo(); }, 10000, "the undo windows");
        QTest::qWait(3000);
        QHash<QString, int> autosends;
        int deletes = 0;
        const auto log = server.requestLog();
        for (qsizetype i = logStart; i < log.size(); ++i) {
            const auto &rec = log.at(i);
            if (rec.method == QLatin1String("DELETE"))
                ++deletes;
            if (rec.method == QLatin1String("POST") && rec.path.endsWith(QLatin1String("/response-drafts"))
                && QJsonDocument::fromJson(rec.body).object().value(QStringLiteral("autosend_draft")).toBool())
                autosends[rec.path.section(QLatin1Char('/'), -2, -2)] += 1;
        }
        int twice = 0;
        for (auto it = autosends.cbegin(); it != autosends.cend(); ++it)
            twice += it.value() > 1;
        std::printf("server saw %d autosend POSTs for %d approves (none twice: %s), %d DELETEs for %d discards\n",
                    int(autosends.size()), int(approved.size()), twice == 0 ? "yes" : "NO", deletes,
                    int(discardMs.size()));
        ok = ok && unready == 0 && twice == 0 && int(autosends.size()) == int(approved.size());
        const int figuresUnchanged = r->figures()->sessionSentUnchanged();
        session.reset();

        // The same account started again: the queue painted from the cache by start().
        Account secondAccount(server.url(), options.apiKey.toUtf8());
        auto again = std::make_unique<AccountSession>(secondAccount.provider(), identity, temp.path());
        again->start(org);
        if (!waitFor([&] { return again->organization(); }, 30000, "the organization"))
            return 1;
        ReviewSession *r2 = again->organization()->review();
        const qsizetype before = server.requestLog().size();
        QElapsedTimer t;
        t.start();
        r2->start();
        const double startMs = ms(t);
        std::printf("account session started again: ReviewSession::start() painted %d rows (%d to review) and "
                    "showed the first in %.1f ms (the first session's figures: %d sent unchanged)\n",
                    r2->queue()->rowCount(), r2->queue()->pendingCount(), startMs, figuresUnchanged);
        waitFor([&] { return !again->organization()->sync()->isRunning() && !r2->discovery()->isRunning(); }, 600000,
                "the second sync");
        QTest::qWait(300);
        std::printf("  then %d draft listings: %d by the discovery (the conversations whose activity changed: each "
                    "approved draft became a message), the rest the shown and prepared replies' own\n",
                    draftListings(server, before), int(r2->discovery()->queue()->startedCount()));
    }
    return ok ? 0 : 1;
}
