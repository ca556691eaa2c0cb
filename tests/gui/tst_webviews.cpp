// The repdesk_webviews plugin, loaded as the app loads it (WebViewsLoader):
// sanitised threads make no request, the interceptor alone stops raw hostile
// HTML, remote images pass only when allowed, links are reported and never
// followed, and the page runs no script.

#include "../unit/tst_thread_support.h"
#include "CountingHttpServer.h"
#include "EventLoopWait.h"
#include "ThreadHtmlBuilder.h"
#include "WebViewsLoader.h"
#include "webapi/ThreadDisplay.h"
#include "webapi/WebViewsPlugin.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEngineFindTextResult>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QAccessible>
#include <QWebEngineView>
#include <QtTest>

#include <memory>
#include <optional>

using namespace repdesk;
using namespace repdesk::testsupport;

class TestWebViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsAreLockedDown();
    void sanitisedThreadMakesNoRequest();
    void interceptorBlocksRawHostileHtml();
    void remoteImagesOnlyWhenAllowed();
    void scriptsDoNotRun();
    void linkClickIsReportedNotFollowed();
    void contextMenuHasOnlySafeActions();
    void largeThreadsRender();
    void placeholderColorsAndFind();
    void keyboardScrollsWithoutScript();
    void loaderSkipsImpostors();
    void cleanupTestCase();

private:
    bool render(const QString &body, bool allowRemoteImages);
    QString domHtml();
    void settle() { pause(400); }
    void clickAt(const QPoint &pos, Qt::MouseButton button = Qt::LeftButton);

    WebViewsLoader m_loader;
    std::unique_ptr<ThreadDisplay> m_display;
    QWebEngineView *m_view = nullptr;
    CountingHttpServer m_server;
    QList<bool> m_rendered;
    QList<QUrl> m_blocked;
    QList<QUrl> m_links;
};

bool TestWebViews::render(const QString &body, bool allowRemoteImages)
{
    m_rendered.clear();
    m_display->showThread(body, allowRemoteImages);
    if (!spinUntil([this] { return !m_rendered.isEmpty(); }, 30000))
        return false;
    settle(); // late requests (CSS backgrounds) would show up here
    return m_rendered.size() == 1 && m_rendered.first();
}

QString TestWebViews::domHtml()
{
    // Shared: the callback may still arrive after a timeout returned from here.
    auto result = std::make_shared<std::optional<QString>>();
    m_view->page()->toHtml([result](const QString &html) { *result = html; });
    if (!spinUntil([result] { return result->has_value(); }, 10000))
        qWarning("toHtml() did not answer");
    return result->value_or(QString());
}

void TestWebViews::clickAt(const QPoint &pos, Qt::MouseButton button)
{
    QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view;
    QTest::mouseMove(target, pos);
    QTest::mouseClick(target, button, {}, pos);
}

void TestWebViews::initTestCase()
{
    m_loader.addSearchDir(QStringLiteral(REPDESK_TEST_PLUGIN_DIR));
    WebViewsPlugin *plugin = m_loader.load();
    QVERIFY2(plugin, qPrintable(m_loader.errorString()));
    QVERIFY(m_loader.loadedFrom().startsWith(QStringLiteral(REPDESK_TEST_PLUGIN_DIR)));
    QCOMPARE(m_loader.load(), plugin);
    // No screen reader here: Chromium is not asked to keep an accessibility tree (Qt WebEngine 6.4
    // keeps every node of it for good); the other switches are always there (ChromiumFlags).
    QVERIFY(!QAccessible::isActive());
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    QVERIFY2(!flags.contains("--force-renderer-accessibility"), flags.constData());
    QVERIFY2(flags.contains("--renderer-process-limit=1"), flags.constData());

    m_display.reset(plugin->createThreadDisplay(nullptr));
    QVERIFY(m_display && m_display->widget());
    m_view = qobject_cast<QWebEngineView *>(m_display->widget());
    QVERIFY(m_view);
    m_display->onRendered = [this](bool ok) { m_rendered << ok; };
    m_display->onRequestBlocked = [this](const QUrl &url) { m_blocked << url; };
    m_display->onLinkActivated = [this](const QUrl &url) { m_links << url; };
    m_display->widget()->resize(900, 700);
    m_display->widget()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_display->widget()));
}

void TestWebViews::settingsAreLockedDown()
{
    QVERIFY(render(QStringLiteral("<p>hello</p>"), false));
    QWebEngineSettings *s = m_view->page()->settings();
    QVERIFY(!s->testAttribute(QWebEngineSettings::JavascriptEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::JavascriptCanOpenWindows));
    QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
    QVERIFY(!s->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
    QVERIFY(!s->testAttribute(QWebEngineSettings::PluginsEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::ErrorPageEnabled));
    QVERIFY(!s->testAttribute(QWebEngineSettings::FocusOnNavigationEnabled));
    QVERIFY(s->testAttribute(QWebEngineSettings::AutoLoadImages));
    QWebEngineProfile *profile = m_view->page()->profile();
    QVERIFY(profile->isOffTheRecord());
    QCOMPARE(profile->httpCacheType(), QWebEngineProfile::MemoryHttpCache);
    QCOMPARE(profile->persistentCookiesPolicy(), QWebEngineProfile::NoPersistentCookies);
    QVERIFY(profile != QWebEngineProfile::defaultProfile());
}

void TestWebViews::sanitisedThreadMakesNoRequest()
{
    ThreadContent c = threadBase();
    const QString hostile = QStringLiteral("<p>Hi</p><img src=\"%1\"><script>document.title='pwned'</script>"
                                           "<div style=\"background:url(%2);height:40px\">bg</div><a href=\"https://example.com\">site</a>")
                                .arg(m_server.url(QStringLiteral("/pixel.png")), m_server.url(QStringLiteral("/bg.png")));
    c.messages.append(threadMessage(QStringLiteral("email"), QStringLiteral("received"), hostile, QDateTime::currentDateTimeUtc()));
    const ThreadRender r = ThreadHtmlBuilder::build(c);
    QCOMPARE(r.blockedRemoteImages, 1);

    m_server.reset();
    m_blocked.clear();
    QVERIFY(render(r.html, false));
    QCOMPARE(m_server.connections(), 0);
    // Sanitised content never even asks: the image is a data-remote-src placeholder.
    QVERIFY2(m_blocked.isEmpty(), qPrintable(QVariant::fromValue(m_blocked).toStringList().join(QLatin1Char(' '))));
    const QString dom = domHtml();
    QVERIFY(dom.contains(QStringLiteral("data-remote-src")));
    QVERIFY(!dom.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(dom.contains(QStringLiteral("https://example.com")));
}

void TestWebViews::interceptorBlocksRawHostileHtml()
{
    const QString raw = QStringLiteral("<p>raw</p><img src=\"%1\"><div style=\"background:url(%2);height:40px\">bg</div>"
                                       "<script>document.title='pwned'</script><a href=\"https://example.com\">site</a>"
                                       "<link rel=\"preconnect\" href=\"%3\"><iframe src=\"%3\"></iframe>")
                            .arg(m_server.url(QStringLiteral("/pixel.png")), m_server.url(QStringLiteral("/bg.png")),
                                 m_server.url(QStringLiteral("/")));
    m_server.reset();
    m_blocked.clear();
    QVERIFY(render(raw, false));
    QCOMPARE(m_server.connections(), 0);
    QVERIFY2(m_blocked.contains(QUrl(m_server.url(QStringLiteral("/pixel.png")))), "the image request was not reported");
    QVERIFY2(m_blocked.contains(QUrl(m_server.url(QStringLiteral("/bg.png")))), "the CSS background was not reported");
    QVERIFY(m_view->page()->title() != QStringLiteral("pwned"));
}

void TestWebViews::remoteImagesOnlyWhenAllowed()
{
    m_server.reset();
    m_blocked.clear();
    const QString img = QStringLiteral("<p>logo <img src=\"%1\" alt=\"logo\"></p>").arg(m_server.url(QStringLiteral("/pixel.png")));
    QVERIFY(render(img, true));
    spinUntil([this] { return !m_server.requests().isEmpty(); }, 5000);
    QCOMPARE(m_server.requests(), QStringList{QStringLiteral("/pixel.png")});
    QVERIFY(m_view->page()->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
    QVERIFY(m_blocked.isEmpty());

    // The permission is per render: the next one without it fetches nothing.
    m_server.reset();
    QVERIFY(render(QStringLiteral("<p><img src=\"%1\"></p>").arg(m_server.url(QStringLiteral("/pixel.png?again"))), false));
    QCOMPARE(m_server.connections(), 0);
    QVERIFY(m_blocked.contains(QUrl(m_server.url(QStringLiteral("/pixel.png?again")))));
    QVERIFY(!m_view->page()->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
}

void TestWebViews::scriptsDoNotRun()
{
    // Two locks: JavascriptEnabled=false, and the page's CSP has no script-src.
    QVERIFY(render(QStringLiteral("<p id=\"x\">before</p><script>document.getElementById('x').textContent='after';"
                                  "document.title='ran'</script><img src=\"data:,\" onerror=\"document.title='ran'\">"),
                   false));
    const QString dom = domHtml();
    QVERIFY(dom.contains(QStringLiteral(">before<")));
    QVERIFY(!dom.contains(QStringLiteral(">after<")));
    QVERIFY(m_view->page()->title() != QStringLiteral("ran"));
}

void TestWebViews::linkClickIsReportedNotFollowed()
{
    // Big blocks so a click at a fixed point lands on them without layout queries (no JS to ask).
    const QString body = QStringLiteral("<a href=\"https://example.com/clicked\" style=\"display:block;height:200px\">link</a>"
                                        "<a href=\"https://example.com/blank\" target=\"_blank\" style=\"display:block;height:200px\">new window</a>");
    QVERIFY(render(body, false));
    const QUrl document = m_view->page()->url();
    QCOMPARE(document.scheme(), QStringLiteral("repdesk-thread"));
    m_links.clear();
    m_rendered.clear();
    m_blocked.clear();

    clickAt(QPoint(120, 100));
    QVERIFY(spinUntil([this] { return !m_links.isEmpty(); }, 10000));
    QCOMPARE(m_links, QList<QUrl>{QUrl(QStringLiteral("https://example.com/clicked"))});
    clickAt(QPoint(120, 300));
    QVERIFY(spinUntil([this] { return m_links.size() == 2; }, 10000));
    QCOMPARE(m_links.last(), QUrl(QStringLiteral("https://example.com/blank")));
    settle();
    QCOMPARE(m_view->page()->url(), document);
    // Had the page accepted the navigation, the interceptor would have had to stop its request.
    QVERIFY(m_blocked.isEmpty());
    // The refused navigations must not look like a failed render to the host.
    QVERIFY(m_rendered.isEmpty());
}

void TestWebViews::contextMenuHasOnlySafeActions()
{
    QVERIFY(render(QStringLiteral("<a href=\"https://example.com/menu\" style=\"display:block;height:300px\">link</a>"), false));
    QStringList entries;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator())
                    entries << a->text();
            }
            menu->close();
            poll.stop();
        }
    });
    poll.start(50);
    clickAt(QPoint(120, 100), Qt::RightButton);
    QVERIFY(spinUntil([&] { return !entries.isEmpty(); }, 10000));
    QCOMPARE(entries, (QStringList{QStringLiteral("&Copy"), QStringLiteral("Copy &Link Address"), QStringLiteral("Select &All")}));
}

void TestWebViews::largeThreadsRender()
{
    const ThreadRender r = ThreadHtmlBuilder::build(generatedThread(240));
    QVERIFY(render(r.html, false));
    QCOMPARE(domHtml().count(QStringLiteral("<article ")), 240);

    // Over setHtml()'s 2 MB data: URL limit, which the scheme handler does not have.
    QString huge = r.html;
    while (huge.toUtf8().size() < 3 * 1024 * 1024)
        huge += r.html;
    QVERIFY(render(huge, false));
    QVERIFY(domHtml().size() > 3 * 1024 * 1024);
}

void TestWebViews::placeholderColorsAndFind()
{
    m_rendered.clear();
    m_display->showPlaceholder(QStringLiteral("Select a <conversation>"));
    QVERIFY(spinUntil([this] { return !m_rendered.isEmpty(); }, 30000));
    QCOMPARE(m_rendered, QList<bool>{true});
    QVERIFY(domHtml().contains(QStringLiteral("Select a &lt;conversation&gt;")));

    m_rendered.clear();
    m_display->setColors(QStringLiteral("#202124"), QStringLiteral("#e8eaed"), QStringLiteral("#111111"),
                         QStringLiteral("#3366ff"), QStringLiteral("#444444"));
    QVERIFY(spinUntil([this] { return !m_rendered.isEmpty(); }, 30000));
    QCOMPARE(m_rendered, QList<bool>{true});
    QString dom = domHtml();
    QVERIFY(dom.contains(QStringLiteral("--bg:#111111")));
    QVERIFY(dom.contains(QStringLiteral("color-scheme:dark")));

    m_rendered.clear();
    m_display->setColors(QStringLiteral("red;}</style><script>x</script>"), QStringLiteral("#000"), QStringLiteral("#fff"),
                         QStringLiteral("#00f"), QStringLiteral("#888"));
    settle();
    QVERIFY(m_rendered.isEmpty());

    QVERIFY(render(QStringLiteral("<p>needle one</p><p>needle two</p>"), false));
    int matches = -1;
    QObject::connect(m_view->page(), &QWebEnginePage::findTextFinished, m_view,
                     [&](const QWebEngineFindTextResult &result) { matches = result.numberOfMatches(); });
    m_display->findText(QStringLiteral("needle"));
    QVERIFY(spinUntil([&] { return matches >= 0; }, 10000));
    QCOMPARE(matches, 2);
}

void TestWebViews::keyboardScrollsWithoutScript()
{
    QVERIFY(render(ThreadHtmlBuilder::build(generatedThread(40)).html, false));
    QCOMPARE(m_view->page()->scrollPosition().y(), 0.0);
    m_view->activateWindow();
    m_view->setFocus();
    QWidget *target = m_view->focusProxy() ? m_view->focusProxy() : m_view;
    QTest::keyClick(target, Qt::Key_PageDown);
    QVERIFY(spinUntil([this] { return m_view->page()->scrollPosition().y() > 100; }, 5000));
    QTest::keyClick(target, Qt::Key_End);
    const qreal afterPageDown = m_view->page()->scrollPosition().y();
    QVERIFY(spinUntil([&] { return m_view->page()->scrollPosition().y() > afterPageDown; }, 5000));
}

void TestWebViews::loaderSkipsImpostors()
{
    // A library named like the plugin but without its IID is rejected from its metadata, never run.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString impostor = dir.filePath(QStringLiteral("librepdesk_webviews.so"));
    QFile fake(impostor);
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write(QByteArray("\x7f" "ELF not really a plugin"));
    fake.close();

    qputenv("REPDESK_PLUGIN_DIR", QFile::encodeName(dir.path()));
    WebViewsLoader loader;
    loader.addSearchDir(QStringLiteral("/nonexistent"));
    const QStringList dirs = loader.searchDirs();
    qunsetenv("REPDESK_PLUGIN_DIR");
    QCOMPARE(dirs.value(0), QStringLiteral("/nonexistent"));
    QCOMPARE(dirs.value(1), dir.path());
    QCOMPARE(dirs.value(2), QCoreApplication::applicationDirPath());
    QVERIFY(dirs.contains(QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/repdesk/plugins")));

    WebViewsLoader impostorOnly;
    impostorOnly.addSearchDir(dir.path());
    qputenv("REPDESK_PLUGIN_DIR", QFile::encodeName(dir.path()));
    WebViewsPlugin *plugin = impostorOnly.load();
    qunsetenv("REPDESK_PLUGIN_DIR");
    // The impostor is skipped and the real plugin is still found further down the list.
    QVERIFY2(plugin, qPrintable(impostorOnly.errorString()));
    QVERIFY(impostorOnly.loadedFrom() != impostor);
}

void TestWebViews::cleanupTestCase()
{
    m_display.reset();
    pause(100);
}

int main(int argc, char **argv)
{
    // For running by hand; ctest sets these too. Never in shipped code.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // What the app must do too: WebEngine arrives later, as a plugin.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestWebViews test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webviews.moc"
