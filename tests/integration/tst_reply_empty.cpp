// An empty reply never goes to the server (body_html is required): saving or
// sending "", whitespace or markup without text or image makes no request and
// says why. Also what counts as empty, and how a sent reply is recognised in
// the thread (ReplyText). Against repdesk-sandbox.
#include "tst_reply_support.h"

#include <QTemporaryDir>

using namespace repdesk;
using namespace repdesk::test;

class TestReplyEmpty : public QObject
{
    Q_OBJECT
    ReplyFixture f;
    QTemporaryDir dir;
    QString conv;

    int posts() const
    {
        int n = 0;
        for (const auto &r : f.server->requestLog())
            n += r.method == QLatin1String("POST") ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.startWithFreshConversations({}, 1));
        QVERIFY(dir.isValid());
        conv = f.nextConversation();
    }

    void blank_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("blank");
        QTest::newRow("nothing") << QString() << true;
        QTest::newRow("spaces") << QStringLiteral("  \n\t ") << true;
        QTest::newRow("editor's empty paragraph") << QStringLiteral("<p><br></p>") << true;
        QTest::newRow("nbsp") << QStringLiteral("<div>&nbsp;</div><p> </p>") << true;
        QTest::newRow("zero-width") << QStringLiteral("<p>\u200B\u200B</p>") << true;
        QTest::newRow("only a script") << QStringLiteral("<script>x()</script>") << true;
        QTest::newRow("image without source") << QStringLiteral("<p><img alt=\"\"></p>") << true;
        QTest::newRow("text") << QStringLiteral("<p>Hi</p>") << false;
        QTest::newRow("plain text") << QStringLiteral("ok") << false;
        QTest::newRow("image only") << QStringLiteral("<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>")
                                    << false;
    }

    void blank()
    {
        QFETCH(QString, html);
        QFETCH(bool, blank);
        QCOMPARE(ReplyText::isBlank(html), blank);
    }

    void recognisedInTheThread()
    {
        const QString reply = QStringLiteral("<p>Tuesday <b>works</b>,</p>\n<p>  thanks!</p>");
        QCOMPARE(ReplyText::comparable(reply), QStringLiteral("Tuesday works, thanks!"));
        QVERIFY(ReplyText::matches(reply, QStringLiteral("<div>Tuesday works, thanks!</div>")));
        QVERIFY(ReplyText::matches(reply, QStringLiteral("Tuesday works,\nthanks!"))); // a text message
        QVERIFY(!ReplyText::matches(reply, QStringLiteral("<p>Tuesday works.</p>")));
        QVERIFY(!ReplyText::matches(QStringLiteral("<p><br></p>"), QString())); // nothing matches an empty reply
        QVERIFY(!ReplyText::contains(QStringLiteral("<p><br></p>"), QStringLiteral("anything")));

        // The whole text, not a part: a signature added on the way, or a longer message
        // that happens to contain the words, is no proof that this reply went out.
        const QString signed_ = QStringLiteral("<p>Tuesday works, thanks!</p><p>-- <br>Ann, Acme</p>");
        QVERIFY(!ReplyText::matches(reply, signed_));
        QVERIFY(ReplyText::contains(reply, signed_));
        const QString thanks = QStringLiteral("<p>Thanks</p>");
        const QString teammate = QStringLiteral("<p>Thanks for waiting, Diana. The quote is attached.</p>");
        QVERIFY(!ReplyText::matches(thanks, teammate));
        QVERIFY(ReplyText::contains(thanks, teammate));
        QVERIFY(ReplyText::matches(thanks, QStringLiteral("  Thanks\n")));
        QVERIFY(!ReplyText::contains(thanks, QStringLiteral("Thanks"))); // equal is a match, not "contains"
    }

    void emptyReplyMakesNoRequest_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("empty") << QString();
        QTest::newRow("whitespace") << QStringLiteral("   ");
        QTest::newRow("empty paragraph") << QStringLiteral("<p><br></p>");
    }

    void emptyReplyMakesNoRequest()
    {
        QFETCH(QString, html);
        DraftJournal journal(dir.path(), QStringLiteral("empty"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p>x</p>"), {}, {}, false);
        c.edit(html, {}, {}, false);
        f.server->clearRequestLog();
        QSignalSpy failed(&c, &ReplyController::failed);
        QSignalSpy status(&c, &ReplyController::statusChanged);

        c.save();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.last().first().value<ApiError>().isError()); // nothing reached a server
        QCOMPARE(failed.last().at(1).toString(), QStringLiteral("Write a reply before saving."));
        QCOMPARE(status.last().at(1).toString(), QStringLiteral("Write a reply before saving."));

        c.send(0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.last().at(1).toString(), QStringLiteral("Write a reply before sending."));

        QSignalSpy countdown(&c, &ReplyController::sendCountdown);
        c.send(5); // no undo countdown for nothing
        QCOMPARE(failed.size(), 3);
        QVERIFY(countdown.isEmpty());
        QVERIFY(c.status() != ReplyController::Status::SendPending);

        QTest::qWait(200);
        QCOMPARE(f.requestCount(), 0);
    }

    void imageOnlyReplyIsSaved()
    {
        DraftJournal journal(dir.path(), QStringLiteral("image"));
        ReplySends sends(&journal, nullptr);
        ReplyController c(&journal, nullptr, &sends);
        c.setSource(f.account->provider(), f.org);
        c.open(conv);
        QVERIFY(QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000));
        c.edit(QStringLiteral("<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>"), {}, {}, false);
        f.server->clearRequestLog();
        c.save();
        QVERIFY(QTest::qWaitFor([&] { return c.status() == ReplyController::Status::Saved; }, 5000));
        QCOMPARE(posts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReplyEmpty)
#include "tst_reply_empty.moc"
