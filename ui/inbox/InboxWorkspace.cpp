#include "inbox/InboxWorkspace.h"

#include "AccountSession.h"
#include "ComposeActions.h"
#include "ContactDirectory.h"
#include "ConversationFilterProxy.h"
#include "ConversationListModel.h"
#include "FolderListModel.h"
#include "InboxToolBar.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "ReplyController.h"
#include "SettingsKeys.h"
#include "WebViewsLoader.h"
#include "common/ErrorBanner.h"
#include "inbox/BenchOpenDriver.h"
#include "compose/ReplyEditorFactory.h"
#include "compose/TemplatePicker.h"
#include "webapi/ReplyEditor.h"
#include "inbox/ContactPanel.h"
#include "inbox/ConversationListView.h"
#include "inbox/ConversationQueryBar.h"
#include "inbox/ReplyPane.h"
#include "inbox/ThreadPane.h"
#include "common/ItemViewModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace repdesk {

InboxWorkspace::InboxWorkspace(TemplateStore *templates, QWidget *parent)
    : QWidget(parent), m_templates(templates), m_compose(new ComposeActions(this, templates))
{
    setAccessibleName(tr("Inbox"));
    buildUi();
    restoreLayout();
    setAccount(nullptr);
}

InboxWorkspace::~InboxWorkspace() = default;

OrganizationSession *InboxWorkspace::session() const
{
    return m_session;
}

void InboxWorkspace::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolbar = new InboxToolBar(this);
    layout->addWidget(m_toolbar);
    m_orgSwitcher = m_toolbar->organizations();
    m_datePreset = m_toolbar->dateRange();
    m_search = m_toolbar->search();
    connect(m_toolbar->newMessageAction(), &QAction::triggered, m_compose, &ComposeActions::newMessage);
    connect(m_toolbar->refreshAction(), &QAction::triggered, this, &InboxWorkspace::refresh);

    m_queryBar = new ConversationQueryBar(this);
    m_queryBar->hide();
    layout->addWidget(m_queryBar);
    connect(m_queryBar, &ConversationQueryBar::queryChanged, this, [this](const ConversationQuery &query) {
        if (m_session)
            m_session->setConversationQuery(query);
    });
    auto *toFilters = new QAction(this);
    toFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    toFilters->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(toFilters, &QAction::triggered, this, &InboxWorkspace::focusQueryBar);
    addAction(toFilters);

    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    m_splitter = new QSplitter(this);
    m_splitter->setChildrenCollapsible(false);
    m_folderView = new QListView(m_splitter);
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setMinimumWidth(140);
    m_list = new ConversationListView(m_splitter);
    m_list->setMinimumWidth(260);
    m_rightSplitter = new QSplitter(m_splitter);
    m_threadSplitter = new QSplitter(Qt::Vertical, m_rightSplitter);
    m_threadSplitter->setChildrenCollapsible(false);
    m_threadPane = new ThreadPane(m_threadSplitter);
    m_replyPane = new ReplyPane(
        nullptr,
        [](QWidget *parent) {
            // The same plugin as the thread view; a plain editor if it is missing.
            WebViewsLoader loader;
            return ReplyEditorFactory::create(loader.load(), parent).release();
        },
        m_threadSplitter);
    m_threadSplitter->setStretchFactor(0, 3);
    m_threadSplitter->setStretchFactor(1, 2);
    // Stretch factors only share growth; without sizes the editor's size hint took most of the
    // height and the thread showed a few lines (seen on screen once the editor was prepared at idle).
    m_threadSplitter->setSizes({480, 260});
    m_contactPanel = new ContactPanel(m_rightSplitter);
    m_contactPanel->setAccessibleName(tr("Contact details"));
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    for (int i : {0, 1, 2})
        m_splitter->setStretchFactor(i, i == 2 ? 3 : i);
    m_splitter->setSizes({170, 340, 770});
    m_rightSplitter->setSizes({520, 280});
    layout->addWidget(m_splitter, 1);
    applySettings();

    connect(m_orgSwitcher, &QComboBox::activated, this, [this](int index) {
        if (m_account)
            m_account->openOrganization(m_orgSwitcher->itemData(index).toString());
    });
    connect(m_datePreset, &QComboBox::activated, this, [this](int index) {
        if (m_session)
            m_session->setDatePreset(static_cast<OrganizationSession::DatePreset>(index));
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_session)
            m_session->filter()->setSearchText(text);
    });
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_search->addAction(escape);
    connect(escape, &QAction::triggered, this, [this] {
        m_search->clear();
        m_list->setFocus();
    });
    connect(m_list, &ConversationListView::openRequested, this, &InboxWorkspace::openConversation);
    connect(m_list, &ConversationListView::replyRequested, this, [this](const QString &id) {
        openConversation(id);
        m_replyPane->focusEditor();
    });
    connect(m_contactPanel, &ContactPanel::openInDirectoryRequested, this, &InboxWorkspace::openContactInDirectoryRequested);
    connect(m_contactPanel, &ContactPanel::createContactRequested, this, [this] {
        // Prefilled from the conversation's last web form, the one message that says who wrote.
        ContactPrefill prefill;
        if (m_session) {
            const ThreadContent content = m_session->threadContent();
            for (auto it = content.messages.crbegin(); it != content.messages.crend(); ++it) {
                if (it->direction() != MessageDirection::Received || it->formRequestBody.isEmpty())
                    continue;
                prefill.name = it->formValue(QStringLiteral("name"));
                prefill.email = it->formValue(QStringLiteral("email"));
                prefill.phoneNumber = it->formValue(QStringLiteral("phone"));
                break;
            }
        }
        Q_EMIT createContactRequested(prefill);
    });
    connect(m_contactPanel, &ContactPanel::openConversationRequested, this, [this](const QString &id) {
        if (!m_list->selectConversation(id))
            openConversation(id);
    });
    connect(m_threadPane, &ThreadPane::linkActivated, this, &InboxWorkspace::linkActivated);
    connect(m_threadPane, &ThreadPane::webViewsUnavailable, this, [this](const QString &reason) {
        m_banner->showMessage(reason, ErrorBanner::Kind::Info, false);
    });
    connect(m_replyPane, &ReplyPane::templateRequested, this, &InboxWorkspace::insertTemplate);
    connect(m_banner, &ErrorBanner::retryRequested, this, &InboxWorkspace::refresh);
    // WebEngine warms up once the list is on screen and the app is idle, so the
    // first click only loads a document; never before the first paint.
    // Then, at idle again, the reply editor's page, so that `r` only moves the focus.
    connect(m_list, &ConversationListView::firstRowsPainted, this, [this] {
        QTimer::singleShot(0, m_threadPane, [this] {
            m_threadPane->warmUp();
            QTimer::singleShot(kEditorIdleDelayMs, m_replyPane, &ReplyPane::prepareEditor);
        });
    });
    // Otherwise (a click came first) the editor's page is made once the thread is on
    // screen and the app is idle again, or at once when the user starts a reply;
    // never on the way to the thread's first paint.
    connect(m_threadPane, &ThreadPane::rendered, this, [this] {
        if (m_replyPane->editor())
            return;
        QTimer::singleShot(kEditorIdleDelayMs, this, [this] {
            if (m_session && !m_session->openConversationId().isEmpty() && !m_replyPane->editor())
                m_replyPane->activate();
        });
    });
    if (BenchOpenDriver::enabled())
        new BenchOpenDriver(m_list, m_threadPane, m_replyPane, this);
}

void InboxWorkspace::restoreLayout()
{
    const QVariantList splitters = QSettings().value(SettingsKeys::splitterState()).toList();
    if (splitters.size() == 2) {
        m_splitter->restoreState(splitters.at(0).toByteArray());
        m_rightSplitter->restoreState(splitters.at(1).toByteArray());
    }
}

void InboxWorkspace::saveLayout() const
{
    QSettings().setValue(SettingsKeys::splitterState(),
                         QVariantList{m_splitter->saveState(), m_rightSplitter->saveState()});
}

void InboxWorkspace::setAccount(AccountSession *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    m_orgSwitcher->clear();
    setSession(account ? account->organization() : nullptr);
    if (!account) {
        m_list->setEmptyText(tr("Not signed in. Use Account > Sign in… to connect your HyperRep account."));
        return;
    }
    connect(account, &AccountSession::organizationsChanged, this, &InboxWorkspace::setOrganizations);
    connect(account, &AccountSession::organizationChanged, this, &InboxWorkspace::setSession);
    connect(account, &AccountSession::refused, this, [this] {
        m_list->setEmptyText(tr("Sign in again to see this account's conversations."));
        m_threadPane->showPlaceholder(QString());
    });
    connect(account, &AccountSession::organizationsFailed, this, [this](const ApiError &error) {
        showError(tr("Could not load your organizations. %1").arg(error.message()), true);
        if (!m_session)
            m_list->setEmptyText(tr("Could not load your organizations. Repdesk asks again by itself; F5 asks now."));
    });
    // Signed in, the organizations not known yet (a cold cache): not "not signed in".
    if (!account->organization())
        m_list->setEmptyText(tr("Loading your organizations…"));
    setOrganizations();
}

void InboxWorkspace::setOrganizations()
{
    m_orgSwitcher->clear();
    if (!m_account)
        return;
    for (const Organization &org : m_account->organizations())
        m_orgSwitcher->addItem(org.name.isEmpty() ? tr("Unnamed organization") : org.name, org.organizationId);
    if (m_account->organizations().isEmpty() && m_account->organizationsLoaded())
        m_list->setEmptyText(tr("This API key has no organizations."));
    if (m_session)
        m_orgSwitcher->setCurrentIndex(m_orgSwitcher->findData(m_session->organizationId()));
}

void InboxWorkspace::focusQueryBar()
{
    if (m_queryBar->isVisible())
        m_queryBar->focusFirst();
}

void InboxWorkspace::setSession(OrganizationSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_banner->hideBanner();
    m_search->clear();
    m_threadPane->showPlaceholder(session ? tr("Select a conversation to read it.") : QString());
    m_contactPanel->setDetails(session ? session->contactDetails() : nullptr);
    m_replyPane->setController(session ? session->reply() : nullptr);
    m_compose->setSource(session ? session->drafts() : nullptr, session ? session->account()->journal() : nullptr);
    if (!session) {
        m_queryBar->hide();
        ItemViewModel::set(m_folderView, nullptr);
        m_list->setModels(nullptr, nullptr);
        return;
    }
    m_orgSwitcher->setCurrentIndex(m_orgSwitcher->findData(session->organizationId()));
    m_datePreset->setCurrentIndex(static_cast<int>(session->datePreset()));
    // Each filter where the provider has it: a date range (HyperRep), server queries (Fernand).
    m_toolbar->setDateRangeVisible(session->account()->has(AccountSession::Capability::DateFilters));
    m_queryBar->setVisible(session->account()->has(AccountSession::Capability::ConversationQueries));
    // The directory workspace exists where the provider has companies (WorkspaceStack).
    m_contactPanel->setDirectoryAvailable(session->account()->has(AccountSession::Capability::Companies));
    m_queryBar->setAgents(session->agents());
    m_queryBar->setQuery(session->conversationQuery());
    connect(session, &OrganizationSession::agentsChanged, this, [this] {
        if (m_session)
            m_queryBar->setAgents(m_session->agents());
    });
    ItemViewModel::set(m_folderView, session->folders());
    m_list->setModels(session->filter(), session->conversations());
    m_list->setEmptyText(session->isSuspended() ? tr("Sign in again to see this account's conversations.")
                                                : tr("No conversations in this folder"));
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_session)
                    return;
                const QString key = current.data(FolderListModel::FolderKeyRole).toString();
                m_session->filter()->setFolder(key);
                m_list->setEmptyText(key == ConversationFilterProxy::unreadFolder()
                                         ? tr("No unread conversations. Nice work!")
                                         : tr("No conversations in this folder"));
            });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &idx) {
        const QString id = idx.data(ConversationListModel::ConversationIdRole).toString();
        if (!id.isEmpty() && !m_suppressOpen)
            openConversation(id);
    });
    // Put the keyboard cursor on the first row as soon as there is one, without
    // opening it: opening loads the WebEngine view, which must stay off startup.
    ConversationFilterProxy *proxy = session->filter();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &InboxWorkspace::ensureCurrentRow);
    connect(proxy, &QAbstractItemModel::modelReset, this, &InboxWorkspace::ensureCurrentRow);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &InboxWorkspace::ensureCurrentRow);
    connect(session, &OrganizationSession::threadContentChanged, this, &InboxWorkspace::showThread);
    connect(session, &OrganizationSession::openConversationUpdated, this, [this] {
        if (!m_session)
            return;
        if (const std::optional<Conversation> c = m_session->conversation(m_session->openConversationId()))
            m_threadPane->updateConversation(*c);
    });
    connect(session->conversations(), &PagedListModel::errorOccurred, this, [this](const ApiError &error) {
        showError(error.message(), true, BannerSource::List);
    });
    connect(session->conversations(), &PagedListModel::pageLoaded, this, [this] { clearError(BannerSource::List); });
    MessageThreadModel *thread = session->thread();
    connect(thread, &MessageThreadModel::failed, this, [this, thread](const ApiError &error) {
        showError(tr("Could not load the conversation. %1").arg(error.message()), true, BannerSource::Thread);
        if (thread->messages().isEmpty())
            m_threadPane->showPlaceholder(tr("This conversation could not be loaded."));
    });
    connect(thread, &MessageThreadModel::stateChanged, this, [this, thread](MessageThreadModel::State s) {
        if (s == MessageThreadModel::State::Loading && thread->messages().isEmpty())
            m_threadPane->showPlaceholder(tr("Loading conversation…"));
        if (s == MessageThreadModel::State::Loaded)
            clearError(BannerSource::Thread);
    });
    m_folderView->setCurrentIndex(session->folders()->index(0));
    ensureCurrentRow();
    // New messages that were being written when Repdesk stopped come back as they were.
    QTimer::singleShot(0, m_compose, [this] { m_compose->restoreUnsent(); });
}

void InboxWorkspace::showError(const QString &message, bool retry, BannerSource source)
{
    // Going offline is the shell's banner; the list's footer already offers Retry.
    if (m_account && !m_account->isOnline())
        return;
    m_bannerSource = source;
    m_banner->showMessage(message, ErrorBanner::Kind::Error, retry);
}

void InboxWorkspace::clearError(BannerSource source)
{
    if (m_bannerSource != source || source == BannerSource::None)
        return;
    m_bannerSource = BannerSource::None;
    m_banner->hideBanner();
}

void InboxWorkspace::ensureCurrentRow()
{
    if (!m_session || m_list->currentIndex().isValid() || m_session->filter()->rowCount() == 0)
        return;
    const QModelIndex first = m_session->filter()->index(0, 0);
    if (!PagedListModel::isItemRow(first))
        return;
    m_suppressOpen = true;
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_suppressOpen = false;
}

bool InboxWorkspace::openConversation(const QString &conversationId)
{
    if (!m_session || conversationId.isEmpty())
        return false;
    if (conversationId == m_session->openConversationId())
        return true;
    if (!m_session->openConversation(conversationId))
        return false;
    QPointer<QWidget> hadFocus = QApplication::focusWidget();
    m_replyPane->enableReply();
    // Mapping the first WebEngine views can take the window's input focus away
    // (seen without a window manager); give it back to where the user was.
    for (int delay : {0, 300})
        QTimer::singleShot(delay, this, [this, hadFocus] {
            if (hadFocus && !QApplication::focusWidget()) {
                window()->activateWindow();
                hadFocus->setFocus();
            }
        });
    // The session showed the contact panel's details for it already.
    if (const auto contact = m_session->contactOf(conversationId))
        m_replyPane->setRecipient(contact->name, contact->email, contact->phoneNumber);
    return true;
}

void InboxWorkspace::showThread()
{
    if (!m_session)
        return;
    const ThreadContent content = m_session->threadContent();
    if (content.conversation.conversationId.isEmpty()) {
        if (m_session->isSuspended())
            m_threadPane->showPlaceholder(QString());
        return;
    }
    if (!content.messages.isEmpty())
        m_threadPane->showThread(content);
}

void InboxWorkspace::refresh()
{
    m_banner->hideBanner();
    if (m_session)
        m_session->refresh();
    if (m_account && m_account->organizations().isEmpty())
        m_account->refreshOrganizations();
}

void InboxWorkspace::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void InboxWorkspace::focusList()
{
    m_list->setFocus();
}

void InboxWorkspace::showOrganizationSwitcher()
{
    m_orgSwitcher->setFocus();
    m_orgSwitcher->showPopup();
}

void InboxWorkspace::selectFolderRow(int row)
{
    if (m_session && row < m_session->folders()->rowCount()) {
        m_folderView->setCurrentIndex(m_session->folders()->index(row));
        m_list->setFocus();
    }
}

void InboxWorkspace::applySettings()
{
    m_replyPane->setUndoSeconds(
        QSettings().value(SettingsKeys::undoSendSeconds(), SettingsKeys::defaultUndoSendSeconds).toInt());
}

void InboxWorkspace::insertTemplate()
{
    if (!m_session)
        return;
    const QString html = TemplatePicker::pick(m_templates, m_session->templateValues(), this);
    if (!html.isEmpty())
        m_replyPane->insertHtml(html);
}

} // namespace repdesk
