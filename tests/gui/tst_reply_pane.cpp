// The reply pane (offscreen, PlainReplyEditor: no WebEngine) over a real
// ReplyController and an in-process SandboxServer: an empty reply is refused
// in the pane with a clear message and no request, from the buttons and the
// keys; a send whose outcome is unknown says so, and "Check now" checks before
// it sends anything.
#include "../integration/tst_reply_support.h"
#include "common/ErrorBanner.h"
#include "compose/PlainReplyEditor.h"
#include "inbox/ReplyPane.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>

using namespace repdesk;
using namespace repdesk::test;

class TestReplyPane : public QObject
{
    Q_OBJECT
    ReplyFixture f;
    QTemporaryDir dir;

    struct Pane
    {
        std::unique_ptr<DraftJournal> journal;
        std::unique_ptr<ReplySends> sends;
        std::unique_ptr<ReplyController> controller;
        std::unique_ptr<ReplyPane> pane;

        QTextEdit *text() const
        {
            return static_cast<PlainReplyEditor *>(pane->editor())->textEdit();
        }
        QPushButton *button(const QString &accessibleText) const
        {
            for (QPushButton *b : pane->findChildren<QPushButton *>())
                if (b->text().remove(QLatin1Char('&')) == accessibleText)
                    return b;
            return nullptr;
        }
        ErrorBanner *banner() const { return pane->findChild<ErrorBanner *>(); }
    };

    std::unique_ptr<Pane> openPane(InboxProvider *provider, const QString &conv, const QString &key)
    {
        auto p = std::make_unique<Pane>();
        p->journal = std::make_unique<DraftJournal>(dir.path(), key);
        p->sends = std::make_unique<ReplySends>(p->journal.get(), nullptr);
        p->sends->setBaseDelayMs(100);
        p->controller = std::make_unique<ReplyController>(p->journal.get(), nullptr, p->sends.get());
        p->controller->setSource(provider, f.org);
        p->pane = std::make_unique<ReplyPane>(p->controller.get(),
                                              [](QWidget *parent) { return new PlainReplyEditor(parent); });
        p->pane->setUndoSeconds(0);
        p->pane->resize(600, 400);
        p->pane->show();
        p->pane->activate();
        p->controller->open(conv);
        if (!QTest::qWaitFor([&] { return p->controller->status() != ReplyController::Status::Loading; }, 5000))
            return nullptr;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.autosendDelayMs = 200;
        QVERIFY(f.startWithFreshConversations(o, 2));
        QVERIFY(dir.isValid());
    }

    void emptyReplyIsRefusedInThePane()
    {
        auto p = openPane(f.account->provider(), f.nextConversation(), QStringLiteral("empty"));
        QVERIFY(p);
        QVERIFY(QTest::qWaitForWindowExposed(p->pane.get()));
        // Typed and deleted again: what is left is the editor's empty markup.
        QTest::keyClicks(p->text(), QStringLiteral("Hello"));
        p->text()->selectAll();
        QTest::keyClick(p->text(), Qt::Key_Delete);
        f.server->clearRequestLog();

        p->button(QStringLiteral("Save draft"))->click();
        QVERIFY(QTest::qWaitFor([&] { return p->banner()->isVisible(); }, 3000));
        QCOMPARE(p->banner()->text(), QStringLiteral("Write a reply before saving."));
        QCOMPARE(p->banner()->kind(), ErrorBanner::Kind::Warning);
        QCOMPARE(p->pane->statusText(), QStringLiteral("Write a reply before saving."));

        p->banner()->hideBanner();
        p->text()->setFocus();
        QTest::keyClick(p->text(), Qt::Key_Return, Qt::ControlModifier); // send
        QVERIFY(QTest::qWaitFor([&] { return p->banner()->isVisible(); }, 3000));
        QCOMPARE(p->banner()->text(), QStringLiteral("Write a reply before sending."));

        p->banner()->hideBanner();
        QTest::keyClick(p->text(), Qt::Key_S, Qt::ControlModifier); // save
        QVERIFY(QTest::qWaitFor([&] { return p->banner()->isVisible(); }, 3000));
        QCOMPARE(p->banner()->text(), QStringLiteral("Write a reply before saving."));

        QTest::qWait(200);
        QCOMPARE(f.requestCount(), 0); // no 422 round trip: nothing was sent at all
    }

    void unconfirmedSendSaysSoAndChecksBeforeSending()
    {
        Transport transport(f.config(RetryPolicy::none()));
        HyperRepProvider provider(&transport);
        const QString conv = f.nextConversation();
        auto p = openPane(&provider, conv, QStringLiteral("unconfirmed"));
        QVERIFY(p);
        QTest::keyClicks(p->text(), QStringLiteral("One message only"));
        f.server->clearRequestLog();
        // Processed, answer lost, and every check fails until released.
        QObject guard;
        connect(f.server.get(), &SandboxServer::requestHandled, &guard, [this](const QString &method) {
            if (method == QLatin1String("POST"))
                f.server->injectFaults(100000, 503);
        });
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        p->button(QStringLiteral("Send"))->click();
        const auto unconfirmed = [&] { return p->controller->status() == ReplyController::Status::Unconfirmed; };
        QVERIFY(QTest::qWaitFor(unconfirmed, 10000));
        QVERIFY(p->banner()->isVisible());
        QVERIFY(p->banner()->text().contains(QLatin1String("could not confirm")));
        QVERIFY(!p->banner()->text().contains(QLatin1String("again."))); // never "send it again."
        QVERIFY(!p->button(QStringLiteral("Save draft"))->isEnabled());
        QVERIFY(p->text()->isReadOnly());
        QPushButton *check = p->button(QStringLiteral("Check now"));
        QVERIFY(check && check->isEnabled());

        QObject::disconnect(f.server.get(), nullptr, &guard, nullptr);
        f.server->injectFaults(0, 500);
        QSignalSpy delivered(p->controller.get(), &ReplyController::delivered);
        check->click();
        QVERIFY(delivered.wait(10000));
        QCOMPARE(f.autosendPosts(conv), 1);
        QCOMPARE(f.delivered(conv, QStringLiteral("One message only")), 1);
        QVERIFY(!p->banner()->isVisible());
        QCOMPARE(p->pane->statusText(), QStringLiteral("Reply sent"));
        QVERIFY(p->button(QStringLiteral("Send")));
    }
};

QTEST_MAIN(TestReplyPane)
#include "tst_reply_pane.moc"
