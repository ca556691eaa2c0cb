// The reply's send rules where the sandbox cannot stage the server's side, on the
// scripted FakeInboxProvider: a POST that timed out is not POSTed again on the first
// check that finds nothing (the server may still be working on it), while a plain 500
// is; a queued draft that leaves the queue is called sent only when the thread shows
// the whole reply, and when it merely disappears the text is kept and the user told so.
#include "DraftJournal.h"
#include "FakeInboxProvider.h"
#include "ReplyController.h"
#include "ReplySends.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace repdesk;
using repdesk::test::FakeInboxProvider;

namespace {
const QString kOrg = QStringLiteral("HR_id_org");
const QString kConv = QStringLiteral("HR_id_conv");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

FakeInboxProvider::Answer queued(const QString &responseId)
{
    return FakeInboxProvider::json({{QStringLiteral("response_id"), responseId},
                                    {QStringLiteral("conversation_id"), kConv},
                                    {QStringLiteral("scheduled_to_send"), true},
                                    {QStringLiteral("scheduled_send_at"), now()}});
}

FakeInboxProvider::Answer failing(ApiError::Kind kind)
{
    FakeInboxProvider::Answer a;
    a.status = 0;
    a.failure = ApiError(kind, QStringLiteral("scripted"));
    return a;
}

QJsonObject outbound(const QString &id, const QString &content)
{
    return {{QStringLiteral("message_id"), id},
            {QStringLiteral("conversation_id"), kConv},
            {QStringLiteral("modality"), QStringLiteral("email")},
            {QStringLiteral("message_direction"), QStringLiteral("sent")},
            {QStringLiteral("content"), content},
            {QStringLiteral("sent_at"), now()}};
}
} // namespace

class TestReplyScripted : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // One controller on the fake, with the conversation open and a reply typed.
    struct Reply
    {
        FakeInboxProvider provider;
        DraftJournal journal;
        ReplySends sends{&journal, nullptr};
        ReplyController controller{&journal, nullptr, &sends};
        QStringList said;

        Reply(const QString &dir, const QString &key) : journal(dir, key)
        {
            QObject::connect(&controller, &ReplyController::statusChanged, &controller,
                             [this](ReplyController::Status, const QString &m) { said << m; });
            sends.setBaseDelayMs(100);
            controller.setSource(&provider, kOrg);
        }
        bool open(const QString &html)
        {
            controller.open(kConv);
            if (!QTest::qWaitFor([this] { return controller.status() != ReplyController::Status::Loading; }, 5000))
                return false;
            controller.edit(html, {}, {}, false);
            return true;
        }
        int posts() const { return provider.callCount(QStringLiteral("saveResponseDraft")); }
    };

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void timeoutIsNotPostedAgainBeforeTheSecondCheck()
    {
        Reply r(m_dir.path(), QStringLiteral("timeout"));
        r.sends.setSettleMs(1500); // the transfer timeout, scaled down
        QVERIFY(r.open(QStringLiteral("<p>One copy, even after a timeout.</p>")));
        r.provider.script(QStringLiteral("saveResponseDraft"), failing(ApiError::Kind::Timeout));
        r.provider.setDefault(QStringLiteral("saveResponseDraft"), queued(QStringLiteral("HR_id_r2")));
        r.provider.clearCalls();
        QElapsedTimer clock;
        clock.start();
        r.controller.send(0);

        // The first check finds nothing: no proof, because the server may still be processing the POST.
        QVERIFY(QTest::qWaitFor([&] { return r.controller.status() == ReplyController::Status::Unconfirmed; }, 5000));
        QVERIFY(clock.elapsed() < 1500);
        QVERIFY2(r.said.last().contains(QLatin1String("could not confirm yet")), qPrintable(r.said.last()));
        QCOMPARE(r.provider.callCount(QStringLiteral("listResponseDrafts")), 1);
        QCOMPARE(r.provider.callCount(QStringLiteral("listMessages")), 1);
        QCOMPARE(r.posts(), 1);
        QTest::qWait(qMax<qint64>(0, 1200 - clock.elapsed()));
        QCOMPARE(r.posts(), 1); // still nothing at 1.2 s: the settle time is 1.5 s
        QCOMPARE(r.journal.entry(kOrg, kConv)->html, QStringLiteral("<p>One copy, even after a timeout.</p>"));
        QVERIFY(r.journal.entry(kOrg, kConv)->sendAttemptedAt.isValid());

        // A second check past the settle time that finds nothing either: now it may POST.
        QVERIFY(QTest::qWaitFor([&] { return r.posts() == 2; }, 5000));
        QVERIFY2(clock.elapsed() >= 1500, qPrintable(QString::number(clock.elapsed())));
        const QStringList calls = r.provider.calls();
        const int secondPost = int(calls.lastIndexOf(QRegularExpression(QStringLiteral("^saveResponseDraft"))));
        QCOMPARE(calls.mid(0, secondPost).filter(QStringLiteral("listResponseDrafts")).size(), 2);
        QTest::qWait(500);
        QCOMPARE(r.posts(), 2);
    }

    void plain500IsPostedAgainAfterOneCheck()
    {
        Reply r(m_dir.path(), QStringLiteral("500"));
        r.sends.setSettleMs(5000); // would be felt if the rule for timeouts applied
        QVERIFY(r.open(QStringLiteral("<p>The server finished with an error.</p>")));
        r.provider.script(QStringLiteral("saveResponseDraft"), FakeInboxProvider::status(500, QStringLiteral("boom")));
        r.provider.setDefault(QStringLiteral("saveResponseDraft"), queued(QStringLiteral("HR_id_r3")));
        r.provider.clearCalls();
        QElapsedTimer clock;
        clock.start();
        r.controller.send(0);
        QVERIFY(QTest::qWaitFor([&] { return r.posts() == 2; }, 5000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(r.provider.callCount(QStringLiteral("listResponseDrafts")), 1);
    }

    void queuedDraftThatDisappearsWithoutTheReplyKeepsTheText()
    {
        Reply r(m_dir.path(), QStringLiteral("removed"));
        const QString html = QStringLiteral("<p>Queued, then gone.</p>");
        QVERIFY(r.open(html));
        r.provider.script(QStringLiteral("saveResponseDraft"), queued(QStringLiteral("HR_id_r1")));
        // The draft leaves the queue, and the thread has no message with this text.
        QSignalSpy delivered(&r.controller, &ReplyController::delivered);
        r.controller.send(0);
        QVERIFY(QTest::qWaitFor([&] { return r.said.contains(QStringLiteral("The draft was removed on the server; "
                                                                            "your text is kept.")); },
                                5000));
        QCOMPARE(r.controller.status(), ReplyController::Status::Editing);
        QVERIFY(delivered.isEmpty());
        QVERIFY(!r.said.contains(QStringLiteral("Reply sent")));
        const auto entry = r.journal.entry(kOrg, kConv);
        QVERIFY(entry);
        QCOMPARE(entry->html, html);
        QVERIFY(!entry->sendAttemptedAt.isValid()); // known not sent: Send may post it again
        QCOMPARE(r.posts(), 1);
        QCOMPARE(r.controller.state().html, html);
    }

    void aTeammatesMessageThatContainsTheReplyIsNotIt()
    {
        Reply r(m_dir.path(), QStringLiteral("teammate"));
        QVERIFY(r.open(QStringLiteral("<p>Thanks</p>")));
        r.provider.script(QStringLiteral("saveResponseDraft"), queued(QStringLiteral("HR_id_r4")));
        r.provider.setDefault(QStringLiteral("listMessages"),
                              FakeInboxProvider::page({outbound(QStringLiteral("m1"),
                                                                QStringLiteral("<p>Thanks, Diana; Tuesday it is.</p>"))}));
        QSignalSpy delivered(&r.controller, &ReplyController::delivered);
        r.controller.send(0);
        // The draft left the queue; the thread shows only a longer message with the word in it.
        QVERIFY(QTest::qWaitFor([&] { return r.controller.status() == ReplyController::Status::Unconfirmed; }, 5000));
        QTest::qWait(300);
        QVERIFY(delivered.isEmpty());
        QVERIFY(r.controller.status() != ReplyController::Status::Sent);
        QCOMPARE(r.journal.entry(kOrg, kConv)->html, QStringLiteral("<p>Thanks</p>"));
        QCOMPARE(r.posts(), 1);

        // Then the thread shows the reply itself: sent, and only then the text goes.
        r.provider.setDefault(QStringLiteral("listMessages"),
                              FakeInboxProvider::page({outbound(QStringLiteral("m1"),
                                                                QStringLiteral("<p>Thanks, Diana; Tuesday it is.</p>")),
                                                       outbound(QStringLiteral("m2"), QStringLiteral("Thanks"))}));
        r.controller.recheckUnconfirmed();
        QVERIFY(delivered.wait(5000));
        QCOMPARE(r.controller.status(), ReplyController::Status::Sent);
        QVERIFY(!r.journal.entry(kOrg, kConv).has_value());
        QCOMPARE(r.posts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReplyScripted)
#include "tst_reply_scripted.moc"
