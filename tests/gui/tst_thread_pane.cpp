// The inbox's thread pane opens a thread where the news is: a long thread
// renders only its newest messages (the contact's latest in full, at least the
// last ThreadPane::kRecentShown) with "Show N earlier messages" for the rest,
// and the view opens scrolled down to them; a short thread shows whole.
#include "WebRenderingMode.h"
#include "../unit/tst_thread_support.h"
#include "EventLoopWait.h"
#include "inbox/ThreadPane.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QtTest>

using namespace repdesk;
using namespace repdesk::testsupport;

class TestThreadPane : public QObject
{
    Q_OBJECT

    bool showAndWait(ThreadPane &pane, const ThreadContent &content)
    {
        QSignalSpy rendered(&pane, &ThreadPane::rendered);
        pane.showThread(content);
        return spinUntil([&] { return !rendered.isEmpty(); }, 30000) && rendered.last().first().toBool();
    }

private slots:
    void longThreadOpensAtItsNewestMessages()
    {
        ThreadPane pane;
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(showAndWait(pane, generatedThread(240)));
        QVERIFY(pane.usesWebEngine());
        // The newest ten (230..239), which hold the contact's latest message (238).
        QCOMPARE(pane.totalMessages(), 240);
        QCOMPARE(pane.hiddenMessages(), 230);
        QCOMPARE(pane.shownMessages(), 10);
        QCOMPARE(pane.lastHtml().count(QStringLiteral("<article ")), 10);
        // The thread's heading still counts them all.
        QVERIFY(pane.lastHtml().contains(QStringLiteral("240 message")));
        QVERIFY(pane.lastHtml().contains(QStringLiteral("Chat 238: I have a question")));
        QVERIFY(pane.lastHtml().contains(QStringLiteral("Thanks for message 236.")));
        QVERIFY(!pane.lastHtml().contains(QStringLiteral("Thanks for message 228.")));
        QVERIFY(pane.earlierButton()->isVisible());
        QVERIFY(pane.earlierButton()->text().contains(QStringLiteral("230")));
        QCOMPARE(pane.earlierButton()->accessibleName(), pane.earlierButton()->text());

        // Opened scrolled down to the contact's latest message, not at the top.
        auto *view = pane.findChild<QWebEngineView *>(QStringLiteral("threadView"));
        QVERIFY(view);
        QVERIFY2(spinUntil([view] { return view->page()->scrollPosition().y() > 100; }, 10000),
                 qPrintable(QStringLiteral("scrolled to %1 of %2").arg(view->page()->scrollPosition().y())
                                .arg(view->page()->contentsSize().height())));

        // The earlier messages when asked for, and they stay for that conversation.
        QVERIFY(spinUntil([&] { return pane.earlierButton()->isEnabled(); }, 1000));
        QSignalSpy rendered(&pane, &ThreadPane::rendered);
        pane.earlierButton()->click();
        QVERIFY(spinUntil([&] { return !rendered.isEmpty(); }, 30000));
        QCOMPARE(pane.hiddenMessages(), 0);
        QCOMPARE(pane.lastHtml().count(QStringLiteral("<article ")), 240);
        QVERIFY(!pane.earlierButton()->isVisible());
        QVERIFY(showAndWait(pane, generatedThread(240)));
        QCOMPARE(pane.hiddenMessages(), 0);
    }

    void shortThreadShowsWhole()
    {
        ThreadPane pane;
        pane.resize(900, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(showAndWait(pane, generatedThread(3)));
        QCOMPARE(pane.hiddenMessages(), 0);
        QCOMPARE(pane.lastHtml().count(QStringLiteral("<article ")), 3);
        QVERIFY(!pane.earlierButton()->isVisible());
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // The shipped path: web views composited in software (ui/main.cpp does the same).
    WebRenderingMode::apply();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestThreadPane test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_thread_pane.moc"
