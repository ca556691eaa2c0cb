#include "WebReplyEditor.h"

#include "EditorBridge.h"
#include "EditorContextMenu.h"
#include "EditorLabels.h"
#include "EditorPage.h"
#include "EditorRequestInterceptor.h"
#include "EditorShortcuts.h"
#include "ThreadPage.h"
#include "ThreadPalette.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineView>

namespace repdesk {

namespace {

// execCommand() names the page runs; createLink and formatBlock take a value.
bool isKnownCommand(const QString &name)
{
    static const QStringList known = {
        QStringLiteral("bold"), QStringLiteral("italic"), QStringLiteral("underline"),
        QStringLiteral("insertUnorderedList"), QStringLiteral("insertOrderedList"), QStringLiteral("createLink"),
        QStringLiteral("formatBlock"), QStringLiteral("removeFormat"), QStringLiteral("undo"), QStringLiteral("redo")};
    return known.contains(name);
}

} // namespace

WebReplyEditor::WebReplyEditor(QWebEngineProfile *profile, QWidget *parent) : m_view(new QWebEngineView(parent))
{
    m_view->setObjectName(QStringLiteral("replyEditorView"));
    m_view->setAccessibleName(QCoreApplication::translate("WebReplyEditor", "Reply editor"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(m_view, &QWidget::customContextMenuRequested, m_view,
                     [view = m_view.data()](const QPoint &pos) { EditorContextMenu::exec(view, pos); });

    // The page is a child of the view, the interceptor and channel children of
    // the page: Qt deletes them in that order, so the page never outlives them.
    m_page = new EditorPage(profile, m_view);
    m_page->setObjectName(QStringLiteral("replyEditorPage"));
    m_page->setUrlRequestInterceptor(new EditorRequestInterceptor(m_page));
    auto *channel = new QWebChannel(m_page);
    m_bridge = new EditorBridge(channel);
    channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(channel, EditorPage::scriptWorld);
    m_view->setPage(m_page);

    m_options.insert(QStringLiteral("readOnly"), false);
    m_page->onLinkActivated = [this](const QUrl &url) { activateLink(url); };
    QObject::connect(m_page, &QWebEnginePage::renderProcessTerminated, m_view, [this] { rendererGone(); });
    connectBridge();
    new EditorShortcuts(
        m_view, [this] { return m_channelUp; }, [this](const QString &action) { triggerShortcut(action); });
    m_page->loadEditor();
}

WebReplyEditor::~WebReplyEditor()
{
    // Deleting the view takes the page, channel and bridge with it; their lambdas capture `this`.
    delete m_view.data();
}

QWidget *WebReplyEditor::widget()
{
    return m_view;
}

void WebReplyEditor::connectBridge()
{
    m_bridge->onHello = [this] { return hello(); };
    m_bridge->onReady = [this](int generation, const QString &html, int words) { pageReady(generation, html, words); };
    m_bridge->onChanged = [this](int generation, const QString &html, int words) {
        pageChanged(generation, html, words, true);
    };
    m_bridge->onApplied = [this](int generation, const QString &html, int words) {
        pageChanged(generation, html, words, false);
    };
    m_bridge->onContent = [this](int id, int generation, const QString &html, int words) {
        pageContent(id, generation, html, words);
    };
    m_bridge->onSanitizePaste = [this](const QString &html, const QString &text) { return sanitizedPaste(html, text); };
    m_bridge->onShortcut = [this](const QString &name) { dispatchShortcut(name); };
    m_bridge->onLinkActivated = [this](const QString &url) { activateLink(QUrl(url, QUrl::StrictMode)); };
}

QJsonObject WebReplyEditor::hello()
{
    m_channelUp = true;
    QJsonObject options = m_options;
    const QJsonObject labels = EditorLabels::options();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        options.insert(it.key(), it.value());
    options.insert(QStringLiteral("lang"), QLocale().bcp47Name());
    QJsonObject init{{QStringLiteral("options"), options}, {QStringLiteral("focus"), m_focusPending}};
    if (m_contentPending) {
        init.insert(QStringLiteral("generation"), m_generation);
        init.insert(QStringLiteral("html"), m_html);
    }
    init.insert(QStringLiteral("inserts"), QJsonArray::fromStringList(m_pendingInserts));
    m_contentPending = false;
    m_pendingInserts.clear();
    m_focusPending = false;
    return init;
}

void WebReplyEditor::pageReady(int generation, const QString &html, int words)
{
    m_ready = true;
    m_reloads = 0;
    if (generation == m_generation) {
        m_html = html;
        m_words = words;
    }
    if (onReady)
        onReady();
}

void WebReplyEditor::pageChanged(int generation, const QString &html, int words, bool edited)
{
    // About content a later setHtml() has replaced: the page has already dropped it too.
    if (generation != m_generation)
        return;
    m_html = html;
    m_words = words;
    if (edited)
        m_dirty = true;
    if (onChanged)
        onChanged(m_html, m_dirty, m_words);
}

void WebReplyEditor::pageContent(int requestId, int generation, const QString &html, int words)
{
    const auto it = m_requests.find(requestId);
    if (it == m_requests.end())
        return;
    const std::function<void(const QString &)> callback = std::move(it->second);
    m_requests.erase(it);
    if (generation == m_generation) {
        m_html = html;
        m_words = words;
    }
    callback(m_html);
}

QString WebReplyEditor::sanitized(const QString &html) const
{
    if (sanitize)
        return sanitize(html);
    // The host's own HTML is trusted then; the page's CSP and interceptor still hold.
    qWarning("repdesk_webviews: ReplyEditor::sanitize is not set");
    return html;
}

QString WebReplyEditor::sanitizedPaste(const QString &html, const QString &text) const
{
    const QString candidate = html.isEmpty() ? plainTextToHtml(text) : html;
    if (sanitize)
        return sanitize(candidate);
    // Without the host's sanitiser, outside HTML is never trusted: only its plain text goes in.
    qWarning("repdesk_webviews: ReplyEditor::sanitize is not set; pasting plain text");
    return plainTextToHtml(text);
}

QString WebReplyEditor::plainTextToHtml(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (normalised.trimmed().isEmpty())
        return {};
    static const QRegularExpression blankLines(QStringLiteral("\n{2,}"));
    QString out;
    for (const QString &paragraph : normalised.split(blankLines)) {
        QString escaped = paragraph.toHtmlEscaped();
        escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        out += QLatin1String("<p>") + escaped + QLatin1String("</p>");
    }
    return out;
}

void WebReplyEditor::setHtml(const QString &html)
{
    ++m_generation;
    m_html = sanitized(html);
    m_dirty = false;
    if (!m_view)
        return;
    if (m_channelUp) {
        emit m_bridge->contentReplaced(m_generation, m_html);
        return;
    }
    m_contentPending = true;
    m_pendingInserts.clear();
}

void WebReplyEditor::insertHtml(const QString &html)
{
    const QString clean = sanitized(html);
    if (clean.isEmpty() || !m_view)
        return;
    if (m_channelUp)
        emit m_bridge->htmlInserted(clean);
    else
        m_pendingInserts << clean;
}

void WebReplyEditor::requestHtml(std::function<void(const QString &html)> callback)
{
    if (!callback)
        return;
    if (!m_channelUp || !m_view) {
        // Nothing newer than m_html exists yet; answer asynchronously all the same.
        if (m_view)
            QTimer::singleShot(0, m_view, [callback, html = m_html] { callback(html); });
        else
            callback(m_html);
        return;
    }
    const int id = ++m_lastRequest;
    m_requests.emplace(id, std::move(callback));
    emit m_bridge->contentRequested(id);
}

void WebReplyEditor::markClean()
{
    m_dirty = false;
}

void WebReplyEditor::execCommand(const QString &command)
{
    const qsizetype colon = command.indexOf(QLatin1Char(':'));
    const QString name = command.left(colon);
    const QString value = colon < 0 ? QString() : command.mid(colon + 1);
    const bool valid = isKnownCommand(name)
        && (name != QLatin1String("createLink") || ThreadPage::isExternalLink(QUrl(value, QUrl::StrictMode)))
        && (name != QLatin1String("formatBlock") || value == QLatin1String("blockquote"));
    if (!valid) {
        qWarning("repdesk_webviews: ignoring editor command %s", qPrintable(command));
        return;
    }
    if (!m_channelUp || !m_view) {
        qWarning("repdesk_webviews: editor not ready, dropping command %s", qPrintable(name));
        return;
    }
    emit m_bridge->commandRequested(name, value);
}

void WebReplyEditor::focusEditor()
{
    if (!m_view)
        return;
    m_view->setFocus(Qt::OtherFocusReason);
    if (m_channelUp)
        emit m_bridge->focusRequested();
    else
        m_focusPending = true;
}

void WebReplyEditor::setOption(const QString &key, const QJsonValue &value)
{
    m_options.insert(key, value);
    if (m_channelUp && m_view)
        emit m_bridge->optionsChanged(QJsonObject{{key, value}});
}

void WebReplyEditor::setPlaceholder(const QString &text)
{
    setOption(QStringLiteral("placeholder"), text);
}

void WebReplyEditor::setReadOnly(bool readOnly)
{
    setOption(QStringLiteral("readOnly"), readOnly);
}

void WebReplyEditor::setColors(const QString &window, const QString &text, const QString &base,
                               const QString &highlight, const QString &mid)
{
    // Parsed into QColors first, so nothing the host passes can inject CSS.
    const std::optional<ThreadPalette> palette = ThreadPalette::fromCss(window, text, base, highlight, mid);
    if (!palette) {
        qWarning("repdesk_webviews: ignoring invalid colours");
        return;
    }
    if (m_view)
        m_page->setBackgroundColor(palette->background()); // no white flash while a dark page loads
    // The literal body colour: see editor.css on why it cannot be var(--fg).
    setOption(QStringLiteral("palette"),
              palette->cssRules() + QStringLiteral("body{color:%1;}").arg(QColor(text.trimmed()).name(QColor::HexRgb)));
}

void WebReplyEditor::triggerShortcut(const QString &name)
{
    // Through the page when it is up, so its pending edit reaches html() before the host's handler runs.
    if (m_channelUp)
        emit m_bridge->shortcutRequested(name);
    else
        dispatchShortcut(name);
}

void WebReplyEditor::dispatchShortcut(const QString &name)
{
    std::function<void()> handler;
    if (name == QLatin1String("save"))
        handler = onSaveRequested;
    else if (name == QLatin1String("send"))
        handler = onSendRequested;
    else if (name == QLatin1String("template"))
        handler = onTemplateRequested;
    if (handler)
        handler();
}

void WebReplyEditor::activateLink(const QUrl &url)
{
    if (onLinkActivated && ThreadPage::isExternalLink(url))
        onLinkActivated(url);
}

void WebReplyEditor::rendererGone()
{
    // The new page starts empty: it gets the last content we know of (edits
    // within the last debounce interval are lost) and keeps the dirty flag.
    m_channelUp = false;
    m_ready = false;
    m_contentPending = true;
    auto requests = std::move(m_requests);
    m_requests.clear();
    for (auto &request : requests)
        request.second(m_html);
    if (++m_reloads > 3) {
        qWarning("repdesk_webviews: the editor's renderer keeps failing; giving up");
        return;
    }
    QTimer::singleShot(0, m_page, [page = m_page] { page->loadEditor(); });
}

} // namespace repdesk
