// Outbox against an in-process sandbox over loopback HTTP: saves made while
// the server is down wait on disk, in order, and go out when it is back;
// latest text wins; 4xx items are dropped and reported; deletes of drafts
// that are already gone count as done.
#include "Account.h"
#include "InboxProvider.h"
#include "Outbox.h"
#include "Records.h"
#include "SandboxServer.h"
#include "Transport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace repdesk;

namespace {
const QString kAccount = QStringLiteral("acct");
const QByteArray kKey = QByteArrayLiteral("outbox-test-key");

SandboxOptions sandboxOptions(const QString &dataDir = {})
{
    SandboxOptions o;
    o.apiKey = QString::fromLatin1(kKey);
    o.dataDir = dataDir;
    o.conversations = 12;
    o.draftsToReview = false; // the tests compare the drafts they saved with the server's
    o.anchor = QDateTime(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
    return o;
}

// Runs a provider call to completion and copies its result out before it deletes itself.
template<typename T>
std::optional<T> fetch(Call<T> *call)
{
    std::optional<T> out;
    bool done = false;
    QObject::connect(call, &ApiCall::finished, [&, call] {
        done = true;
        if (call->succeeded() && call->hasResult())
            out = call->result();
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return std::nullopt;
    return out;
}

OutboxItem save(const QString &org, const QString &conversation, const QString &html, bool autosend = false)
{
    OutboxItem item;
    item.kind = OutboxItem::Kind::SaveResponseDraft;
    item.organizationId = org;
    item.key = conversation;
    ResponseDraftSaveRequest request;
    request.bodyHtml = html;
    request.ccEmails = {QStringLiteral("cc@example.com")};
    request.autosendDraft = autosend;
    request.addNotification = !autosend;
    item.body = request.toJson();
    return item;
}

OutboxItem removal(OutboxItem::Kind kind, const QString &org, const QString &key, const QString &target)
{
    OutboxItem item;
    item.kind = kind;
    item.organizationId = org;
    item.key = key;
    item.targetId = target;
    return item;
}

QString kindOf(const QVariant &v)
{
    return QString::number(int(v.value<OutboxItem>().kind));
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Account> m_account;
    QString m_org;
    QStringList m_conversations;

    bool startServer(quint16 port = 0, const QString &dataDir = {})
    {
        m_server = std::make_unique<SandboxServer>(sandboxOptions(dataDir));
        QString error;
        if (!m_server->start(port, &error)) {
            qWarning() << "sandbox:" << error;
            return false;
        }
        return true;
    }

    void connectAccount(const QUrl &url)
    {
        m_account = std::make_unique<Account>(url, kKey);
        // No transport retries: the outbox's own stop-and-retry-later is what is under test.
        m_account->transport()->setRetryPolicy(RetryPolicy::none());
    }

    bool loadIds()
    {
        m_org = m_server->organizationIds().value(0);
        const auto page = fetch(m_account->provider()->listConversations(m_org, ListQuery{5, {}, {}, {}}));
        if (!page || page->items.size() < 3)
            return false;
        m_conversations.clear();
        for (const Conversation &c : page->items)
            m_conversations << c.conversationId;
        return true;
    }

    QString serverDraft(const QString &conversation)
    {
        const auto page = fetch(m_account->provider()->listResponseDrafts(m_org, conversation));
        return page && !page->items.isEmpty() ? page->items.first().bodyHtml : QStringLiteral("<none>");
    }

    QStringList postedConversations() const
    {
        QStringList out;
        for (const SandboxRequestRecord &r : m_server->requestLog()) {
            if (r.method != QLatin1String("GET"))
                out << r.method + QLatin1Char(' ') + r.path.section(QLatin1Char('/'), 6, 6);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(startServer());
        connectAccount(m_server->url());
        QVERIFY(loadIds());
        m_server->clearRequestLog();
    }

    void cleanup()
    {
        m_account.reset();
        m_server.reset();
    }

    void waitsWhileTheServerIsDownAndFlushesAfterItRestarts()
    {
        // A server with a data folder, so the restarted one has the same conversations.
        QTemporaryDir data;
        QVERIFY(startServer(0, data.path()));
        const quint16 port = m_server->port();
        const QUrl url = m_server->url();
        connectAccount(url);
        QVERIFY(loadIds());
        m_server.reset(); // nothing listens on the port now

        {
            Outbox outbox(m_dir->path(), kAccount);
            outbox.setProvider(m_account->provider());
            QSignalSpy counts(&outbox, &Outbox::countChanged);
            QSignalSpy finished(&outbox, &Outbox::flushFinished);
            QSignalSpy sent(&outbox, &Outbox::itemSent);
            outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>typed on a train \U0001F686</p>")));
            QCOMPARE(counts.size(), 1);
            QCOMPARE(counts.last().first().toInt(), 1);
            outbox.flush();
            QVERIFY(outbox.isFlushing());
            QVERIFY(finished.wait(5000));
            QCOMPARE(finished.last().first().toBool(), false);
            QVERIFY(!outbox.isFlushing());
            QCOMPARE(sent.size(), 0);
            QCOMPARE(outbox.count(), 1);
            QCOMPARE(outbox.items().first().attempts, 1);
            QVERIFY(!outbox.items().first().lastError.isEmpty());
        }
        QVERIFY(QFile::exists(m_dir->filePath(kAccount + QStringLiteral("/outbox.sqlite"))));

        Outbox outbox(m_dir->path(), kAccount); // as after a restart of Repdesk
        QCOMPARE(outbox.count(), 1);
        QCOMPARE(outbox.items().first().attempts, 1);
        QCOMPARE(outbox.items().first().body.value(QLatin1String("body_html")).toString(),
                 QStringLiteral("<p>typed on a train \U0001F686</p>"));

        QVERIFY(startServer(port, data.path()));
        QCOMPARE(m_server->url(), url);
        outbox.setProvider(m_account->provider());
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(sent.size(), 1);
        const QJsonObject result = sent.first().at(1).toJsonObject();
        QVERIFY(result.value(QLatin1String("response_id")).toString().startsWith(QLatin1String("HR_id_")));
        QCOMPARE(result.value(QLatin1String("conversation_id")).toString(), m_conversations[0]);
        QCOMPARE(result.value(QLatin1String("scheduled_to_send")).toBool(), false);
        QVERIFY(result.value(QLatin1String("scheduled_send_at")).isNull());
        QCOMPARE(outbox.count(), 0);
        QCOMPARE(serverDraft(m_conversations[0]), QStringLiteral("<p>typed on a train \U0001F686</p>"));
        QCOMPARE(Outbox(m_dir->path(), QStringLiteral("other")).count(), 0);
    }

    void latestTextWinsAndKeepsItsPlace()
    {
        {
            Outbox outbox(m_dir->path(), kAccount);
            QSignalSpy counts(&outbox, &Outbox::countChanged);
            const qint64 first = outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>v1</p>")));
            outbox.enqueue(save(m_org, m_conversations[1], QStringLiteral("<p>other</p>")));
            QCOMPARE(outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>v2</p>"))), first);
            QCOMPARE(counts.size(), 3);
            QCOMPARE(outbox.count(), 2);
            // A save queued behind a delete of the same draft must not jump ahead of it.
            outbox.enqueue(removal(OutboxItem::Kind::DeleteResponseDraft, m_org, m_conversations[2], QStringLiteral("HR_id_gone")));
            const qint64 behind = outbox.enqueue(save(m_org, m_conversations[2], QStringLiteral("<p>after delete</p>")));
            QVERIFY(behind > first);
            QCOMPARE(outbox.count(), 4);
        }
        Outbox outbox(m_dir->path(), kAccount);
        const auto items = outbox.items();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[0].key, m_conversations[0]);
        QCOMPARE(items[0].body.value(QLatin1String("body_html")).toString(), QStringLiteral("<p>v2</p>"));
        QCOMPARE(items[1].key, m_conversations[1]);

        outbox.setProvider(m_account->provider());
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(sent.size(), 4);
        QCOMPARE(postedConversations(), (QStringList{QStringLiteral("POST ") + m_conversations[0],
                                                     QStringLiteral("POST ") + m_conversations[1],
                                                     QStringLiteral("DELETE ") + m_conversations[2],
                                                     QStringLiteral("POST ") + m_conversations[2]}));
        QCOMPARE(serverDraft(m_conversations[0]), QStringLiteral("<p>v2</p>"));
        QCOMPARE(serverDraft(m_conversations[2]), QStringLiteral("<p>after delete</p>"));
    }

    void removeDropsOnlyThatConversationsWaitingSaves()
    {
        {
            Outbox outbox(m_dir->path(), kAccount);
            outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>older text</p>")));
            outbox.enqueue(save(m_org, m_conversations[1], QStringLiteral("<p>another reply</p>")));
            outbox.enqueue(save(QStringLiteral("HR_id_other_org"), m_conversations[0], QStringLiteral("<p>other org</p>")));
            outbox.enqueue(removal(OutboxItem::Kind::DeleteResponseDraft, m_org, m_conversations[2], QStringLiteral("HR_id_d")));
            QSignalSpy counts(&outbox, &Outbox::countChanged);
            QCOMPARE(outbox.remove(m_org, m_conversations[0]), 1);
            QCOMPARE(outbox.remove(m_org, m_conversations[0]), 0);
            QCOMPARE(outbox.remove(m_org, m_conversations[2]), 0); // a delete is not a save: it stays
            QCOMPARE(counts.size(), 1);
            QCOMPARE(outbox.count(), 3);
        }
        Outbox outbox(m_dir->path(), kAccount); // gone from the file too
        QCOMPARE(outbox.count(), 3);
        for (const OutboxItem &item : outbox.items())
            QVERIFY(!(item.organizationId == m_org && item.key == m_conversations[0]));
    }

    void heldConversationWaitsWhileTheRestGoOut()
    {
        Outbox outbox(m_dir->path(), kAccount);
        outbox.setProvider(m_account->provider());
        const QString busy = m_conversations[0];
        outbox.enqueue(save(m_org, busy, QStringLiteral("<p>older text of a reply being sent</p>")));
        outbox.enqueue(save(m_org, m_conversations[1], QStringLiteral("<p>free to go</p>")));
        // A later item of the held conversation must not overtake the held one either.
        outbox.enqueue(removal(OutboxItem::Kind::DeleteResponseDraft, m_org, busy, QStringLiteral("HR_id_later")));
        bool holding = true;
        outbox.setHold([&](const OutboxItem &item) { return holding && item.key == busy; });
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false); // not emptied: two items wait
        QCOMPARE(sent.size(), 1);
        QCOMPARE(postedConversations(), QStringList{QStringLiteral("POST ") + m_conversations[1]});
        QCOMPARE(outbox.count(), 2);
        QCOMPARE(outbox.items().first().key, busy);
        QVERIFY(serverDraft(busy) != QStringLiteral("<p>older text of a reply being sent</p>"));

        holding = false; // the send is over
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(postedConversations().mid(1), (QStringList{QStringLiteral("POST ") + busy,
                                                           QStringLiteral("DELETE ") + busy}));
    }

    void rejectedItemIsDroppedAndTheRestGoOut()
    {
        Outbox outbox(m_dir->path(), kAccount);
        outbox.setProvider(m_account->provider());
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        QSignalSpy failed(&outbox, &Outbox::itemFailed);
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        OutboxItem noBody = save(m_org, m_conversations[0], QString());
        noBody.body.remove(QStringLiteral("body_html"));
        outbox.enqueue(noBody);
        outbox.enqueue(save(m_org, m_conversations[1], QStringLiteral("<p>fine</p>")));
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(failed.size(), 1);
        const ApiError error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.httpStatus(), 422);
        QCOMPARE(error.kind(), ApiError::Kind::Validation);
        QCOMPARE(failed.first().at(0).value<OutboxItem>().key, m_conversations[0]);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).value<OutboxItem>().key, m_conversations[1]);
        QCOMPARE(outbox.count(), 0);
        QCOMPARE(Outbox(m_dir->path(), kAccount).count(), 0);
    }

    void deletesOfMissingDraftsCountAsDone()
    {
        Outbox outbox(m_dir->path(), kAccount);
        outbox.setProvider(m_account->provider());
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        QSignalSpy failed(&outbox, &Outbox::itemFailed);
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>to delete</p>")));
        outbox.flush();
        QVERIFY(finished.wait(5000));
        const QString responseId = sent.first().at(1).toJsonObject().value(QLatin1String("response_id")).toString();
        QVERIFY(!responseId.isEmpty());

        outbox.enqueue(removal(OutboxItem::Kind::DeleteResponseDraft, m_org, m_conversations[0], responseId));
        outbox.enqueue(removal(OutboxItem::Kind::DeleteResponseDraft, m_org, m_conversations[1], QStringLiteral("HR_id_never_existed")));
        outbox.enqueue(removal(OutboxItem::Kind::DeleteMessageDraft, m_org, QStringLiteral("compose:x"), QStringLiteral("HR_id_never_existed")));
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(sent.size(), 4);
        for (int i = 1; i < 4; ++i)
            QVERIFY(sent.at(i).at(1).toJsonObject().isEmpty());
        QCOMPARE(serverDraft(m_conversations[0]), QStringLiteral("<none>"));
        QList<int> statuses;
        for (const SandboxRequestRecord &r : m_server->requestLog()) {
            if (r.method == QLatin1String("DELETE"))
                statuses << r.status;
        }
        QCOMPARE(statuses, (QList<int>{204, 404, 404}));
    }

    void messageDraftsAndOrderAcrossKinds()
    {
        Outbox outbox(m_dir->path(), kAccount);
        outbox.setProvider(m_account->provider());
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        MessageDraftCreateRequest create;
        create.subject = QStringLiteral("Quote \u2014 25 seats");
        create.bodyHtml = QStringLiteral("<p>Hello</p>");
        create.toUserName = QStringLiteral("Zo\u00eb Dupr\u00e9");
        create.toEmail = QStringLiteral("zoe@example.com");
        create.folder = QStringLiteral("Sales Follow-up");
        OutboxItem item;
        item.kind = OutboxItem::Kind::CreateMessageDraft;
        item.organizationId = m_org;
        item.key = QStringLiteral("compose:1");
        item.body = create.toJson();
        outbox.enqueue(item);
        outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>autosend</p>"), true));
        outbox.enqueue(save(m_org, m_conversations[1], QStringLiteral("<p>review</p>")));
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(sent.size(), 3);
        QStringList kinds;
        for (const auto &s : std::as_const(sent))
            kinds << kindOf(s.at(0));
        QCOMPARE(kinds, (QStringList{QString::number(int(OutboxItem::Kind::CreateMessageDraft)),
                                     QString::number(int(OutboxItem::Kind::SaveResponseDraft)),
                                     QString::number(int(OutboxItem::Kind::SaveResponseDraft))}));
        const QJsonObject created = sent.at(0).at(1).toJsonObject();
        QVERIFY(!created.value(QLatin1String("draft_id")).toString().isEmpty());
        QCOMPARE(created.value(QLatin1String("folder")).toString(), QStringLiteral("sales-follow-up"));
        const QJsonObject queued = sent.at(1).at(1).toJsonObject();
        QCOMPARE(queued.value(QLatin1String("scheduled_to_send")).toBool(), true);
        QVERIFY(queued.value(QLatin1String("scheduled_send_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(sent.at(2).at(0).value<OutboxItem>().key, m_conversations[1]);
    }

    void serverErrorsStopTheFlushWithoutLosingItems()
    {
        Outbox outbox(m_dir->path(), kAccount);
        outbox.setProvider(m_account->provider());
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        QSignalSpy failed(&outbox, &Outbox::itemFailed);
        outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>a</p>")));
        outbox.enqueue(save(m_org, m_conversations[1], QStringLiteral("<p>b</p>")));
        m_server->injectFaults(1, 503);
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
        m_server->injectFaults(1, 429, 0);
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(outbox.count(), 2);
        QCOMPARE(outbox.items().first().attempts, 2);
        QCOMPARE(failed.size(), 0);
        outbox.flush();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(outbox.count(), 0);
    }

    void providerGoneMidFlight()
    {
        Outbox outbox(m_dir->path(), kAccount);
        outbox.setProvider(m_account->provider());
        QSignalSpy finished(&outbox, &Outbox::flushFinished);
        QSignalSpy sent(&outbox, &Outbox::itemSent);
        outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>slow</p>")));
        m_server->setLatencyMs(400);
        outbox.flush();
        QTest::qWait(100);
        QVERIFY(outbox.isFlushing());
        m_account.reset(); // the provider and its transport go away with the request on the wire
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(outbox.count(), 1);
        QCOMPARE(sent.size(), 0);
        outbox.flush(); // no provider: nothing to do but say so
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().toBool(), false);

        m_server->setLatencyMs(0);
        connectAccount(m_server->url());
        outbox.setProvider(m_account->provider());
        outbox.flush();
        outbox.flush(); // while flushing: a no-op
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 5000);
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(sent.size(), 1);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 3);
    }

    void damagedFileIsMovedAside()
    {
        const QString path = m_dir->filePath(kAccount + QStringLiteral("/outbox.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        Outbox outbox(m_dir->path(), kAccount);
        QVERIFY(!outbox.lastError().isEmpty());
        QCOMPARE(outbox.count(), 0);
        QVERIFY(outbox.enqueue(save(m_org, m_conversations[0], QStringLiteral("<p>x</p>"))) > 0);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("outbox.sqlite.corrupt-*")}, QDir::Files).size(), 1);
        QCOMPARE(Outbox(m_dir->path(), kAccount).count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
