// The reply editor of the repdesk_webviews plugin, as the host drives it:
// content round trips, edits reported with dirty state and word count,
// toolbar commands, colours, placeholder, read-only and the calls made before
// the page is ready. Keys are in tst_editor_keys.cpp; security (paste, drop,
// links, network) in tst_editor_security.cpp.

#include "tst_editor_support.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace repdesk;
using namespace repdesk::testsupport;

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageIsAccessible();
    void roundTrip();
    void editsAreReported();
    void toolbarCommandsChangeHtml();
    void pressedStateFollowsSelection();
    void undoNeverCrossesSetHtml();
    void darkColours();
    void placeholderAndReadOnly();
    void focusPutsCaretAtEnd();
    void callsBeforeReadyAreQueued();
    void recoversFromRendererCrash();
    void cleanupTestCase();

private:
    EditorFixture f;
};

void TestEditor::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    QVERIFY(f.editor->isReady());
    QCOMPARE(f.readyCount, 1);
}

void TestEditor::pageIsAccessible()
{
    const QVariantMap info = f.js(QStringLiteral(
        "(function(){var b=document.getElementById('body');var out={role:b.getAttribute('role'),"
        "multi:b.getAttribute('aria-multiline'),label:b.getAttribute('aria-label'),editable:b.isContentEditable,"
        "buttons:[]};document.querySelectorAll('#toolbar button').forEach(function(x){"
        "out.buttons.push({label:x.getAttribute('aria-label'),title:x.title,tab:x.tabIndex,pressed:x.getAttribute('aria-pressed')})});"
        "return out;})()")).toMap();
    QCOMPARE(info.value(QStringLiteral("role")).toString(), QStringLiteral("textbox"));
    QCOMPARE(info.value(QStringLiteral("multi")).toString(), QStringLiteral("true"));
    QCOMPARE(info.value(QStringLiteral("label")).toString(), QStringLiteral("Reply"));
    QVERIFY(info.value(QStringLiteral("editable")).toBool());
    const QVariantList buttons = info.value(QStringLiteral("buttons")).toList();
    QCOMPARE(buttons.size(), 10);
    QStringList labels;
    for (const QVariant &v : buttons) {
        const QVariantMap b = v.toMap();
        labels << b.value(QStringLiteral("label")).toString();
        QVERIFY(!b.value(QStringLiteral("title")).toString().isEmpty());
        QCOMPARE(b.value(QStringLiteral("tab")).toInt(), 0); // in the Tab order
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("Bold"), QStringLiteral("Italic"), QStringLiteral("Underline"),
                                  QStringLiteral("Bulleted list"), QStringLiteral("Numbered list"), QStringLiteral("Link"),
                                  QStringLiteral("Quote"), QStringLiteral("Clear formatting"), QStringLiteral("Undo"),
                                  QStringLiteral("Redo")}));
    QCOMPARE(buttons.first().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Bold (Ctrl+B)"));
    QCOMPARE(buttons.first().toMap().value(QStringLiteral("pressed")).toString(), QStringLiteral("false"));
}

void TestEditor::roundTrip()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>Hello <b>world</b></p>")));
    QCOMPARE(f.changes.last().dirty, false);
    QCOMPARE(f.changes.last().words, 2);
    QCOMPARE(f.requestHtml(), QStringLiteral("<p>Hello <b>world</b></p>"));
    QCOMPARE(f.editor->html(), QStringLiteral("<p>Hello <b>world</b></p>"));
    QVERIFY(!f.editor->isDirty());
    QCOMPARE(f.editor->wordCount(), 2);
}

void TestEditor::editsAreReported()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>Hello <b>world</b></p>")));
    f.selectAll();
    f.js(QStringLiteral("getSelection().collapseToEnd()"));
    const auto change = f.edit(QStringLiteral("document.execCommand('insertText', false, ' abc')"));
    QVERIFY(change);
    QVERIFY(change->dirty);
    QVERIFY2(change->html.contains(QStringLiteral("abc")), qPrintable(change->html));
    QCOMPARE(change->words, 3);
    QVERIFY(f.editor->isDirty());
    QCOMPARE(f.editor->html(), change->html);
    QCOMPARE(f.editor->wordCount(), 3);

    // Several quick edits are reported as one (debounced in the page).
    const qsizetype from = f.changes.size();
    f.js(QStringLiteral("['x','y','z'].forEach(function(c){document.execCommand('insertText', false, c)})"));
    QVERIFY(f.waitChange(from));
    pause(300);
    QCOMPARE(f.changes.size(), from + 1);
    QVERIFY(f.changes.last().html.contains(QStringLiteral("abcxyz")));

    f.editor->markClean();
    QVERIFY(!f.editor->isDirty());
    QVERIFY(f.edit(QStringLiteral("document.execCommand('insertText', false, '!')"))->dirty);
}

void TestEditor::toolbarCommandsChangeHtml()
{
    struct Case
    {
        QString command;
        QString expected;
    };
    const QList<Case> cases = {
        {QStringLiteral("bold"), QStringLiteral("<b>")},
        {QStringLiteral("italic"), QStringLiteral("<i>")},
        {QStringLiteral("underline"), QStringLiteral("<u>")},
        {QStringLiteral("insertUnorderedList"), QStringLiteral("<ul>")},
        {QStringLiteral("insertOrderedList"), QStringLiteral("<ol>")},
        {QStringLiteral("createLink:https://example.com/a"), QStringLiteral("href=\"https://example.com/a\"")},
        {QStringLiteral("formatBlock:blockquote"), QStringLiteral("<blockquote>")},
    };
    for (const Case &c : cases) {
        QVERIFY(f.setHtml(QStringLiteral("<p>plain words here</p>")));
        f.selectAll();
        const qsizetype from = f.changes.size();
        f.editor->execCommand(c.command);
        const auto change = f.waitChange(from);
        QVERIFY2(change, qPrintable(c.command));
        QVERIFY2(change->html.contains(c.expected), qPrintable(c.command + QStringLiteral(": ") + change->html));
        QVERIFY(change->dirty);
    }

    // removeFormat, undo and redo.
    QVERIFY(f.setHtml(QStringLiteral("<p><b>strong</b> text</p>")));
    f.selectAll();
    qsizetype from = f.changes.size();
    f.editor->execCommand(QStringLiteral("removeFormat"));
    QVERIFY(f.waitChange(from));
    QVERIFY2(!f.changes.last().html.contains(QStringLiteral("<b>")), qPrintable(f.changes.last().html));
    from = f.changes.size();
    f.editor->execCommand(QStringLiteral("undo"));
    QVERIFY(f.waitChange(from));
    QVERIFY(f.changes.last().html.contains(QStringLiteral("<b>strong</b>")));
    from = f.changes.size();
    f.editor->execCommand(QStringLiteral("redo"));
    QVERIFY(f.waitChange(from));
    QVERIFY(!f.changes.last().html.contains(QStringLiteral("<b>")));

    // Refused: unknown commands, script links, other blocks. Nothing changes.
    QVERIFY(f.setHtml(QStringLiteral("<p>unchanged</p>")));
    f.selectAll();
    from = f.changes.size();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring editor command")));
    f.editor->execCommand(QStringLiteral("createLink:javascript:alert(1)"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring editor command")));
    f.editor->execCommand(QStringLiteral("insertHTML:<img src=x>"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring editor command")));
    f.editor->execCommand(QStringLiteral("formatBlock:h1"));
    pause(300);
    QCOMPARE(f.changes.size(), from);
    QCOMPARE(f.requestHtml(), QStringLiteral("<p>unchanged</p>"));
}

void TestEditor::pressedStateFollowsSelection()
{
    QVERIFY(f.setHtml(QStringLiteral("<p><b>bold</b> plain</p>")));
    const QString pressed = QStringLiteral("document.querySelector('[data-command=bold]').getAttribute('aria-pressed')");
    f.js(QStringLiteral("(function(){var t=document.querySelector('#body b').firstChild;document.getElementById('body').focus();"
                        "getSelection().collapse(t,2);})()"));
    QVERIFY(spinUntil([&] { return f.js(pressed).toString() == QLatin1String("true"); }, 3000));
    f.js(QStringLiteral("(function(){var p=document.querySelector('#body p');getSelection().collapse(p.lastChild,3);})()"));
    QVERIFY(spinUntil([&] { return f.js(pressed).toString() == QLatin1String("false"); }, 3000));
}

void TestEditor::undoNeverCrossesSetHtml()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>first draft</p>")));
    f.selectAll();
    QVERIFY(f.edit(QStringLiteral("document.execCommand('insertText', false, 'SECRET of conversation A')")));
    QVERIFY(f.setHtml(QStringLiteral("<p>conversation B</p>")));
    f.js(QStringLiteral("document.getElementById('body').focus()"));
    for (int i = 0; i < 3; ++i)
        f.editor->execCommand(QStringLiteral("undo"));
    pause(300);
    const QString html = f.requestHtml();
    QVERIFY2(html == QStringLiteral("<p>conversation B</p>"), qPrintable(html));
    QVERIFY(!f.editor->isDirty());
}

void TestEditor::darkColours()
{
    const QString background = QStringLiteral("getComputedStyle(document.body).backgroundColor");
    f.editor->setColors(QStringLiteral("#ffffff"), QStringLiteral("#000000"), QStringLiteral("#fafafa"),
                        QStringLiteral("#3366ff"), QStringLiteral("#888888"));
    QVERIFY(spinUntil([&] { return f.js(background).toString() == QLatin1String("rgb(250, 250, 250)"); }, 3000));
    f.editor->setColors(QStringLiteral("#202124"), QStringLiteral("#e8eaed"), QStringLiteral("#111111"),
                        QStringLiteral("#3366ff"), QStringLiteral("#444444"));
    QVERIFY(spinUntil([&] { return f.js(background).toString() == QLatin1String("rgb(17, 17, 17)"); }, 3000));
    QCOMPARE(f.js(QStringLiteral("getComputedStyle(document.getElementById('body')).color")).toString(),
             QStringLiteral("rgb(232, 234, 237)"));
    QCOMPARE(f.view->page()->backgroundColor(), QColor(QStringLiteral("#111111")));

    QTest::ignoreMessage(QtWarningMsg, "repdesk_webviews: ignoring invalid colours");
    f.editor->setColors(QStringLiteral("red;}</style><script>x</script>"), QStringLiteral("#000"), QStringLiteral("#fff"),
                        QStringLiteral("#00f"), QStringLiteral("#888"));
    pause(200);
    QCOMPARE(f.js(background).toString(), QStringLiteral("rgb(17, 17, 17)"));
}

void TestEditor::placeholderAndReadOnly()
{
    f.editor->setPlaceholder(QStringLiteral("Write a reply…"));
    QVERIFY(f.setHtml(QString()));
    const QString before = QStringLiteral("getComputedStyle(document.getElementById('body'),'::before').content");
    QVERIFY(spinUntil([&] { return f.js(before).toString() == QStringLiteral("\"Write a reply…\""); }, 3000));
    // Chromium leaves <p><br></p> behind when everything is deleted: still empty.
    QVERIFY(f.setHtml(QStringLiteral("<p>x</p>")));
    f.selectAll();
    QVERIFY(f.edit(QStringLiteral("document.execCommand('delete')")));
    QCOMPARE(f.js(before).toString(), QStringLiteral("\"Write a reply…\""));
    QVERIFY(f.edit(QStringLiteral("document.execCommand('insertText', false, 'y')")));
    QCOMPARE(f.js(before).toString(), QStringLiteral("none"));

    f.editor->setReadOnly(true);
    QVERIFY(spinUntil([&] { return f.js(QStringLiteral("document.getElementById('body').isContentEditable")).toBool() == false; }, 3000));
    QCOMPARE(f.js(QStringLiteral("document.querySelector('#toolbar button').disabled")).toBool(), true);
    QCOMPARE(f.js(QStringLiteral("document.getElementById('body').getAttribute('aria-readonly')")).toString(), QStringLiteral("true"));
    const qsizetype from = f.changes.size();
    f.editor->execCommand(QStringLiteral("bold"));
    f.editor->insertHtml(QStringLiteral("<p>template</p>"));
    pause(300);
    QCOMPARE(f.changes.size(), from);
    f.editor->setReadOnly(false);
    QVERIFY(spinUntil([&] { return f.js(QStringLiteral("document.getElementById('body').isContentEditable")).toBool(); }, 3000));
}

void TestEditor::focusPutsCaretAtEnd()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>one</p><p>two <i>three</i></p>")));
    f.js(QStringLiteral("document.activeElement.blur()"));
    f.editor->focusEditor();
    QVERIFY(spinUntil([&] { return f.js(QStringLiteral("document.activeElement.id")).toString() == QLatin1String("body"); }, 3000));
    QVERIFY(f.view->hasFocus() || f.keyTarget()->hasFocus());
    const auto change = f.edit(QStringLiteral("document.execCommand('insertText', false, 'END')"));
    QVERIFY(change);
    QVERIFY2(change->html.endsWith(QStringLiteral("threeEND</i></p>")), qPrintable(change->html));

    // A template lands at the caret, sanitised.
    const int calls = f.sanitizeCalls;
    const qsizetype from = f.changes.size();
    f.editor->insertHtml(QStringLiteral("<b>T</b><script>x()</script>"));
    QVERIFY(f.waitChange(from));
    QVERIFY(f.sanitizeCalls > calls);
    QVERIFY2(f.changes.last().html.endsWith(QStringLiteral("threeEND</i><b>T</b></p>")), qPrintable(f.changes.last().html));
    QVERIFY(!f.changes.last().html.contains(QStringLiteral("script")));
}

void TestEditor::callsBeforeReadyAreQueued()
{
    const int readyBefore = f.readyCount;
    std::unique_ptr<ReplyEditor> second(f.create());
    QVERIFY(!second->isReady());
    second->setHtml(QStringLiteral("<p>ignored</p>"));
    second->insertHtml(QStringLiteral("<p>also ignored</p>"));
    second->setHtml(QStringLiteral("<p>queued</p>"));
    second->insertHtml(QStringLiteral("<p>inserted</p>"));
    second->setPlaceholder(QStringLiteral("Second"));
    second->setColors(QStringLiteral("#202124"), QStringLiteral("#e8eaed"), QStringLiteral("#101010"),
                      QStringLiteral("#3366ff"), QStringLiteral("#444444"));
    QString early;
    second->requestHtml([&](const QString &html) { early = html; });
    QVERIFY(spinUntil([&] { return !early.isEmpty(); }, 3000));
    QCOMPARE(early, QStringLiteral("<p>queued</p>"));

    auto *view = qobject_cast<QWebEngineView *>(second->widget());
    QVERIFY(view);
    view->resize(400, 300);
    view->show();
    QVERIFY(spinUntil([&] { return f.readyCount > readyBefore; }, 30000));
    QVERIFY(second->isReady());
    QVERIFY(spinUntil([&] { return second->html().contains(QStringLiteral("inserted")); }, 3000));
    // After the content, at its end (Chromium merges the inserted paragraph into the last one).
    QVERIFY2(second->html() == QStringLiteral("<p>queuedinserted</p>"), qPrintable(second->html()));
    QVERIFY(!second->html().contains(QStringLiteral("ignored")));
    QVERIFY(spinUntil([&] { return second->isDirty(); }, 3000)); // the insert is an edit
    QCOMPARE(f.js(QStringLiteral("getComputedStyle(document.body).backgroundColor"), QWebEngineScript::MainWorld, view).toString(),
             QStringLiteral("rgb(16, 16, 16)"));
    QCOMPARE(f.js(QStringLiteral("document.getElementById('body').dataset.placeholder"), QWebEngineScript::MainWorld, view).toString(),
             QStringLiteral("Second"));
    second.reset();
    pause(100);
}

void TestEditor::recoversFromRendererCrash()
{
#ifdef Q_OS_UNIX
    QVERIFY(f.setHtml(QStringLiteral("<p>survives</p>")));
    f.selectAll();
    f.js(QStringLiteral("getSelection().collapseToEnd()"));
    QVERIFY(f.edit(QStringLiteral("document.execCommand('insertText', false, ' the crash')")));
    const QString before = f.editor->html();
    const int readyBefore = f.readyCount;
    const qint64 pid = f.view->page()->renderProcessPid();
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QVERIFY(spinUntil([&] { return f.readyCount > readyBefore; }, 30000));
    QVERIFY(f.editor->isReady());
    QVERIFY(f.editor->isDirty()); // the edit was never saved
    QCOMPARE(f.requestHtml(), before);
    QVERIFY(f.view->page()->renderProcessPid() != pid);
#else
    QSKIP("kills the renderer with a POSIX signal");
#endif
}

void TestEditor::cleanupTestCase()
{
    f.tearDown();
}

int main(int argc, char **argv)
{
    prepareApplication();
    QApplication app(argc, argv);
    TestEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editor.moc"
