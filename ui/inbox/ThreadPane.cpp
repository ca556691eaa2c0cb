#include "ThreadPane.h"

#include "FolderListModel.h"
#include "LogCategories.h"
#include "ThreadFold.h"
#include "ThreadHtmlBuilder.h"
#include "WebViewsLoader.h"
#include "common/WebPalette.h"
#include "webapi/ThreadDisplay.h"
#include "webapi/WebViewsPlugin.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cstdio>
#include <utility>

namespace repdesk {

namespace {

// Install-test hook (tests/ci/stage-30-package.sh): with REPDESK_REPORT_WEBVIEWS set, say where
// the WebEngine plugin came from and whether its first page rendered, then quit. An installed
// package must load it from its own lib/repdesk/plugins, not from a build tree. Inert otherwise.
void reportWebViews(const QString &line)
{
    static const bool report = qEnvironmentVariableIsSet("REPDESK_REPORT_WEBVIEWS");
    if (!report)
        return;
    std::printf("webviews: %s\n", qPrintable(line));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace

ThreadPane::ThreadPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(this);
    auto *hl = new QVBoxLayout(header);
    hl->setContentsMargins(12, 8, 12, 8);
    m_title = new QLabel(header);
    m_title->setTextFormat(Qt::PlainText);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(header);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    hl->addWidget(m_title);
    hl->addWidget(m_subtitle);
    layout->addWidget(header);

    m_remoteBar = new QFrame(this);
    m_remoteBar->setAutoFillBackground(true);
    m_remoteBar->setBackgroundRole(QPalette::AlternateBase);
    auto *rl = new QHBoxLayout(m_remoteBar);
    rl->setContentsMargins(12, 4, 12, 4);
    m_remoteLabel = new QLabel(m_remoteBar);
    m_remoteLabel->setTextFormat(Qt::PlainText);
    m_remoteButton = new QPushButton(tr("Load remote images"), m_remoteBar);
    m_remoteButton->setAccessibleName(tr("Load remote images for this conversation"));
    rl->addWidget(m_remoteLabel, 1);
    rl->addWidget(m_remoteButton);
    m_remoteBar->hide();
    layout->addWidget(m_remoteBar);
    connect(m_remoteButton, &QPushButton::clicked, this, [this] {
        m_remoteAllowed.insert(m_content.conversation.conversationId);
        render();
    });

    // Above the messages, where the earlier ones would be.
    m_earlier = new QPushButton(this);
    m_earlier->setFlat(true);
    m_earlier->setFocusPolicy(Qt::TabFocus);
    m_earlier->hide();
    layout->addWidget(m_earlier, 0, Qt::AlignLeft);
    connect(m_earlier, &QPushButton::clicked, this, [this] {
        m_unfolded.insert(m_content.conversation.conversationId);
        render();
    });

    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);
    layout->addWidget(m_stack, 1);
    setAccessibleName(tr("Conversation thread"));
    showPlaceholder(tr("Select a conversation to read it."));
}

ThreadPane::~ThreadPane() = default;

void ThreadPane::showPlaceholder(const QString &text)
{
    m_title->clear();
    m_subtitle->clear();
    m_remoteBar->hide();
    m_earlier->hide();
    m_hidden = 0;
    m_content = {};
    m_placeholder->setText(text);
    m_placeholder->setAccessibleName(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void ThreadPane::warmUp()
{
    if (m_triedPlugin)
        return;
    QPointer<QWidget> hadFocus = QApplication::focusWidget();
    ensureView();
    if (!m_display || m_stack->currentWidget() != m_placeholder)
        return;
    // The same words in the web view: mapping it now (not on the first click)
    // starts its renderer and compositor while nobody waits.
    m_displayShowsThread = false;
    m_displayLoading = true;
    m_warming = true;
    m_display->showPlaceholder(m_placeholder->text());
    m_stack->setCurrentWidget(m_display->widget());
    // Mapping the first WebEngine view can take the window's input focus away
    // (seen without a window manager); give it back to where the user was.
    for (int delay : {0, 300})
        QTimer::singleShot(delay, this, [this, hadFocus] {
            if (hadFocus && !QApplication::focusWidget()) {
                window()->activateWindow();
                hadFocus->setFocus();
            }
        });
}

void ThreadPane::ensureView()
{
    if (m_triedPlugin)
        return;
    m_triedPlugin = true;
    WebViewsLoader loader;
    if (WebViewsPlugin *plugin = loader.load()) {
        m_display.reset(plugin->createThreadDisplay(m_stack));
        m_display->onRendered = [this, from = loader.loadedFrom()](bool ok) {
            m_displayLoading = false;
            // The warm-up's placeholder is not a render anyone asked for.
            if (std::exchange(m_warming, false)) {
                reportWebViews(QStringLiteral("loaded %1 rendered=%2").arg(from, ok ? QStringLiteral("ok") : QStringLiteral("failed")));
                return;
            }
            Q_EMIT rendered(ok);
        };
        m_display->onLinkActivated = [this](const QUrl &url) { Q_EMIT linkActivated(url); };
        m_display->onRequestBlocked = [this](const QUrl &url) { Q_EMIT requestBlocked(url); };
        m_display->widget()->setAccessibleName(tr("Messages"));
        m_stack->addWidget(m_display->widget());
        WebPalette::follow(m_display.get());
        return;
    }
    qCWarning(lcUi) << "thread view plugin unavailable, using the plain viewer:" << loader.errorString();
    Q_EMIT webViewsUnavailable(loader.errorString());
    reportWebViews(QStringLiteral("unavailable: ") + loader.errorString());
    m_fallback = new QTextBrowser(m_stack);
    m_fallback->setOpenLinks(false);
    m_fallback->setAccessibleName(tr("Messages"));
    connect(m_fallback, &QTextBrowser::anchorClicked, this, &ThreadPane::linkActivated);
    m_stack->addWidget(m_fallback);
}

void ThreadPane::showThread(const ThreadContent &content)
{
    m_content = content;
    render();
}

QString ThreadPane::subtitle() const
{
    return m_subtitle->text();
}

void ThreadPane::updateConversation(const Conversation &conversation)
{
    if (conversation.conversationId != m_content.conversation.conversationId || conversation.conversationId.isEmpty())
        return;
    m_content.conversation = conversation;
    renderHeader();
}

void ThreadPane::renderHeader()
{
    QString name = m_content.contact ? m_content.contact->name : QString();
    if (name.isEmpty() && m_content.contact)
        name = m_content.contact->email;
    m_title->setText(name.isEmpty() ? tr("Unknown contact") : name);
    m_subtitle->setText(tr("%1 · %n message(s)", nullptr, m_content.messages.size())
                            .arg(FolderListModel::displayName(m_content.conversation.folder)));
}

void ThreadPane::render()
{
    ensureView();
    const Conversation &c = m_content.conversation;
    renderHeader();
    m_content.allowRemoteImages = m_remoteAllowed.contains(c.conversationId);
    const bool unfolded = m_unfolded.contains(c.conversationId);
    const int fold = ThreadFold::firstShown(m_content.messages, m_recent);
    m_hidden = unfolded ? 0 : fold;
    ThreadContent shown = m_content;
    if (m_hidden > 0)
        shown.messages = m_content.messages.mid(m_hidden);
    shown.earlierMessages = m_hidden;
    m_earlier->setText(tr("Show %n earlier message(s)", nullptr, m_hidden));
    m_earlier->setAccessibleName(m_earlier->text());
    m_earlier->setVisible(m_hidden > 0);
    // Articles are numbered from 1 in the shown list. Folded: the contact's latest
    // message (the view clamps to the end, so the newest shows too); unfolded:
    // the last of the earlier ones, where the reader left off.
    const int inbound = ThreadFold::lastInbound(shown.messages);
    const int target = unfolded && fold > 0 ? fold : inbound >= 0 ? inbound + 1 : int(shown.messages.size());
    const QString anchor = target > 0 ? QStringLiteral("msg-%1").arg(target) : QString();
    const ThreadRender out = ThreadHtmlBuilder::build(shown);
    // Opening a conversation reports its content several times within a few
    // milliseconds (cached messages, then its contact, agents...), mostly unchanged:
    // reloading the same document would only restart the load the user waits for.
    const bool unchanged = m_display && m_displayShowsThread && out.html == m_lastHtml && anchor == m_shownAnchor
                        && m_content.allowRemoteImages == m_shownRemote;
    m_lastHtml = out.html;
    m_blocked = out.blockedRemoteImages;
    setRemoteBar(out.blockedRemoteImages);
    if (unchanged) {
        m_stack->setCurrentWidget(m_display->widget());
        // Still one rendered() per showThread(): at once if the document is already there.
        if (!m_displayLoading)
            QTimer::singleShot(0, this, [this] { Q_EMIT rendered(true); });
    } else if (m_display) {
        m_displayShowsThread = true;
        m_displayLoading = true;
        m_warming = false;
        m_shownAnchor = anchor;
        m_shownRemote = m_content.allowRemoteImages;
        m_display->showThread(out.html, m_content.allowRemoteImages, anchor);
        m_stack->setCurrentWidget(m_display->widget());
    } else {
        m_fallback->setHtml(out.html);
        m_stack->setCurrentWidget(m_fallback);
        m_fallback->verticalScrollBar()->setValue(m_fallback->verticalScrollBar()->maximum());
        Q_EMIT rendered(true);
    }
}

void ThreadPane::setRemoteBar(int blocked)
{
    if (blocked <= 0) {
        m_remoteBar->hide();
        return;
    }
    m_remoteLabel->setText(tr("%n remote image(s) blocked to protect your privacy.", nullptr, blocked));
    m_remoteBar->show();
}

} // namespace repdesk
