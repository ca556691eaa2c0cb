// ComposeWindow, second part: editing is create-then-delete (and a failed
// delete is reported), Esc asks before text is lost, journal restore,
// templates, accessible names and tab order, and screenshots.
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

class TestComposeEdit : public QObject, ComposeHelpers
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(f.start()); }
    void init() { f.server->clearRequestLog(); }

    void editCreatesThenDeletes()
    {
        MessageDraft original;
        for (const MessageDraft &d : f.drafts(f.org))
            if (d.modality == QLatin1String("email") && d.folder == QLatin1String("sales-follow-up"))
                original = d;
        QVERIFY(!original.draftId.isEmpty());
        auto w = window();
        QSignalSpy replaced(w.get(), &ComposeWindow::draftReplaced);
        w->editDraft(original);
        QVERIFY(w->isEditing());
        auto *notice = w->findChild<ErrorBanner *>(QStringLiteral("editNotice"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Saving creates a new draft and deletes the old one, because drafts "
                                                "can't be edited in place."));
        QCOMPARE(field(*w, "toEmail")->text(), original.recipientEmail);
        QCOMPARE(field(*w, "subject")->text(), original.subject);
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("folder"))->currentText(), QStringLiteral("sales-follow-up"));
        QVERIFY(!w->hasUnsavedText());
        QTest::keyClicks(field(*w, "subject"), QStringLiteral(" (v2)"));
        QCOMPARE(f.journal->entry(f.org, w->journalKey())->serverDraftId, original.draftId);
        f.server->clearRequestLog();
        w->saveDraft();
        QVERIFY(replaced.wait(20000));
        QCOMPARE(f.log(), (QStringList{QStringLiteral("POST ") + f.draftsPath(f.org),
                                       QStringLiteral("DELETE ") + f.draftsPath(f.org) + QLatin1Char('/') + original.draftId}));
        QCOMPARE(replaced.first().at(0).toString(), original.draftId);
        QCOMPARE(ComposeFixture::json(f.server->requestLog().first()).value(QStringLiteral("subject")).toString(),
                 original.subject + QStringLiteral(" (v2)"));
        QVERIFY(!w->isVisible());
    }

    void failedDeleteSaysBothExist()
    {
        // A draft that is being sent cannot be deleted (400): the edit's DELETE fails after its POST worked.
        MessageDraftCreateRequest sending;
        sending.subject = QStringLiteral("Going out");
        sending.toEmail = QStringLiteral("x@example.com");
        sending.autosendDraft = true;
        QString sendingId;
        auto *call = f.provider()->createMessageDraft(f.org, sending);
        connect(call, &ApiCall::finished, this, [&] { sendingId = call->succeeded() ? call->result().draftId : QStringLiteral("x"); });
        QTRY_VERIFY(!sendingId.isEmpty());
        MessageDraft original;
        for (const MessageDraft &d : f.drafts(f.org))
            if (d.draftId == sendingId)
                original = d;
        QVERIFY(original.isScheduled());
        auto w = window();
        w->editDraft(original);
        QTest::keyClicks(body(*w), QStringLiteral("changed"));
        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        QSignalSpy replaced(w.get(), &ComposeWindow::draftReplaced);
        f.server->clearRequestLog();
        w->saveDraft();
        QVERIFY(saved.wait(20000));
        QVERIFY(waitIdle(*w));
        QCOMPARE(f.log().size(), 2);
        QCOMPARE(f.server->requestLog().at(1).status, 400);
        QCOMPARE(replaced.size(), 0);
        QVERIFY(w->isVisible());
        QCOMPARE(w->banner()->kind(), ErrorBanner::Kind::Warning);
        QVERIFY2(w->banner()->text().contains(QStringLiteral("Both drafts now exist")), qPrintable(w->banner()->text()));
        QVERIFY(!w->hasUnsavedText()); // the text is on the server: closing must not nag
        QVERIFY(!f.journal->entry(f.org, w->journalKey()).has_value());
        w->reject();
        QVERIFY(!w->isVisible());
    }

    void escapeAsksBeforeLosingText()
    {
        auto empty = window();
        QTest::keyClick(empty.get(), Qt::Key_Escape);
        QVERIFY(!empty->isVisible()); // nothing typed: no question

        auto w = window();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClicks(body(*w), QStringLiteral("half a thought"));
        QVERIFY(f.journal->entry(f.org, w->journalKey()).has_value());
        QTest::keyClick(field(*w, "toName"), Qt::Key_Escape);
        QMessageBox *box = messageBox(w.get(), QStringLiteral("confirmClose"));
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Keep writing"))->click();
        QTRY_VERIFY(!messageBox(w.get(), QStringLiteral("confirmClose")));
        QVERIFY(w->isVisible());
        QVERIFY(w->close() == false); // the close button asks too
        box = messageBox(w.get(), QStringLiteral("confirmClose"));
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Discard"))->click();
        QTRY_VERIFY(!w->isVisible());
        QVERIFY(!f.journal->entry(f.org, w->journalKey()).has_value());
        QCOMPARE(f.log(), QStringList());
    }

    void restoreFromJournal()
    {
        JournalEntry e;
        e.organizationId = f.org;
        e.key = QStringLiteral("compose:restored-1");
        e.modality = QStringLiteral("email");
        e.toEmail = QStringLiteral("back@example.com");
        e.subject = QStringLiteral("Before the crash");
        e.html = QStringLiteral("<p>kept</p>");
        e.ccEmails = QStringList{QStringLiteral("c@example.com")};
        auto w = window();
        w->restore(e);
        QCOMPARE(w->journalKey(), e.key);
        QCOMPARE(field(*w, "subject")->text(), e.subject);
        QCOMPARE(field(*w, "cc")->text(), QStringLiteral("c@example.com"));
        QCOMPARE(body(*w)->toPlainText(), QStringLiteral("kept"));
        QVERIFY(w->hasUnsavedText());
        QVERIFY(ComposeWindow::isComposeKey(e.key));
        QVERIFY(!ComposeWindow::isComposeKey(QStringLiteral("HR_id_conversation")));
        f.journal->remove(f.org, e.key);
    }

    void templatePickerInsertsExpandedText()
    {
        ReplyTemplate t;
        t.name = QStringLiteral("Zz follow-up");
        t.bodyHtml = QStringLiteral("<p>Hello {contact.first_name}, this is {agent.name} from {company.name}.</p>");
        QVERIFY(f.templates->save(t) > 0);
        auto w = window();
        w->setTemplateSource(f.templates.get(), QStringLiteral("Alex Agent"), QStringLiteral("Acme & Co"));
        QTest::keyClicks(field(*w, "toName"), QStringLiteral("Diana Prince"));
        w->insertTemplate();
        TemplatePicker *picker = nullptr;
        QTRY_VERIFY((picker = w->findChild<TemplatePicker *>()) && picker->isVisible());
        QTest::keyClicks(picker->filterField(), QStringLiteral("zz follow"));
        QCOMPARE(picker->list()->currentItem()->text(), t.name);
        picker->grab().save(QStringLiteral("/tmp/template-picker.png"));
        QTest::keyClick(picker->filterField(), Qt::Key_Return);
        QTRY_VERIFY(body(*w)->toPlainText().contains(QStringLiteral("Hello Diana, this is Alex Agent from Acme & Co.")));
        QVERIFY(w->editor()->html().contains(QStringLiteral("Acme &amp; Co")));

        const auto values = ComposeWindow::templateValues(QStringLiteral("  Diana   Prince "), QStringLiteral("A"), {});
        QCOMPARE(values.value(QStringLiteral("contact.first_name")), QStringLiteral("Diana"));
        QCOMPARE(values.value(QStringLiteral("contact.name")), QStringLiteral("Diana Prince"));

        // The blocking helper: cancelled gives an empty string, Enter the expansion.
        QTimer::singleShot(0, [] {
            if (auto *p = qobject_cast<TemplatePicker *>(QApplication::activeModalWidget()))
                p->reject();
        });
        QCOMPARE(TemplatePicker::pick(f.templates.get(), values, w.get()), QString());
        QTimer::singleShot(0, [] {
            if (auto *p = qobject_cast<TemplatePicker *>(QApplication::activeModalWidget())) {
                QTest::keyClicks(p->filterField(), QStringLiteral("zz"));
                QTest::keyClick(p->filterField(), Qt::Key_Return);
            }
        });
        QVERIFY(TemplatePicker::pick(f.templates.get(), values, w.get()).contains(QStringLiteral("Hello Diana")));
        f.journal->remove(f.org, w->journalKey());
    }

    void accessibilityAndTabOrder()
    {
        auto w = window();
        for (QWidget *child : w->findChildren<QWidget *>()) {
            if (child->focusPolicy() == Qt::NoFocus || !child->isVisibleTo(w.get()) || child->inherits("QLabel"))
                continue;
            if (child->parentWidget() && child->parentWidget()->inherits("QComboBox"))
                continue; // the combo's own line edit is announced through the combo
            if (child->objectName() == QLatin1String("qt_scrollarea_viewport"))
                continue;
            QVERIFY2(!child->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())));
        }
        // Tab from the channel walks the form top to bottom, then the body, then the buttons.
        QStringList order;
        QWidget *start = w->findChild<QRadioButton *>(QStringLiteral("modalityEmail"));
        QWidget *cur = start;
        for (int i = 0; i < 20; ++i) {
            order << cur->objectName();
            cur = cur->nextInFocusChain();
            while (cur != start && (cur->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
                cur = cur->nextInFocusChain();
            if (cur == start)
                break;
        }
        const QStringList expected{QStringLiteral("toName"), QStringLiteral("toEmail"), QStringLiteral("toPhone"),
                                   QStringLiteral("cc"), QStringLiteral("bcc"), QStringLiteral("subject"),
                                   QStringLiteral("folder"), QStringLiteral("saveChoice"), QStringLiteral("notify"),
                                   QStringLiteral("sendChoice"), QStringLiteral("insertTemplate"),
                                   QStringLiteral("plainReplyEditor"), QStringLiteral("discard"), QStringLiteral("submit")};
        int at = -1;
        for (const QString &name : expected) {
            const int next = order.indexOf(name);
            QVERIFY2(next > at, qPrintable(order.join(QLatin1Char(' '))));
            at = next;
        }
        // Labels have buddies, so Alt+letter reaches every field.
        for (QLabel *label : w->findChildren<QLabel *>())
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
    }

    void screenshot()
    {
        MessageDraft original;
        for (const MessageDraft &d : f.drafts(f.org))
            if (d.modality == QLatin1String("email"))
                original = d;
        auto w = window();
        w->editDraft(original);
        field(*w, "cc")->setText(QStringLiteral("ok@example.com, nope"));
        w->form()->validate();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTest::qWait(50);
        QVERIFY(w->grab().save(QStringLiteral("/tmp/compose.png")));
        auto fresh = window();
        fresh->findChild<QRadioButton *>(QStringLiteral("modalityText"))->click();
        fresh->saveDraft();
        QTRY_VERIFY(!fresh->form()->messages().isEmpty());
        QVERIFY(fresh->grab().save(QStringLiteral("/tmp/compose-text.png")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    TestComposeEdit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_compose_edit.moc"
