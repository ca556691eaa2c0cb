// ComposeWindow against an in-process SandboxServer, with PlainReplyEditor
// (no plugin): what is typed reaches the right route with the right flags,
// validation stops bad input before any request, server errors keep the
// text, editing is create-then-delete, and the journal holds every edit
// until the server has the draft.
#include "tst_compose_support.h"

#include "JournalEntry.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "ReplyTemplate.h"
#include "common/ErrorBanner.h"
#include "compose/ComposeForm.h"
#include "compose/ComposeWindow.h"
#include "compose/PlainReplyEditor.h"
#include "compose/TemplatePicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTextEdit>
#include <QTimer>

using namespace repdesk;
using namespace repdesk::test;

class TestCompose : public QObject, ComposeHelpers
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init() { f.server->clearRequestLog(); }

    void savesEmailDraftAndClearsJournal()
    {
        auto w = window();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        fillEmail(*w);
        QTest::keyClicks(field(*w, "cc"), QStringLiteral("a@example.com; Bob <bob@example.org>"));
        w->findChild<QCheckBox *>(QStringLiteral("notify"))->setChecked(true);
        // Every keystroke is in the journal before anything travels.
        const auto staged = f.journal->entry(f.org, w->journalKey());
        QVERIFY(staged.has_value());
        QVERIFY(w->journalKey().startsWith(QStringLiteral("compose:")));
        QCOMPARE(staged->subject, QStringLiteral("Quote follow-up"));
        QCOMPARE(staged->toEmail, QStringLiteral("diana@example.com"));
        QVERIFY(staged->html.contains(QStringLiteral("checking in")));
        QVERIFY(!staged->savedToServer);
        QVERIFY(f.log().isEmpty());

        QCOMPARE(submitButton(*w)->text(), QStringLiteral("Save draft"));
        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        submitButton(*w)->click();
        QVERIFY(saved.wait(20000));
        const auto posts = f.requests(QStringLiteral("POST"), f.draftsPath(f.org));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(f.log().size(), 1);
        QCOMPARE(posts.first().status, 200);
        const QJsonObject body = ComposeFixture::json(posts.first());
        QCOMPARE(body.value(QStringLiteral("modality")).toString(), QStringLiteral("email"));
        QCOMPARE(body.value(QStringLiteral("autosend_draft")).toBool(true), false);
        QCOMPARE(body.value(QStringLiteral("add_notification")).toBool(false), true);
        QCOMPARE(body.value(QStringLiteral("to_email")).toString(), QStringLiteral("diana@example.com"));
        QCOMPARE(body.value(QStringLiteral("to_user_name")).toString(), QStringLiteral("Diana Prince"));
        QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("Quote follow-up"));
        QCOMPARE(body.value(QStringLiteral("folder")).toString(), QStringLiteral("drafts"));
        QCOMPARE(body.value(QStringLiteral("cc_emails")).toArray(),
                 (QJsonArray{QStringLiteral("a@example.com"), QStringLiteral("bob@example.org")}));
        QVERIFY(body.value(QStringLiteral("body_html")).toString().contains(QStringLiteral("checking in")));
        QVERIFY(!f.journal->entry(f.org, w->journalKey()).has_value());
        QVERIFY(!w->isVisible()); // done: the window closes
    }

    void sendChoiceAutosendsWithoutNotification()
    {
        auto w = window();
        fillEmail(*w, QStringLiteral("Send me"));
        auto *notify = w->findChild<QCheckBox *>(QStringLiteral("notify"));
        notify->setChecked(true);
        w->findChild<QRadioButton *>(QStringLiteral("sendChoice"))->click();
        QVERIFY(!notify->isEnabled());
        QVERIFY(!notify->isChecked());
        QCOMPARE(submitButton(*w)->text(), QStringLiteral("Send"));
        w->findChild<QRadioButton *>(QStringLiteral("saveChoice"))->click();
        QVERIFY(notify->isEnabled() && notify->isChecked()); // the earlier choice comes back
        w->findChild<QRadioButton *>(QStringLiteral("sendChoice"))->click();
        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        submitButton(*w)->click();
        QVERIFY(saved.wait(20000));
        const auto posts = f.requests(QStringLiteral("POST"), f.draftsPath(f.org));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = ComposeFixture::json(posts.first());
        QCOMPARE(body.value(QStringLiteral("autosend_draft")).toBool(false), true);
        QCOMPARE(body.value(QStringLiteral("add_notification")).toBool(true), false);
    }

    void ctrlEnterInTheBodySends()
    {
        auto w = window();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        fillEmail(*w, QStringLiteral("Shortcut send"));
        body(*w)->setFocus();
        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        QTest::keyClick(body(*w), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(saved.wait(20000));
        const auto posts = f.requests(QStringLiteral("POST"), f.draftsPath(f.org));
        QCOMPARE(posts.size(), 1); // once, though the window has a Ctrl+Enter shortcut too
        QCOMPARE(ComposeFixture::json(posts.first()).value(QStringLiteral("autosend_draft")).toBool(), true);
        QVERIFY(!body(*w)->toPlainText().contains(QLatin1Char('\n'))); // the key did not type a line break
    }

    void textMessageWithPhone()
    {
        auto w = window();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->findChild<QRadioButton *>(QStringLiteral("modalityText"))->click();
        QVERIFY(!field(*w, "subject")->isVisible());
        QVERIFY(!field(*w, "cc")->isVisible());
        QTest::keyClicks(field(*w, "toPhone"), QStringLiteral("+1 513-867-5309"));
        QTest::keyClicks(body(*w), QStringLiteral("See you at 2pm"));
        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        QTest::keyClick(field(*w, "toPhone"), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(20000));
        const auto posts = f.requests(QStringLiteral("POST"), f.draftsPath(f.org));
        QCOMPARE(posts.size(), 1);
        const QJsonObject body = ComposeFixture::json(posts.first());
        QCOMPARE(body.value(QStringLiteral("modality")).toString(), QStringLiteral("text"));
        QCOMPARE(body.value(QStringLiteral("to_phone_number")).toString(), QStringLiteral("+1 513-867-5309"));
        QVERIFY(!body.contains(QStringLiteral("subject")));
        QCOMPARE(body.value(QStringLiteral("autosend_draft")).toBool(true), false);
    }

    void validationStopsBadInputWithoutARequest()
    {
        auto w = window();
        QTest::keyClicks(field(*w, "toEmail"), QStringLiteral("diana(at)example"));
        QTest::keyClicks(field(*w, "cc"), QStringLiteral("ok@example.com, broken@, also bad"));
        submitButton(*w)->click();
        QTRY_VERIFY(w->form()->messages().size() >= 2);
        const QString messages = w->form()->messages().join(QLatin1Char('\n'));
        QVERIFY2(messages.contains(QStringLiteral("\"diana(at)example\" is not a valid email address")), qPrintable(messages));
        QVERIFY2(messages.contains(QStringLiteral("broken@, also bad")), qPrintable(messages));
        QVERIFY(!messages.contains(QStringLiteral("ok@example.com")));
        auto *bodyMessage = w->findChild<QLabel *>(QStringLiteral("bodyMessage"));
        QVERIFY(bodyMessage->isVisible());
        QCOMPARE(field(*w, "toEmail")->accessibleDescription(), w->form()->messages().first());

        // Fixing the field clears its message as the user types.
        field(*w, "toEmail")->clear();
        QTest::keyClicks(field(*w, "toEmail"), QStringLiteral("diana@example.com"));
        QVERIFY(!w->form()->messages().join(QString()).contains(QStringLiteral("diana(at)")));

        // Text without a phone.
        w->findChild<QRadioButton *>(QStringLiteral("modalityText"))->click();
        QTest::keyClicks(body(*w), QStringLiteral("Hello"));
        submitButton(*w)->click();
        QTRY_VERIFY(w->form()->messages().join(QString()).contains(QStringLiteral("phone number")));
        QTest::keyClicks(field(*w, "toPhone"), QStringLiteral("12ab"));
        submitButton(*w)->click();
        QTRY_VERIFY(w->form()->messages().join(QString()).contains(QStringLiteral("\"12ab\" is not a valid phone number")));
        QTest::qWait(100);
        QCOMPARE(f.log(), QStringList());
    }

    void missingTextCredentialsKeepsTheText()
    {
        auto w = window(f.secondOrg);
        w->findChild<QRadioButton *>(QStringLiteral("modalityText"))->click();
        QTest::keyClicks(field(*w, "toPhone"), QStringLiteral("5138675309"));
        QTest::keyClicks(body(*w), QStringLiteral("Text that must survive"));
        w->saveDraft();
        QTRY_VERIFY_WITH_TIMEOUT(w->banner()->isVisible(), 20000);
        QVERIFY(waitIdle(*w));
        QCOMPARE(f.requests(QStringLiteral("POST"), f.draftsPath(f.secondOrg)).first().status, 400);
        QVERIFY2(w->banner()->text().contains(QStringLiteral("no text messages credentials")), qPrintable(w->banner()->text()));
        QVERIFY(w->banner()->text().contains(QStringLiteral("Your text is kept")));
        QCOMPARE(body(*w)->toPlainText(), QStringLiteral("Text that must survive"));
        QCOMPARE(field(*w, "toPhone")->text(), QStringLiteral("5138675309"));
        QVERIFY(w->isVisible());
        QVERIFY(f.journal->entry(f.secondOrg, w->journalKey()).has_value());
        QVERIFY(w->hasUnsavedText());
        f.journal->remove(f.secondOrg, w->journalKey());
    }

    void retryAfterALostAnswerMakesNoSecondDraft()
    {
        auto w = window();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString subject = QStringLiteral("Created, answer lost");
        fillEmail(*w, subject);
        // The server creates the draft, then the connection drops before the answer.
        f.server->injectDropAfterProcessing(1, QStringLiteral("POST"));
        submitButton(*w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->banner()->isVisible(), 20000);
        QVERIFY(waitIdle(*w));
        // Not "was not saved": it may well have been, and Retry checks first.
        QVERIFY2(w->banner()->text().startsWith(QStringLiteral("The draft may or may not have been saved.")),
                 qPrintable(w->banner()->text()));
        QVERIFY(w->banner()->text().contains(QStringLiteral("Retry first asks the server")));
        QVERIFY(w->banner()->isRetryable());
        QVERIFY(w->isVisible());
        QVERIFY(f.journal->entry(f.org, w->journalKey()).has_value()); // the text is kept meanwhile

        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        w->banner()->retryButton()->click();
        QVERIFY(saved.wait(20000));
        QCOMPARE(f.requests(QStringLiteral("POST"), f.draftsPath(f.org)).size(), 1);
        int copies = 0;
        QString cursor;
        do {
            bool done = false;
            auto *call = f.provider()->listMessageDrafts(f.org, ListQuery{500, cursor, {}, {}});
            cursor.clear();
            QObject::connect(call, &ApiCall::finished, [&] {
                done = true;
                if (!call->succeeded()) {
                    copies = -1000;
                    return;
                }
                for (const MessageDraft &d : call->result().items)
                    copies += d.subject == subject ? 1 : 0;
                cursor = call->result().hasMore ? call->result().nextCursor : QString();
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        } while (!cursor.isEmpty());
        QCOMPARE(copies, 1);
        QVERIFY(!f.journal->entry(f.org, w->journalKey()).has_value());
        QVERIFY(!w->isVisible());
    }

    void unprovableSendIsLeftToTheUser()
    {
        auto w = window();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        fillEmail(*w, QStringLiteral("Maybe sent already"));
        // The connection drops before the server does anything; nobody can know that.
        f.server->injectFaults(1, 0);
        w->send();
        QTRY_VERIFY_WITH_TIMEOUT(w->banner()->isVisible(), 20000);
        QVERIFY(waitIdle(*w));
        QVERIFY2(w->banner()->text().startsWith(QStringLiteral("The message may or may not have been sent.")),
                 qPrintable(w->banner()->text()));
        // Retry checks: a message that went out is no longer a draft, so nothing proves it was
        // not sent. Nothing is posted; the user decides.
        w->banner()->retryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->banner()->isVisible() && w->banner()->retryButton()->text() == QStringLiteral("Send anyway"),
                                 20000);
        QVERIFY(waitIdle(*w));
        QVERIFY2(w->banner()->text().contains(QStringLiteral("cannot tell whether the earlier attempt was sent")),
                 qPrintable(w->banner()->text()));
        QCOMPARE(f.requests(QStringLiteral("POST"), f.draftsPath(f.org)).size(), 1);
        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        w->banner()->retryButton()->click(); // "Send anyway"
        QVERIFY(saved.wait(20000));
        const auto posts = f.requests(QStringLiteral("POST"), f.draftsPath(f.org));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.last().status, 200);
    }

    void serverValidationErrorShowsInBanner()
    {
        // 422 with an array detail: the client cannot produce one through the form, so forge it.
        auto w = window();
        fillEmail(*w);
        f.server->injectFaults(1, 422);
        w->saveDraft();
        QTRY_VERIFY_WITH_TIMEOUT(w->banner()->isVisible(), 20000);
        QVERIFY(waitIdle(*w));
        QVERIFY(w->banner()->text().startsWith(QStringLiteral("The draft was not saved.")));
        QCOMPARE(field(*w, "subject")->text(), QStringLiteral("Quote follow-up"));
        f.journal->remove(f.org, w->journalKey());
    }

};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestCompose test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_compose.moc"
