#include "review/ReviewWorkspace.h"

#include "AccountSession.h"
#include "ContactDirectory.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "ReviewDiscovery.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"
#include "WebViewsLoader.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "compose/ReplyEditorFactory.h"
#include "review/ReviewDraftPane.h"
#include "review/ReviewQueueView.h"
#include "review/ReviewSummary.h"
#include "review/ReviewThreadPane.h"
#include "review/ReviewUndoBar.h"
#include "webapi/ReplyEditor.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace repdesk {

ReviewWorkspace::ReviewWorkspace(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Review"));
    buildUi();
    installKeys();
    setSession(nullptr);
}

ReviewWorkspace::~ReviewWorkspace() = default;

void ReviewWorkspace::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(this);
    m_splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    m_summary = new ReviewSummary(left);
    m_queue = new ReviewQueueView(left);
    m_queue->setMinimumWidth(280);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_queue, 1);

    m_right = new QStackedWidget(m_splitter);
    m_draftSplitter = new QSplitter(Qt::Vertical, m_right);
    m_draftSplitter->setChildrenCollapsible(false);
    m_thread = new ReviewThreadPane(m_draftSplitter);
    m_draft = new ReviewDraftPane(
        [](QWidget *parent) {
            // The inbox's editor, from the same plugin as the thread view; a plain editor without it.
            WebViewsLoader loader;
            return ReplyEditorFactory::create(loader.load(), parent).release();
        },
        m_draftSplitter);
    m_draftSplitter->setStretchFactor(0, 3);
    m_draftSplitter->setStretchFactor(1, 2);
    m_draftSplitter->setSizes({420, 300});
    m_nothing = new EmptyStateWidget(m_right);
    m_right->addWidget(m_draftSplitter);
    m_right->addWidget(m_nothing);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 920});
    layout->addWidget(m_splitter, 1);
    m_undo = new ReviewUndoBar(this);
    m_undo->setNames([this](const QString &id) { return nameOf(id); });
    layout->addWidget(m_undo);

    connect(m_banner, &ErrorBanner::retryRequested, this, &ReviewWorkspace::refresh);
    connect(m_queue, &ReviewQueueView::nextRequested, this, [this] {
        if (m_session)
            m_session->next();
    });
    connect(m_queue, &ReviewQueueView::previousRequested, this, [this] {
        if (m_session)
            m_session->previous();
    });
    connect(m_queue, &ReviewQueueView::conversationChosen, this, [this](const QString &id) {
        // Rows no longer waiting (sent, discarded, on their way) cannot be shown: the cursor goes back.
        if (m_session && !m_session->show(id))
            m_queue->showConversation(m_session->shownConversationId());
    });
    connect(m_queue, &ReviewQueueView::editRequested, this, &ReviewWorkspace::edit);
    connect(m_queue, &ReviewQueueView::skipRequested, this, &ReviewWorkspace::skip);
    connect(m_queue, &ReviewQueueView::undoRequested, this, &ReviewWorkspace::undo);
    connect(m_queue, &ReviewQueueView::changesToggleRequested, this, &ReviewWorkspace::toggleChanges);
    connect(m_draft, &ReviewDraftPane::approveRequested, this, &ReviewWorkspace::approve);
    connect(m_draft, &ReviewDraftPane::saveRequested, this, &ReviewWorkspace::save);
    connect(m_draft, &ReviewDraftPane::discardRequested, this, &ReviewWorkspace::discard);
    connect(m_draft, &ReviewDraftPane::skipRequested, this, &ReviewWorkspace::skip);
    connect(m_draft, &ReviewDraftPane::escapeRequested, this, &ReviewWorkspace::backToQueue);
    connect(m_undo, &ReviewUndoBar::undoRequested, this, &ReviewWorkspace::undo);
    connect(m_thread, &ReviewThreadPane::linkActivated, this, &ReviewWorkspace::linkActivated);
    connect(m_thread, &ReviewThreadPane::webViewsUnavailable, this,
            [this](const QString &reason) { m_banner->showMessage(reason, ErrorBanner::Kind::Info, false); });
}

void ReviewWorkspace::installKeys()
{
    // Workspace-wide, so they also work from the Cc field or a button. In the editor the
    // page takes Ctrl+Enter and Ctrl+S itself (EditorShortcuts) and calls back the same actions.
    const auto add = [this](const QList<QKeySequence> &keys, void (ReviewWorkspace::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}, &ReviewWorkspace::approve);
    add({QKeySequence::Save}, &ReviewWorkspace::save);
    add({QKeySequence(Qt::CTRL | Qt::Key_Delete)}, &ReviewWorkspace::discard);
    add({QKeySequence(Qt::CTRL | Qt::Key_Z)}, &ReviewWorkspace::undo);
    add({QKeySequence(Qt::Key_Escape)}, &ReviewWorkspace::backToQueue);
}

void ReviewWorkspace::setOrganization(OrganizationSession *organization)
{
    if (m_organization == organization)
        return;
    m_organization = organization;
    // The next organization's queue is taken (and started) on the next showing.
    setSession(nullptr);
    if (organization && isVisible())
        attach();
}

void ReviewWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    attach();
}

void ReviewWorkspace::attach()
{
    if (!m_organization)
        return;
    connect(m_organization->account(), &AccountSession::onlineChanged, this, &ReviewWorkspace::updateStates,
            Qt::UniqueConnection);
    ReviewSession *s = m_organization->review();
    if (s != m_session)
        setSession(s);
    // The editor is a WebEngine page: created when the workspace is first on screen.
    if (!m_draft->editor()) {
        m_draft->activate();
        keepFocus();
    }
    if (!s->isStarted())
        s->start();
    updateStates();
}

void ReviewWorkspace::keepFocus()
{
    // Mapping the first WebEngine views (the editor now, the thread view once it renders) can
    // take the window's input focus away (seen without a window manager): the keys, shortcuts
    // included, would stop working. Give it back to where the reviewer was, for a moment only,
    // so a reviewer who went to another application is left alone.
    QPointer<QWidget> hadFocus = QApplication::focusWidget();
    if (!hadFocus || !isAncestorOf(hadFocus))
        hadFocus = m_queue;
    for (int delay : {0, 300, 1000, 2000})
        QTimer::singleShot(delay, this, [this, hadFocus] {
            if (hadFocus && isVisible() && !QApplication::focusWidget()) {
                window()->activateWindow();
                hadFocus->setFocus();
            }
        });
}

void ReviewWorkspace::setSession(ReviewSession *session)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->queue()->disconnect(this);
        m_session->discovery()->disconnect(this);
        m_session->thread()->disconnect(this);
    }
    disconnect(m_contactsChanged);
    m_session = session;
    m_undo->clear();
    m_discoveredOnce = false;
    m_banner->hideBanner();
    m_queue->setQueue(session ? session->queue() : nullptr);
    m_summary->setSession(session);
    m_draft->setSession(session);
    if (session) {
        connect(session, &ReviewSession::shownChanged, this, &ReviewWorkspace::onShownChanged);
        connect(session, &ReviewSession::undoCountdown, m_undo, &ReviewUndoBar::countdown);
        connect(session, &ReviewSession::actionFinished, this, &ReviewWorkspace::onActionFinished);
        connect(session, &ReviewSession::notice, this, [this](const QString &id, const QString &message) {
            m_banner->showMessage(tr("%1: %2").arg(nameOf(id), message), ErrorBanner::Kind::Info, false);
        });
        ReviewQueueModel *queue = session->queue();
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(queue, signal, this, &ReviewWorkspace::updateStates);
        connect(queue, &QAbstractItemModel::modelReset, this, &ReviewWorkspace::updateStates);
        connect(queue, &ReviewQueueModel::pendingCountChanged, this, &ReviewWorkspace::updateStates);
        connect(queue, &QAbstractItemModel::dataChanged, m_undo, &ReviewUndoBar::refresh);
        ReviewDiscovery *discovery = session->discovery();
        connect(discovery, &ReviewDiscovery::finished, this, [this](const ApiError &error) {
            // A round before the inbox's first sync had no conversations to look at: not yet "empty".
            const OrganizationSession::Status status = m_organization ? m_organization->status()
                                                                      : OrganizationSession::Status();
            if (status.lastSync.isValid() && !status.syncing)
                m_discoveredOnce = true;
            if (error.isError())
                showError(tr("Could not look through every conversation for drafts. %1").arg(error.message()), true);
            updateStates();
        });
        // The shown contact's name may arrive after the thread: draw it again then.
        m_contactsChanged = connect(m_organization->contacts(), &ContactDirectory::contactsChanged, this,
                                    [this](const QSet<QString> &ids) {
            const ReviewItem *row = m_session ? m_session->shownItem() : nullptr;
            if (row && ids.contains(row->contactId))
                showThread();
        });
        MessageThreadModel *thread = session->thread();
        connect(thread, &MessageThreadModel::threadChanged, this, &ReviewWorkspace::showThread);
        connect(thread, &MessageThreadModel::stateChanged, this, &ReviewWorkspace::showThread);
        connect(thread, &MessageThreadModel::failed, this, [this](const ApiError &error) {
            m_threadFailed = true;
            showError(tr("Could not load the conversation. %1").arg(error.message()), true);
        });
    }
    onShownChanged(session ? session->shownConversationId() : QString());
}

void ReviewWorkspace::onShownChanged(const QString &conversationId)
{
    m_threadFailed = false;
    m_queue->showConversation(conversationId);
    showThread();
    updateStates();
}

void ReviewWorkspace::showThread()
{
    m_thread->showDraftThread(m_organization, m_session);
}

void ReviewWorkspace::updateStates()
{
    const ReviewQueueModel *queue = m_session ? m_session->queue() : nullptr;
    const int rows = queue ? queue->count() : 0;
    QString title;
    QString hint;
    if (!m_organization) {
        title = tr("No organization is open");
        hint = tr("Sign in to review the replies HyperRep drafted for you.");
    } else if (m_session && m_session->isSuspended()) {
        title = tr("Sign in again to review drafts");
    } else if (rows == 0 && !m_organization->account()->isOnline()) {
        title = tr("Offline");
        hint = tr("Drafts to review appear here once Repdesk reaches the server again.");
    } else if (rows == 0 && !m_discoveredOnce) {
        title = tr("Looking for drafts to review…");
        const int days = m_session ? m_session->discovery()->windowDays() : 0;
        hint = tr("Checking the conversations of the last %n day(s).", nullptr, days);
    } else if (rows == 0) {
        title = tr("Nothing to review");
        hint = tr("Replies HyperRep drafts for your conversations appear here, for you to approve, edit or discard.");
    }
    m_queue->setEmptyState(title, hint);

    if (m_session && !m_session->shownConversationId().isEmpty()) {
        m_right->setCurrentWidget(m_draftSplitter);
        return;
    }
    if (title.isEmpty() && queue && queue->pendingCount() == 0) {
        title = tr("Nothing left to review");
        hint = tr("Every draft in the queue was sent or discarded. New ones appear here as HyperRep writes them.");
    } else if (title.isEmpty()) {
        title = tr("Opening the next draft…");
    }
    m_nothing->setContent(title, hint);
    m_right->setCurrentWidget(m_nothing);
}

void ReviewWorkspace::refresh()
{
    m_banner->hideBanner();
    if (!m_session)
        return attach();
    if (!m_session->isStarted()) {
        m_session->start();
        return;
    }
    m_session->refresh();
    // The session looks for drafts again; a thread that failed to load is asked for here.
    if (m_threadFailed)
        m_session->thread()->reload();
    m_threadFailed = false;
}

void ReviewWorkspace::focusDefault()
{
    m_queue->setFocus();
    if (m_session)
        m_queue->showConversation(m_session->shownConversationId());
}

void ReviewWorkspace::act(const std::function<void()> &action)
{
    if (!m_session || m_session->shownConversationId().isEmpty())
        return;
    const QPointer<ReviewWorkspace> self(this);
    m_draft->flushEdits([self, action] {
        if (self && self->m_session)
            action();
    });
}

void ReviewWorkspace::approve()
{
    if (!m_draft->addressesValid())
        return;
    act([this] {
        if (!m_session->approve()) {
            m_banner->showMessage(tr("This draft is being saved or sent; try again in a moment."),
                                  ErrorBanner::Kind::Info, false);
            return;
        }
        m_queue->setFocus();
    });
}

void ReviewWorkspace::discard()
{
    act([this] {
        if (m_session->discard())
            m_queue->setFocus();
    });
}

void ReviewWorkspace::save()
{
    if (m_draft->addressesValid())
        act([this] { m_session->save(); });
}

void ReviewWorkspace::skip()
{
    act([this] { m_session->skip(); });
}

void ReviewWorkspace::undo()
{
    if (m_session && m_session->undo())
        m_queue->setFocus();
}

void ReviewWorkspace::edit()
{
    m_draft->focusEditor();
}

void ReviewWorkspace::backToQueue()
{
    if (m_queue->hasFocus() && m_draft->changesShown())
        m_draft->setChangesShown(false);
    else
        m_queue->setFocus();
}

void ReviewWorkspace::toggleChanges()
{
    m_draft->setChangesShown(!m_draft->changesShown());
}

void ReviewWorkspace::onActionFinished(const QString &conversationId, ReviewAction::Kind kind,
                                       ReviewAction::Outcome outcome, const QString &message)
{
    m_undo->forget(conversationId);
    // Other outcomes (changed or sent elsewhere) come with the session's notice.
    if (outcome != ReviewAction::Outcome::Failed)
        return;
    showError(kind == ReviewAction::Kind::Approve
                  ? tr("Could not send the reply to %1. %2").arg(nameOf(conversationId), message)
                  : tr("Could not discard the draft for %1. %2").arg(nameOf(conversationId), message),
              false);
}

void ReviewWorkspace::showError(const QString &message, bool retry)
{
    // Going offline is the shell's banner; the queue goes on from the cache.
    if (m_organization && m_organization->account() && !m_organization->account()->isOnline())
        return;
    m_banner->showMessage(message, ErrorBanner::Kind::Error, retry);
}

QString ReviewWorkspace::nameOf(const QString &conversationId) const
{
    const ReviewQueueModel *queue = m_session ? m_session->queue() : nullptr;
    const int row = queue ? queue->rowOf(conversationId) : -1;
    const QString name = row >= 0 ? queue->index(row).data(ReviewQueueModel::ContactNameRole).toString() : QString();
    return name.isEmpty() ? tr("this contact") : name;
}

} // namespace repdesk
