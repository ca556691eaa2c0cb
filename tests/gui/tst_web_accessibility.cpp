// Screen readers can read the thread and the reply: with the plugin's
// Chromium switches (ChromiumFlags: --force-renderer-accessibility, when an assistive technology
// is there), the web
// content of both pages is in the accessibility tree of their QWebEngineView,
// so a message's text and the text being typed in the editor can be found by
// walking it, as AT-SPI does. Also: the thread and the editor share one renderer.

#include "WebRenderingMode.h"
#include "EventLoopWait.h"
#include "WebViewsLoader.h"
#include "webapi/ReplyEditor.h"
#include "webapi/ThreadDisplay.h"
#include "webapi/WebViewsPlugin.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QHash>
#include <QWebEngineView>
#include <QtTest>

#include <functional>
#include <memory>

using namespace repdesk;
using namespace repdesk::testsupport;

namespace {

// Every text the accessibility tree under `iface` exposes: names, values and text contents.
void collect(QAccessibleInterface *iface, QStringList &out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    for (QAccessible::Text t : {QAccessible::Name, QAccessible::Value, QAccessible::Description})
        if (const QString s = iface->text(t); !s.isEmpty())
            out << s;
    if (QAccessibleTextInterface *text = iface->textInterface())
        if (const QString s = text->text(0, text->characterCount()); !s.isEmpty())
            out << s;
    for (int i = 0; i < iface->childCount(); ++i)
        collect(iface->child(i), out, depth + 1);
}

bool treeContains(QWidget *view, const QString &needle)
{
    QStringList texts;
    collect(QAccessible::queryAccessibleInterface(view), texts);
    for (const QString &t : texts)
        if (t.contains(needle))
            return true;
    return false;
}

// Chromium renderer processes of this one: the zygotes are its children and
// fork the renderers (which keep the zygote's command line), so they are the
// processes two levels or more below.
int rendererProcesses()
{
    QHash<qint64, QList<qint64>> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // Zombies (state Z) are renderers already gone.
        if (fields.size() > 1 && fields.at(0) != "Z")
            children[fields.at(1).toLongLong()] << entry.toLongLong();
    }
    int count = 0;
    QList<qint64> todo;
    for (qint64 zygote : children.value(QCoreApplication::applicationPid()))
        todo << children.value(zygote);
    while (!todo.isEmpty()) {
        const qint64 pid = todo.takeFirst();
        todo << children.value(pid);
        ++count;
    }
    return count;
}

} // namespace

class TestWebAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // What a screen reader's presence does (Qt turns it on when AT-SPI asks); offscreen there is
        // no AT-SPI, so Qt's own switch stands in for it (ChromiumFlags::assistiveTechnology).
        qputenv("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1");
        QAccessible::setActive(true);
        m_loader.addSearchDir(QStringLiteral(REPDESK_TEST_PLUGIN_DIR));
        m_plugin = m_loader.load();
        QVERIFY2(m_plugin, qPrintable(m_loader.errorString()));
        QVERIFY(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--force-renderer-accessibility"));
    }

    void threadTextIsInTheTree()
    {
        m_display.reset(m_plugin->createThreadDisplay(nullptr));
        QList<bool> rendered;
        m_display->onRendered = [&rendered](bool ok) { rendered << ok; };
        m_display->widget()->resize(800, 600);
        m_display->widget()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_display->widget()));
        m_display->showThread(QStringLiteral("<article class=\"msg\" id=\"msg-1\"><p>Can you quote the slate "
                                             "roof repair for Thursday?</p></article>"),
                              false, QStringLiteral("msg-1"));
        QVERIFY(spinUntil([&] { return !rendered.isEmpty(); }, 30000));
        QVERIFY(rendered.first());
        QVERIFY2(spinUntil([this] { return treeContains(m_display->widget(), QStringLiteral("slate roof repair")); }, 15000),
                 "the message's text never appeared in the accessibility tree");
    }

    void typedReplyIsInTheTree()
    {
        std::unique_ptr<ReplyEditor> editor(m_plugin->createReplyEditor(nullptr));
        editor->sanitize = [](const QString &html) { return html; };
        editor->widget()->resize(800, 300);
        editor->widget()->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor->widget()));
        QVERIFY(spinUntil([&] { return editor->isReady(); }, 30000));
        editor->widget()->activateWindow();
        editor->widget()->setFocus();
        editor->focusEditor();
        pause(300);
        QWidget *keys = editor->widget()->focusProxy() ? editor->widget()->focusProxy() : editor->widget();
        QTest::keyClicks(keys, QStringLiteral("Tuesday works"));
        QVERIFY(spinUntil([&] { return editor->html().contains(QStringLiteral("Tuesday works")); }, 10000));
        QVERIFY2(spinUntil([&] { return treeContains(editor->widget(), QStringLiteral("Tuesday works")); }, 15000),
                 "the typed text never appeared in the accessibility tree");
        // Both pages in one renderer process (ChromiumFlags).
        QCOMPARE(rendererProcesses(), 1);
        editor.reset();
    }

    void cleanupTestCase() { m_display.reset(); }

private:
    WebViewsLoader m_loader;
    WebViewsPlugin *m_plugin = nullptr;
    std::unique_ptr<ThreadDisplay> m_display;
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
    TestWebAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_web_accessibility.moc"
