// The reply editor's gates: pasted, dropped and host HTML enters only as the
// sanitiser returns it, the page's own world runs no script and cannot reach
// the bridge, links never navigate, and no request leaves the page, even for
// markup injected past the sanitiser.

#include "CountingHttpServer.h"
#include "tst_editor_support.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

using namespace repdesk;
using namespace repdesk::testsupport;

class TestEditorSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsAreLockedDown();
    void mainWorldRunsNoScriptAndSeesNoBridge();
    void pasteIsSanitised();
    void plainTextPasteIsEscaped();
    void dropIsSanitised();
    void setHtmlIsSanitised();
    void linksDoNotNavigate();
    void interceptorBlocksRawRemoteContent();
    void interceptorAloneBlocksRemoteImages();
    void cleanupTestCase();

private:
    QString hostile() const;
    // Dispatches a synthetic paste (or drop) with the given data at the caret (or at the body's first line).
    void dispatch(const QString &event, const QString &html, const QString &text);

    EditorFixture f;
    CountingHttpServer m_server;
};

QString TestEditorSecurity::hostile() const
{
    return QStringLiteral("<img src=%1><script>alert(1)</script><b onclick=x>Bold</b>"
                          "<div style=\"background:url(%2)\">bg</div>")
        .arg(m_server.url(QStringLiteral("/x.png")), m_server.url(QStringLiteral("/bg.png")));
}

void TestEditorSecurity::dispatch(const QString &event, const QString &html, const QString &text)
{
    const QString data = QStringLiteral("var dt=new DataTransfer();if(%1)dt.setData('text/html',%1);if(%2)dt.setData('text/plain',%2);")
                             .arg(QString::fromUtf8(QJsonDocument(QJsonArray{html}).toJson(QJsonDocument::Compact)) + QStringLiteral("[0]"),
                                  QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)) + QStringLiteral("[0]"));
    QString script;
    if (event == QLatin1String("paste")) {
        script = QStringLiteral("(function(){%1var b=document.getElementById('body');"
                                "b.dispatchEvent(new ClipboardEvent('paste',{clipboardData:dt,bubbles:true,cancelable:true}));})()")
                     .arg(data);
    } else {
        script = QStringLiteral("(function(){%1var b=document.getElementById('body');var r=b.firstChild.getBoundingClientRect();"
                                "b.firstChild.dispatchEvent(new DragEvent('drop',{dataTransfer:dt,bubbles:true,cancelable:true,"
                                "clientX:r.right+5,clientY:r.top+r.height/2}));})()")
                     .arg(data);
    }
    f.js(script);
}

void TestEditorSecurity::initTestCase()
{
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
}

void TestEditorSecurity::settingsAreLockedDown()
{
    QWebEnginePage *page = f.view->page();
    QWebEngineSettings *s = page->settings();
    QVERIFY(s->testAttribute(QWebEngineSettings::JavascriptEnabled)); // execCommand and the channel need it
    QVERIFY(!s->testAttribute(QWebEngineSettings::JavascriptCanOpenWindows));
    QVERIFY(!s->testAttribute(QWebEngineSettings::JavascriptCanAccessClipboard));
    QVERIFY(!s->testAttribute(QWebEngineSettings::JavascriptCanPaste));
    QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
    QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
    QVERIFY(!s->testAttribute(QWebEngineSettings::LocalStorageEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::PluginsEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::NavigateOnDropEnabled));
    QCOMPARE(page->url(), QUrl(QStringLiteral("qrc:///repdesk/editor/editor.html")));
    QVERIFY(page->profile()->isOffTheRecord());
    QVERIFY(page->profile() != QWebEngineProfile::defaultProfile());
}

void TestEditorSecurity::mainWorldRunsNoScriptAndSeesNoBridge()
{
    // The test's runJavaScript is the only script the main world ever runs; the page's CSP stops the rest.
    QCOMPARE(f.js(QStringLiteral("typeof qt + ' ' + typeof editor + ' ' + typeof QWebChannel")).toString(),
             QStringLiteral("undefined undefined undefined"));
    f.js(QStringLiteral("document.title='clean';var d=document.createElement('div');"
                        "d.innerHTML='<img src=\"data:,\" onerror=\"document.title=1\"><svg onload=\"document.title=2\"></svg>';"
                        "document.getElementById('body').appendChild(d);"
                        "var s=document.createElement('script');s.textContent='document.title=3';document.head.appendChild(s);"));
    pause(300);
    QCOMPARE(f.view->page()->title(), QStringLiteral("clean"));
    // The editor's world has the bridge.
    QCOMPARE(f.js(QStringLiteral("typeof editor.bridge.sanitizePaste"), QWebEngineScript::ApplicationWorld).toString(),
             QStringLiteral("function"));
}

void TestEditorSecurity::pasteIsSanitised()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>Start </p>")));
    f.selectAll();
    f.js(QStringLiteral("getSelection().collapseToEnd()"));
    m_server.reset();
    const int calls = f.sanitizeCalls;
    const qsizetype from = f.changes.size();
    dispatch(QStringLiteral("paste"), hostile(), QStringLiteral("Bold"));
    const auto change = f.waitChange(from);
    QVERIFY(change);
    QVERIFY(f.sanitizeCalls > calls);
    QVERIFY2(change->html.contains(QStringLiteral("<b>Bold</b>")), qPrintable(change->html));
    QVERIFY2(change->html.startsWith(QStringLiteral("<p>Start<b>Bold</b>")), qPrintable(change->html)); // at the caret
    for (const char *banned : {"<script", "onclick", "<img", "alert", "127.0.0.1", "url("})
        QVERIFY2(!change->html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    const QString dom = f.js(QStringLiteral("document.getElementById('body').innerHTML")).toString();
    QVERIFY(!dom.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    pause(300);
    QCOMPARE(m_server.connections(), 0);
}

void TestEditorSecurity::plainTextPasteIsEscaped()
{
    QVERIFY(f.setHtml(QString()));
    f.js(QStringLiteral("document.getElementById('body').focus()"));
    const qsizetype from = f.changes.size();
    dispatch(QStringLiteral("paste"), QString(), QStringLiteral("a <b>x</b> & y\nline two\n\nsecond <img src=x>"));
    const auto change = f.waitChange(from);
    QVERIFY(change);
    QVERIFY2(change->html.contains(QStringLiteral("a &lt;b&gt;x&lt;/b&gt; &amp; y<br>line two")), qPrintable(change->html));
    QVERIFY2(change->html.contains(QStringLiteral("second &lt;img src=x&gt;")), qPrintable(change->html));
    QVERIFY(!change->html.contains(QStringLiteral("<img")));
}

void TestEditorSecurity::dropIsSanitised()
{
    QVERIFY(f.setHtml(QStringLiteral("<p>Target</p>")));
    m_server.reset();
    const int calls = f.sanitizeCalls;
    const qsizetype from = f.changes.size();
    dispatch(QStringLiteral("drop"), hostile(), QString());
    const auto change = f.waitChange(from);
    QVERIFY(change);
    QVERIFY(f.sanitizeCalls > calls);
    QVERIFY2(change->html.contains(QStringLiteral("Bold")), qPrintable(change->html));
    QVERIFY(change->html.contains(QStringLiteral("Target")));
    for (const char *banned : {"<script", "onclick", "<img", "127.0.0.1"})
        QVERIFY2(!change->html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    pause(300);
    QCOMPARE(m_server.connections(), 0);
}

void TestEditorSecurity::setHtmlIsSanitised()
{
    m_server.reset();
    const int calls = f.sanitizeCalls;
    QVERIFY(f.setHtml(QStringLiteral("<p>Hi</p>") + hostile()));
    QVERIFY(f.sanitizeCalls > calls);
    const QString html = f.requestHtml();
    QVERIFY(html.contains(QStringLiteral("<b>Bold</b>")));
    for (const char *banned : {"<script", "onclick", "<img", "127.0.0.1"})
        QVERIFY2(!html.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
    pause(300);
    QCOMPARE(m_server.connections(), 0);
}

void TestEditorSecurity::linksDoNotNavigate()
{
    QVERIFY(f.setHtml(QStringLiteral("<p><a href=\"https://example.com/clicked\">a link to follow</a></p>")));
    const QUrl page = f.view->page()->url();
    QVERIFY(f.activate());
    const QVariantList rect = f.js(QStringLiteral("(function(){var r=document.querySelector('#body a').getBoundingClientRect();"
                                                  "return [r.left+r.width/2, r.top+r.height/2];})()"))
                                  .toList();
    QCOMPARE(rect.size(), 2);
    const QPoint at(rect.at(0).toInt(), rect.at(1).toInt());

    // A plain click while editing only places the caret.
    f.links.clear();
    QTest::mouseClick(f.keyTarget(), Qt::LeftButton, {}, at);
    pause(300);
    QVERIFY(f.links.isEmpty());
    // Ctrl+click opens it through the host, once.
    QTest::mouseClick(f.keyTarget(), Qt::LeftButton, Qt::ControlModifier, at);
    QVERIFY(spinUntil([&] { return !f.links.isEmpty(); }, 5000));
    // Read-only: a plain click opens it.
    f.editor->setReadOnly(true);
    QVERIFY(spinUntil([&] { return !f.js(QStringLiteral("document.getElementById('body').isContentEditable")).toBool(); }, 3000));
    QTest::mouseClick(f.keyTarget(), Qt::LeftButton, {}, at);
    QVERIFY(spinUntil([&] { return f.links.size() == 2; }, 5000));
    // Script links are never handed to the host.
    f.js(QStringLiteral("document.querySelector('#body a').setAttribute('href','javascript:alert(1)')"));
    QTest::mouseClick(f.keyTarget(), Qt::LeftButton, {}, at);
    pause(400);
    f.editor->setReadOnly(false);
    QCOMPARE(f.links, (QList<QUrl>{QUrl(QStringLiteral("https://example.com/clicked")), QUrl(QStringLiteral("https://example.com/clicked"))}));
    QCOMPARE(f.view->page()->url(), page);
    QVERIFY(f.js(QStringLiteral("!!document.getElementById('toolbar')")).toBool());
}

void TestEditorSecurity::interceptorBlocksRawRemoteContent()
{
    m_server.reset();
    f.js(QStringLiteral("(function(){var b=document.getElementById('body');"
                        "b.insertAdjacentHTML('beforeend','<img src=\"%1\"><div style=\"background:url(%2);height:20px\"></div>"
                        "<iframe src=\"%3\"></iframe><link rel=stylesheet href=\"%3\">');"
                        "fetch('%3').catch(function(){});new Image().src='%1?again';})()")
             .arg(m_server.url(QStringLiteral("/raw.png")), m_server.url(QStringLiteral("/bg.png")), m_server.url(QStringLiteral("/"))));
    pause(800);
    QCOMPARE(m_server.connections(), 0);
    QCOMPARE(f.view->page()->url(), QUrl(QStringLiteral("qrc:///repdesk/editor/editor.html")));
}

void TestEditorSecurity::interceptorAloneBlocksRemoteImages()
{
    // The CSP stops the requests above before the interceptor sees them. Here
    // the editor's interceptor guards a page without that CSP, on its own.
    auto *interceptor = f.view->page()->findChild<QWebEngineUrlRequestInterceptor *>();
    QVERIFY(interceptor);
    // By name: the class lives in the plugin, its meta-object comes with the object.
    QSignalSpy blocked(interceptor, SIGNAL(requestBlocked(QUrl)));
    QVERIFY(blocked.isValid());
    QWebEnginePage probe(f.view->page()->profile());
    probe.setUrlRequestInterceptor(interceptor);

    m_server.reset();
    bool loaded = false;
    QObject::connect(&probe, &QWebEnginePage::loadFinished, &probe, [&] { loaded = true; });
    probe.setHtml(QStringLiteral("<p>probe</p><img src=\"%1\">").arg(m_server.url(QStringLiteral("/probe.png"))));
    QVERIFY(spinUntil([&] { return loaded; }, 10000));
    QVERIFY(spinUntil([&] { return !blocked.isEmpty(); }, 5000));
    QCOMPARE(blocked.first().first().toUrl(), QUrl(m_server.url(QStringLiteral("/probe.png"))));
    QCOMPARE(m_server.connections(), 0);
    probe.setUrlRequestInterceptor(nullptr);
}

void TestEditorSecurity::cleanupTestCase()
{
    f.tearDown();
}

int main(int argc, char **argv)
{
    prepareApplication();
    QApplication app(argc, argv);
    TestEditorSecurity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editor_security.moc"
