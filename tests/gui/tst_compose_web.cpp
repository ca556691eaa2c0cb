// ComposeWindow with the real WebEngine editor from the repdesk_webviews
// plugin: the asynchronous editor (ready later, requestHtml answered by the
// page) goes through the same save path as PlainReplyEditor, what is
// inserted is sanitised on the way in and out, and loading a draft into the
// page is not mistaken for an edit. ComposeActions opens (and restores) windows
// of its MessageDrafts' organization with this editor. Waits run a real event
// loop (EventLoopWait.h).
#include "tst_compose_support.h"

#include "ComposeActions.h"
#include "EventLoopWait.h"
#include "HtmlSanitizer.h"
#include "JournalEntry.h"
#include "WebViewsLoader.h"
#include "compose/ComposeForm.h"
#include "webapi/ReplyEditor.h"
#include "webapi/WebViewsPlugin.h"

#include <QSignalSpy>

using namespace repdesk;
using namespace repdesk::test;
using repdesk::testsupport::spinUntil;

class TestComposeWeb : public QObject, ComposeHelpers
{
    Q_OBJECT
    WebViewsLoader m_loader;
    WebViewsPlugin *m_plugin = nullptr;

    std::unique_ptr<ComposeWindow> webWindow()
    {
        auto w = std::make_unique<ComposeWindow>(f.draftsFor(), f.journal.get(), m_plugin);
        w->resize(700, 700);
        w->show();
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_loader.addSearchDir(QStringLiteral(REPDESK_TEST_PLUGIN_DIR));
        m_plugin = m_loader.load();
        QVERIFY2(m_plugin, qPrintable(m_loader.errorString()));
    }

    void savesThroughTheWebEditor()
    {
        auto w = webWindow();
        QVERIFY(!qobject_cast<QTextEdit *>(w->editor()->widget())); // really the web editor
        QVERIFY(spinUntil([&] { return w->editor()->isReady(); }, 30000));
        QTest::keyClicks(field(*w, "toEmail"), QStringLiteral("web@example.com"));
        QTest::keyClicks(field(*w, "subject"), QStringLiteral("From the web editor"));
        w->editor()->insertHtml(QStringLiteral("<p>Hello <b>web</b></p><script>window.x = 1</script>"));
        QVERIFY(spinUntil([&] { return w->editor()->html().contains(QStringLiteral("web")); }, 15000));
        QVERIFY(spinUntil([&] {
            const auto e = f.journal->entry(f.org, w->journalKey());
            return e && e->html.contains(QStringLiteral("<b>web</b>"));
        }, 15000));
        f.server->clearRequestLog();
        QSignalSpy saved(w.get(), &ComposeWindow::draftSaved);
        w->saveDraft();
        QVERIFY(spinUntil([&] { return saved.size() == 1; }, 20000));
        const auto posts = f.requests(QStringLiteral("POST"), f.draftsPath(f.org));
        QCOMPARE(posts.size(), 1);
        const QString body = ComposeFixture::json(posts.first()).value(QStringLiteral("body_html")).toString();
        QVERIFY2(body.contains(QStringLiteral("<b>web</b>")), qPrintable(body));
        QVERIFY2(!body.contains(QStringLiteral("script")), qPrintable(body));
        QVERIFY(!f.journal->entry(f.org, w->journalKey()).has_value());
    }

    void composeActionsOpenWindowsOfTheirSource()
    {
        QWidget mainWindow;
        ComposeActions actions(&mainWindow, f.templates.get());
        const auto windows = [&mainWindow] { return mainWindow.findChildren<ComposeWindow *>(); };
        actions.newMessage(); // no source: nothing opens
        QCOMPARE(windows().size(), 0);

        MessageDrafts drafts;
        drafts.setSource(f.provider(), f.org);
        actions.setSource(&drafts, f.journal.get());
        actions.newMessage();
        QCOMPARE(windows().size(), 1);
        ComposeWindow *first = windows().constFirst();
        QCOMPARE(first->organizationId(), f.org);
        QVERIFY(!qobject_cast<QTextEdit *>(first->editor()->widget())); // the plugin's editor

        // After the switch new windows belong to the new organization; the open one keeps its own.
        drafts.setSource(f.provider(), f.secondOrg);
        actions.setSource(&drafts, f.journal.get());
        actions.newMessage();
        QCOMPARE(windows().size(), 2);
        for (ComposeWindow *w : windows())
            QCOMPARE(w->organizationId(), w == first ? f.org : f.secondOrg);
        qDeleteAll(windows());

        // Text a crash left in the journal comes back in a window of that organization only.
        JournalEntry lost;
        lost.organizationId = f.org;
        lost.key = ComposeWindow::journalKeyPrefix() + QStringLiteral("crashed-1");
        lost.subject = QStringLiteral("Left behind");
        lost.toEmail = QStringLiteral("lost@example.com");
        lost.html = QStringLiteral("<p>half written</p>");
        lost.updatedAt = QDateTime::currentDateTimeUtc();
        f.journal->stage(lost);
        f.journal->flush();
        QCOMPARE(actions.restoreUnsent(), 0); // the source is the second organization
        drafts.setSource(f.provider(), f.org);
        actions.setSource(&drafts, f.journal.get());
        QCOMPARE(actions.restoreUnsent(), 1);
        QCOMPARE(windows().size(), 1);
        QCOMPARE(windows().constFirst()->journalKey(), lost.key);
        QCOMPARE(windows().constFirst()->organizationId(), f.org);
        // A switch away and back restores again: the window still open is not opened twice.
        actions.setSource(nullptr, nullptr);
        actions.setSource(&drafts, f.journal.get());
        QCOMPARE(actions.restoreUnsent(), 0);
        QCOMPARE(windows().size(), 1);
        qDeleteAll(windows());
        QCOMPARE(actions.restoreUnsent(), 1); // closed without saving: it comes back
        qDeleteAll(windows());
        f.journal->remove(f.org, lost.key);

        actions.setSource(nullptr, nullptr);
        actions.newMessage();
        QCOMPARE(windows().size(), 0);
    }

    void loadingADraftIsNotAnEdit()
    {
        const QList<MessageDraft> drafts = f.drafts(f.org);
        QVERIFY(!drafts.isEmpty());
        const MessageDraft &d = drafts.first();
        auto w = webWindow();
        w->editDraft(d);
        const QString start = HtmlSanitizer::toPlainText(d.bodyHtml).left(12);
        QVERIFY(spinUntil([&] { return HtmlSanitizer::toPlainText(w->editor()->html()).contains(start); }, 30000));
        testsupport::pause(200); // the page's debounced report after setHtml() has arrived
        QVERIFY(!w->hasUnsavedText());
        QVERIFY(!f.journal->entry(f.org, w->journalKey()).has_value());
        w->grab().save(QStringLiteral("/tmp/compose-web.png"));
        w->reject();
        QVERIFY(!w->isVisible()); // closed without asking
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    int result = 0;
    {
        TestComposeWeb test; // its editors go before QApplication does
        result = QTest::qExec(&test, argc, argv);
    }
    return result;
}

#include "tst_compose_web.moc"
