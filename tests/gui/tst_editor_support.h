#pragma once

// Shared fixture of the reply editor tests: the editor comes from the
// repdesk_webviews plugin, loaded as the app loads it, with the real
// HtmlSanitizer (forEditor) as `sanitize`. Waiting uses EventLoopWait.h:
// QTest's waits make WebEngine about 100x slower.

#include "EventLoopWait.h"
#include "HtmlSanitizer.h"
#include "WebViewsLoader.h"
#include "webapi/ReplyEditor.h"
#include "webapi/WebViewsPlugin.h"

#include <QApplication>
#include <QJsonDocument>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>

#include <memory>
#include <optional>

namespace repdesk::testsupport {

struct EditorChange
{
    QString html;
    bool dirty = false;
    int words = 0;
};

class EditorFixture
{
public:
    // Loads the plugin and creates the shown editor; false (with a message) on failure.
    bool setUp(QString *error)
    {
        m_loader.addSearchDir(QStringLiteral(REPDESK_TEST_PLUGIN_DIR));
        plugin = m_loader.load();
        if (!plugin) {
            *error = m_loader.errorString();
            return false;
        }
        editor.reset(create());
        view = qobject_cast<QWebEngineView *>(editor->widget());
        if (!view) {
            *error = QStringLiteral("widget() is not a QWebEngineView");
            return false;
        }
        view->resize(800, 500);
        view->show();
        if (!QTest::qWaitForWindowExposed(view) || !spinUntil([this] { return readyCount > 0; }, 30000)) {
            *error = QStringLiteral("the editor never became ready");
            return false;
        }
        return true;
    }

    // A second editor with the same callbacks wired (ready count aside); the caller owns it.
    ReplyEditor *create()
    {
        ReplyEditor *e = plugin->createReplyEditor(nullptr);
        e->sanitize = [this](const QString &html) {
            ++sanitizeCalls;
            SanitizeOptions options;
            options.forEditor = true;
            return HtmlSanitizer::sanitize(html, options).html;
        };
        e->onReady = [this] { ++readyCount; };
        e->onChanged = [this](const QString &html, bool dirty, int words) { changes << EditorChange{html, dirty, words}; };
        e->onSaveRequested = [this, e] { actions << QStringLiteral("save:") + e->html(); };
        e->onSendRequested = [this] { actions << QStringLiteral("send"); };
        e->onTemplateRequested = [this] { actions << QStringLiteral("template"); };
        e->onLinkActivated = [this](const QUrl &url) { links << url; };
        return e;
    }

    void tearDown()
    {
        editor.reset();
        pause(100);
    }

    // Runs `script` in the page (main world unless told) and returns its value.
    QVariant js(const QString &script, quint32 world = QWebEngineScript::MainWorld, QWebEngineView *in = nullptr)
    {
        auto result = std::make_shared<std::optional<QVariant>>();
        (in ? in : view)->page()->runJavaScript(script, world, [result](const QVariant &v) { *result = v; });
        if (!spinUntil([result] { return result->has_value(); }, 10000))
            qWarning("runJavaScript did not answer: %s", qPrintable(script.left(80)));
        return result->value_or(QVariant());
    }

    // Waits for the next onChanged after `from` changes and returns the last.
    std::optional<EditorChange> waitChange(qsizetype from, int timeoutMs = 5000)
    {
        if (!spinUntil([&] { return changes.size() > from; }, timeoutMs))
            return std::nullopt;
        return changes.last();
    }

    // setHtml() and wait until the page applied it.
    bool setHtml(const QString &html)
    {
        const qsizetype from = changes.size();
        editor->setHtml(html);
        return waitChange(from).has_value();
    }

    QString requestHtml()
    {
        auto result = std::make_shared<std::optional<QString>>();
        editor->requestHtml([result](const QString &html) { *result = html; });
        spinUntil([result] { return result->has_value(); }, 10000);
        return result->value_or(QStringLiteral("<no answer>"));
    }

    // Selects the whole body, as a user's Ctrl+A inside it would.
    void selectAll()
    {
        js(QStringLiteral("(function(){var b=document.getElementById('body');b.focus();"
                          "var r=document.createRange();r.selectNodeContents(b);"
                          "var s=getSelection();s.removeAllRanges();s.addRange(r);})()"));
    }

    // An editing action in the page, then the debounced change it causes.
    std::optional<EditorChange> edit(const QString &script)
    {
        const qsizetype from = changes.size();
        js(script);
        return waitChange(from);
    }

    QWidget *keyTarget() const { return view->focusProxy() ? view->focusProxy() : view; }

    // Makes the view's window active and focused, as shortcuts require.
    bool activate()
    {
        view->activateWindow();
        view->setFocus();
        return spinUntil([this] { return QApplication::activeWindow() == view->window(); }, 5000);
    }

    WebViewsPlugin *plugin = nullptr;
    std::unique_ptr<ReplyEditor> editor;
    QWebEngineView *view = nullptr;
    int readyCount = 0;
    int sanitizeCalls = 0;
    QList<EditorChange> changes;
    QStringList actions;
    QList<QUrl> links;

private:
    WebViewsLoader m_loader;
};

// What the app must do too, plus the offscreen defaults for running by hand.
inline void prepareApplication()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace repdesk::testsupport
