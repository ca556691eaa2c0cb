// Keys of the reply editor, real (QTest into the view, through the view's
// shortcuts and the page) and synthetic (keydown events in the page): host
// actions, formatting, the link bar and toolbar keyboard access.

#include "tst_editor_support.h"

#include <QShortcut>

using namespace repdesk;
using namespace repdesk::testsupport;

class TestEditorKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingAndCtrlB();
    void keysReachTheHost();
    void keysFromThePage();
    void linkBarAcceptsOnlySafeSchemes();
    void toolbarIsKeyboardReachable();
    void cleanupTestCase();

private:
    bool focusBody();
    QString activeId() { return f.js(QStringLiteral("document.activeElement.id || document.activeElement.dataset.command || ''")).toString(); }

    EditorFixture f;
};

bool TestEditorKeys::focusBody()
{
    if (!f.activate())
        return false;
    f.editor->focusEditor();
    return spinUntil([this] { return activeId() == QLatin1String("body"); }, 3000);
}

void TestEditorKeys::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

void TestEditorKeys::typingAndCtrlB()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>Typed:</p>")));
    QVERIFY(focusBody());
    QTest::keyClicks(f.keyTarget(), QStringLiteral(" one "));
    QTest::keyClick(f.keyTarget(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(f.keyTarget(), QStringLiteral("two"));
    QVERIFY(spinUntil([&] { return f.editor->html().contains(QStringLiteral("two")); }, 5000));
    QVERIFY2(f.editor->html().contains(QStringLiteral("one <b>two</b>")), qPrintable(f.editor->html()));
    QVERIFY(f.editor->isDirty());
    QCOMPARE(f.editor->wordCount(), 3);
    QCOMPARE(f.js(QStringLiteral("document.querySelector('[data-command=bold]').getAttribute('aria-pressed')")).toString(),
             QStringLiteral("true"));
}

void TestEditorKeys::keysReachTheHost()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>keys</p>")));
    QVERIFY(focusBody());
    // A host binding the same keys window-wide, as ComposeWindow does: while
    // the editor has focus its keys must win, not cancel out as ambiguous.
    int hostKeys = 0;
    QList<QShortcut *> host;
    for (const QKeySequence &keys : {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}) {
        host << new QShortcut(keys, f.view);
        QObject::connect(host.last(), &QShortcut::activated, [&] { ++hostKeys; });
        QObject::connect(host.last(), &QShortcut::activatedAmbiguously, [&] { hostKeys += 100; });
    }
    f.actions.clear();
    // Typed and saved at once: the save handler must already see the typed text.
    f.js(QStringLiteral("document.execCommand('insertText', false, ' typed')"));
    QTest::keyClick(f.keyTarget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return !f.actions.isEmpty(); }, 5000));
    QVERIFY2(f.actions.first().startsWith(QStringLiteral("save:")) && f.actions.first().contains(QStringLiteral("typed")),
             qPrintable(f.actions.first()));
    QTest::keyClick(f.keyTarget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return f.actions.size() == 2; }, 5000));
    QCOMPARE(f.actions.at(1), QStringLiteral("send"));
    QTest::keyClick(f.keyTarget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(spinUntil([&] { return f.actions.size() == 3; }, 5000));
    QCOMPARE(f.actions.at(2), QStringLiteral("template"));
    // A key that reaches the view itself rather than its page.
    QTest::keyClick(f.view, Qt::Key_Enter, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return f.actions.size() == 4; }, 5000));
    QCOMPARE(f.actions.at(3), QStringLiteral("send"));
    pause(200);
    QCOMPARE(f.actions.size(), 4); // each key handled once
    QCOMPARE(hostKeys, 0);
    qDeleteAll(host);
}

void TestEditorKeys::keysFromThePage()
{
    // The page's own handler (keys the view's shortcuts never saw, e.g. from an input method).
    f.actions.clear();
    const QString key = QStringLiteral("document.getElementById('body').dispatchEvent(new KeyboardEvent('keydown',"
                                       "{key:'%1',code:'%2',ctrlKey:true,shiftKey:%3,bubbles:true,cancelable:true}))");
    f.js(key.arg(QStringLiteral("s"), QStringLiteral("KeyS"), QStringLiteral("false")));
    f.js(key.arg(QStringLiteral("Enter"), QStringLiteral("Enter"), QStringLiteral("false")));
    f.js(key.arg(QStringLiteral("T"), QStringLiteral("KeyT"), QStringLiteral("true")));
    QVERIFY(spinUntil([&] { return f.actions.size() == 3; }, 5000));
    QVERIFY(f.actions.at(0).startsWith(QStringLiteral("save:")));
    QCOMPARE(f.actions.mid(1), (QStringList{QStringLiteral("send"), QStringLiteral("template")}));

    // Ctrl+B from the page's key handler.
    QVERIFY(f.setHtml(QStringLiteral("<p>make bold</p>")));
    f.selectAll();
    const qsizetype from = f.changes.size();
    f.js(key.arg(QStringLiteral("b"), QStringLiteral("KeyB"), QStringLiteral("false")));
    QVERIFY(f.waitChange(from));
    QVERIFY(f.changes.last().html.contains(QStringLiteral("<b>make bold</b>")));
}

void TestEditorKeys::linkBarAcceptsOnlySafeSchemes()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>site</p>")));
    QVERIFY(focusBody());
    f.selectAll();
    QTest::keyClick(f.keyTarget(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return activeId() == QLatin1String("linkurl"); }, 3000));
    QCOMPARE(f.js(QStringLiteral("document.getElementById('linkbar').hidden")).toBool(), false);
    QCOMPARE(f.js(QStringLiteral("document.getElementById('linklabel').textContent")).toString(), QStringLiteral("Link address"));

    QTest::keyClicks(f.keyTarget(), QStringLiteral("javascript:alert(1)"));
    QTest::keyClick(f.keyTarget(), Qt::Key_Return);
    QVERIFY(spinUntil([&] {
        return f.js(QStringLiteral("document.getElementById('linkurl').getAttribute('aria-invalid')")).toString() == QLatin1String("true");
    }, 3000));
    QVERIFY(!f.js(QStringLiteral("document.getElementById('linkerror').textContent")).toString().isEmpty());
    QCOMPARE(f.js(QStringLiteral("document.getElementById('linkbar').hidden")).toBool(), false);

    const qsizetype from = f.changes.size();
    QTest::keyClick(f.keyTarget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(f.keyTarget(), QStringLiteral("example.com/page"));
    QTest::keyClick(f.keyTarget(), Qt::Key_Return);
    QVERIFY(f.waitChange(from));
    QVERIFY2(f.changes.last().html.contains(QStringLiteral("<a href=\"https://example.com/page\">site</a>")),
             qPrintable(f.changes.last().html));
    QCOMPARE(f.js(QStringLiteral("document.getElementById('linkbar').hidden")).toBool(), true);
    QCOMPARE(activeId(), QStringLiteral("body"));

    // Escape leaves without a link and gives the body its focus back.
    QTest::keyClick(f.keyTarget(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return activeId() == QLatin1String("linkurl"); }, 3000));
    QTest::keyClick(f.keyTarget(), Qt::Key_Escape);
    QVERIFY(spinUntil([&] { return activeId() == QLatin1String("body"); }, 3000));
    QCOMPARE(f.js(QStringLiteral("document.getElementById('linkbar').hidden")).toBool(), true);
}

void TestEditorKeys::toolbarIsKeyboardReachable()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>tab</p>")));
    QVERIFY(focusBody());
    f.selectAll();
    // The toolbar precedes the body in the Tab order.
    QTest::keyClick(f.keyTarget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(spinUntil([&] { return activeId() == QLatin1String("redo"); }, 3000));
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(f.keyTarget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(spinUntil([&] { return activeId() == QLatin1String("bold"); }, 3000));
    // Space on the focused button formats the body's selection, which focus on the button did not lose.
    const qsizetype from = f.changes.size();
    QTest::keyClick(f.keyTarget(), Qt::Key_Space);
    QVERIFY(f.waitChange(from));
    QVERIFY2(f.changes.last().html.contains(QStringLiteral("<b>tab</b>")), qPrintable(f.changes.last().html));
    QCOMPARE(activeId(), QStringLiteral("body"));
    // Host keys work with focus anywhere in the view.
    QTest::keyClick(f.keyTarget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(spinUntil([&] { return activeId() == QLatin1String("redo"); }, 3000));
    f.actions.clear();
    QTest::keyClick(f.keyTarget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(spinUntil([&] { return !f.actions.isEmpty(); }, 3000));
}

void TestEditorKeys::cleanupTestCase()
{
    f.tearDown();
}

int main(int argc, char **argv)
{
    prepareApplication();
    QApplication app(argc, argv);
    TestEditorKeys test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editor_keys.moc"
