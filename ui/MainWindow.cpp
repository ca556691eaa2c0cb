#include "MainWindow.h"

#include "Account.h"
#include "Cache.h"
#include "common/ErrorBanner.h"
#include "compose/ReplyEditorFactory.h"
#include "compose/TemplatePicker.h"
#include "compose/TemplatesSettingsPage.h"
#include "ComposeActions.h"
#include "ContactDirectory.h"
#include "ConversationFilterProxy.h"
#include "ConversationListModel.h"
#include "DraftJournal.h"
#include "FolderListModel.h"
#include "inbox/ContactPanel.h"
#include "inbox/ConversationListView.h"
#include "inbox/ReplyPane.h"
#include "inbox/ThreadPane.h"
#include "InboxProvider.h"
#include "InboxShortcuts.h"
#include "InboxToolBar.h"
#include "InboxSync.h"
#include "LinkOpener.h"
#include "MessageThreadModel.h"
#include "Outbox.h"
#include "Poller.h"
#include "Records.h"
#include "ReplyController.h"
#include "settings/SettingsDialog.h"
#include "settings/ShortcutsDialog.h"
#include "SettingsKeys.h"
#include "SyncStatusText.h"
#include "TemplateStore.h"
#include "TemplateValues.h"
#include "Transport.h"
#include "TrayNotifier.h"
#include "webapi/ReplyEditor.h"
#include "WebViewsLoader.h"

#include <QApplication>
#include <QIcon>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace repdesk {

MainWindow::MainWindow(Account *account, const QString &organizationId, QWidget *parent)
    : QMainWindow(parent),
      m_account(account),
      m_cache(new Cache(Cache::defaultDirectory(), account->storageKey(), this)),
      m_preferredOrg(organizationId),
      m_contacts(new ContactDirectory(this)),
      m_conversations(new ConversationListModel(this)),
      m_proxy(new ConversationFilterProxy(this)),
      m_folders(new FolderListModel(this)),
      m_thread(new MessageThreadModel(this)),
      m_sync(new InboxSync(this)),
      m_poller(new Poller(this)),
      m_journal(new DraftJournal(Cache::defaultDirectory(), account->storageKey(), this)),
      m_outbox(new Outbox(Cache::defaultDirectory(), account->storageKey(), this)),
      m_templates(new TemplateStore(Cache::defaultDirectory(), this)),
      m_reply(new ReplyController(m_journal, m_outbox, this))
{
    setWindowTitle(tr("Repdesk"));
    m_proxy->setConversationModel(m_conversations);
    m_folders->setConversationModel(m_conversations);
    buildUi();
    buildReply();
    buildMenus();
    restoreLayout();

    connect(m_cache, &Cache::error, this, [this](const QString &message) {
        m_banner->showMessage(tr("The local cache had a problem and was reset: %1").arg(message),
                              ErrorBanner::Kind::Warning, false);
    });
    connect(m_conversations, &PagedListModel::fetchStateChanged, this, &MainWindow::updateStatus);
    connect(m_conversations, &PagedListModel::pageLoaded, this, [this](int, bool firstPage) {
        if (firstPage && !m_sync->lastSync().isValid())
            m_sync->markSynced(QDateTime::currentDateTimeUtc());
        updateStatus();
    });
    connect(m_conversations, &PagedListModel::errorOccurred, this, [this](const ApiError &error) {
        m_banner->showMessage(error.message(), ErrorBanner::Kind::Error, true);
    });
    connect(m_thread, &MessageThreadModel::threadChanged, this, &MainWindow::showCurrentThread);
    connect(m_thread, &MessageThreadModel::failed, this, [this](const ApiError &error) {
        m_banner->showMessage(tr("Could not load the conversation. %1").arg(error.message()),
                              ErrorBanner::Kind::Error, true);
        if (m_thread->messages().isEmpty())
            m_threadPane->showPlaceholder(tr("This conversation could not be loaded."));
    });
    connect(m_thread, &MessageThreadModel::stateChanged, this, [this](MessageThreadModel::State s) {
        if (s == MessageThreadModel::State::Loading && m_thread->messages().isEmpty())
            m_threadPane->showPlaceholder(tr("Loading conversation…"));
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);

    connect(m_poller, &Poller::pollRequested, m_sync, &InboxSync::syncNow);
    connect(m_sync, &InboxSync::started, this, &MainWindow::updateStatus);
    connect(m_sync, &InboxSync::finished, this, [this](const ApiError &error) {
        if (error.isError())
            m_poller->reportFailure(error);
        else
            m_poller->reportSuccess();
        updateStatus();
    });
    connect(m_sync, &InboxSync::newUnread, this, &MainWindow::onNewUnread);
    connect(m_account->transport(), &Transport::callFailed, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout) {
            m_offline = true;
            m_banner->showMessage(tr("You are offline. Showing cached conversations; Repdesk will reconnect "
                                     "automatically."),
                                  ErrorBanner::Kind::Warning, true);
            updateStatus();
        }
    });
    connect(m_account->transport(), &Transport::callSucceeded, this, [this] {
        if (m_outbox->count() > 0 && !m_outbox->isFlushing())
            m_outbox->flush();
        if (m_offline) {
            m_offline = false;
            m_banner->hideBanner();
            updateStatus();
        }
    });
    const int pollSeconds = QSettings().value(SettingsKeys::pollIntervalSeconds(),
                                              SettingsKeys::defaultPollIntervalSeconds).toInt();
    m_poller->setIntervalMs(pollSeconds * 1000);
    loadOrganizations();
    m_list->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *toolbar = new InboxToolBar(this);
    addToolBar(toolbar);
    m_orgSwitcher = toolbar->organizations();
    m_datePreset = toolbar->dateRange();
    m_search = toolbar->search();
    connect(toolbar->newMessageAction(), &QAction::triggered, this, [this] { m_compose->newMessage(); });
    connect(toolbar->refreshAction(), &QAction::triggered, this, &MainWindow::refresh);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    m_splitter = new QSplitter(central);
    m_splitter->setChildrenCollapsible(false);
    m_folderView = new QListView(m_splitter);
    m_folderView->setModel(m_folders);
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setMinimumWidth(140);
    m_list = new ConversationListView(m_splitter);
    m_list->setModels(m_proxy, m_conversations);
    m_list->setMinimumWidth(260);
    m_rightSplitter = new QSplitter(m_splitter);
    m_threadSplitter = new QSplitter(Qt::Vertical, m_rightSplitter);
    m_threadSplitter->setChildrenCollapsible(false);
    m_threadPane = new ThreadPane(m_threadSplitter);
    m_contactPanel = new ContactPanel(m_rightSplitter);
    m_contactPanel->setAccessibleName(tr("Contact details"));
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    for (int i : {0, 1, 2})
        m_splitter->setStretchFactor(i, i == 2 ? 3 : i);
    m_splitter->setSizes({170, 340, 770});
    m_rightSplitter->setSizes({520, 280});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setAccessibleName(tr("Outbox"));
    m_outboxLabel->hide();
    statusBar()->addPermanentWidget(m_outboxLabel);
    m_syncLabel = new QLabel(this);
    m_syncLabel->setAccessibleName(tr("Sync status"));
    statusBar()->addWidget(m_syncLabel, 1);

    connect(m_orgSwitcher, &QComboBox::activated, this, [this](int index) {
        switchOrganization(m_orgSwitcher->itemData(index).toString());
    });
    connect(m_datePreset, &QComboBox::activated, this, &MainWindow::applyDatePreset);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ConversationFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, m_list, qOverload<>(&QWidget::setFocus));
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString key = current.data(FolderListModel::FolderKeyRole).toString();
                m_proxy->setFolder(key);
                m_list->setEmptyText(key == ConversationFilterProxy::unreadFolder()
                                         ? tr("No unread conversations. Nice work!")
                                         : tr("No conversations in this folder"));
            });
    connect(m_list, &ConversationListView::openRequested, this, &MainWindow::openConversation);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &idx) {
        const QString id = idx.data(ConversationListModel::ConversationIdRole).toString();
        if (!id.isEmpty() && !m_suppressOpen)
            openConversation(id);
    });
    // Put the keyboard cursor on the first row as soon as there is one, without
    // opening it: opening loads the WebEngine view, which must stay off startup.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::ensureCurrentRow);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::ensureCurrentRow);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::ensureCurrentRow);
    connect(m_contactPanel, &ContactPanel::openConversationRequested, this, [this](const QString &id) {
        if (!m_list->selectConversation(id))
            openConversation(id);
    });
    connect(m_contactPanel, &ContactPanel::contactLoaded, this,
            [this](const Contact &contact) { m_contacts->insert({contact}); });
    connect(m_threadPane, &ThreadPane::linkActivated, this, &MainWindow::confirmAndOpenLink);
    connect(m_threadPane, &ThreadPane::webViewsUnavailable, this, [this](const QString &reason) {
        m_banner->showMessage(reason, ErrorBanner::Kind::Info, false);
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::windowGeometry()).toByteArray()))
        resize(1280, 780);
    restoreState(settings.value(SettingsKeys::windowState()).toByteArray());
    const QList<QVariant> sizes = settings.value(SettingsKeys::splitterState()).toList();
    if (sizes.size() == 2) {
        m_splitter->restoreState(sizes.at(0).toByteArray());
        m_rightSplitter->restoreState(sizes.at(1).toByteArray());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(SettingsKeys::windowGeometry(), saveGeometry());
    settings.setValue(SettingsKeys::windowState(), saveState());
    settings.setValue(SettingsKeys::splitterState(),
                      QVariantList{m_splitter->saveState(), m_rightSplitter->saveState()});
    QMainWindow::closeEvent(event);
}

void MainWindow::loadOrganizations()
{
    const QList<Organization> cached = m_cache->organizations();
    if (!cached.isEmpty())
        setOrganizations(cached);
    auto *call = m_account->provider()->listOrganizations();
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded()) {
            if (m_org.isEmpty())
                m_banner->showMessage(tr("Could not load your organizations. %1").arg(call->error().message()),
                                      ErrorBanner::Kind::Error, true);
            return;
        }
        m_cache->saveOrganizations(call->result().items);
        setOrganizations(call->result().items);
    });
}

void MainWindow::setOrganizations(const QList<Organization> &organizations)
{
    const QString current = m_org;
    m_orgSwitcher->clear();
    for (const Organization &org : organizations)
        m_orgSwitcher->addItem(org.name.isEmpty() ? tr("Unnamed organization") : org.name, org.organizationId);
    if (organizations.isEmpty()) {
        m_list->setEmptyText(tr("This API key has no organizations."));
        return;
    }
    const QString remembered = QSettings().value(SettingsKeys::lastOrganization(m_account->storageKey())).toString();
    QString pick = current;
    for (const QString &candidate : {current, m_preferredOrg, remembered}) {
        if (!candidate.isEmpty() && m_orgSwitcher->findData(candidate) >= 0) {
            pick = candidate;
            break;
        }
    }
    if (m_orgSwitcher->findData(pick) < 0)
        pick = organizations.first().organizationId;
    m_orgSwitcher->setCurrentIndex(m_orgSwitcher->findData(pick));
    if (pick != m_org)
        switchOrganization(pick);
}

void MainWindow::switchOrganization(const QString &organizationId)
{
    if (organizationId.isEmpty() || organizationId == m_org)
        return;
    m_org = organizationId;
    QSettings().setValue(SettingsKeys::lastOrganization(m_account->storageKey()), organizationId);
    m_poller->stop();
    m_cache->openOrganization(organizationId);
    m_cache->enforceLimit(QSettings().value(SettingsKeys::cacheLimitMegabytes(),
                                            SettingsKeys::defaultCacheLimitMegabytes).toLongLong() * 1024 * 1024);
    InboxProvider *provider = m_account->provider();
    m_contacts->setSource(provider, m_cache, organizationId);
    m_contacts->loadFromCache();
    m_conversations->setSource(provider, m_cache, m_contacts, organizationId);
    m_thread->setSource(provider, m_cache, organizationId);
    m_reply->setSource(provider, organizationId);
    m_compose->setOrganization(organizationId);
    // New messages that were being written when Repdesk stopped come back as they were.
    QTimer::singleShot(0, m_compose, [this] { m_compose->restoreUnsent(); });
    m_sync->setSource(provider, m_cache, m_conversations, organizationId);
    m_contactPanel->setProvider(provider, organizationId);
    // Agent names for the thread ("Sent by Kara"): one page covers any real team.
    auto *agents = provider->listAgents(organizationId, ListQuery{500, {}, {}, {}});
    connect(agents, &ApiCall::finished, this, [this, agents, organizationId] {
        if (agents->succeeded() && organizationId == m_org) {
            m_cache->upsertAgents(agents->result().items);
            showCurrentThread();
        }
    });
    m_contactPanel->clear();
    m_threadPane->showPlaceholder(tr("Select a conversation to read it."));
    m_openConversation.clear();
    m_datePreset->setCurrentIndex(0);
    m_conversations->loadFromCache();
    m_folderView->setCurrentIndex(m_folders->index(0));
    if (m_conversations->itemRowCount() == 0 || !m_sync->lastSync().isValid())
        m_conversations->fetchMore({});
    else
        m_sync->syncNow();
    m_poller->start();
    ensureCurrentRow();
    updateStatus();
}

void MainWindow::ensureCurrentRow()
{
    if (m_list->currentIndex().isValid() || m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, 0);
    if (first.data(PagedListModel::RowKindRole).value<PagedListModel::RowKind>() != PagedListModel::RowKind::Item)
        return;
    m_suppressOpen = true;
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_suppressOpen = false;
}

bool MainWindow::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty())
        return false;
    if (conversationId == m_openConversation)
        return true;
    m_openConversation = conversationId;
    m_thread->load(conversationId);
    m_reply->open(conversationId);
    QPointer<QWidget> hadFocus = QApplication::focusWidget();
    m_replyPane->activate();
    // Mapping the first WebEngine views can take the window's input focus away
    // (seen without a window manager); give it back to where the user was.
    for (int delay : {0, 300})
        QTimer::singleShot(delay, this, [this, hadFocus] {
            if (hadFocus && !QApplication::focusWidget()) {
                activateWindow();
                hadFocus->setFocus();
            }
        });
    const int row = m_conversations->rowOf(conversationId);
    if (const Conversation *c = m_conversations->conversation(row)) {
        const Contact *contact = m_contacts->contact(c->contactId);
        m_contactPanel->showConversation(*c, contact);
        if (contact)
            m_replyPane->setRecipient(contact->name, contact->email, contact->phoneNumber);
    }
    return true;
}

void MainWindow::showCurrentThread()
{
    if (m_thread->conversationId().isEmpty() || m_thread->messages().isEmpty())
        return;
    ThreadContent content;
    const int row = m_conversations->rowOf(m_thread->conversationId());
    if (const Conversation *c = m_conversations->conversation(row))
        content.conversation = *c;
    else
        content.conversation.conversationId = m_thread->conversationId();
    if (const Contact *contact = m_contacts->contact(content.conversation.contactId))
        content.contact = *contact;
    content.agents = m_cache->agents();
    content.messages = m_thread->messages();
    m_threadPane->showThread(content);
    if (!content.messages.isEmpty())
        m_conversations->setModality(content.conversation.conversationId, content.messages.last().modality);
}

void MainWindow::refresh()
{
    m_banner->hideBanner();
    if (m_conversations->fetchState() == PagedListModel::FetchState::Error)
        m_conversations->retry();
    else if (m_conversations->itemRowCount() == 0)
        m_conversations->fetchMore({});
    m_poller->pollNow();
    if (!m_openConversation.isEmpty())
        m_thread->reload();
    if (m_orgSwitcher->count() == 0)
        loadOrganizations();
}

void MainWindow::applyDatePreset(int preset)
{
    static const int days[] = {0, 0, 7, 30, 90};
    if (preset <= 0) {
        m_conversations->setDateRange({}, {});
        return;
    }
    const QDateTime startOfToday(QDate::currentDate(), QTime(0, 0));
    const QDateTime start = preset == 1 ? startOfToday : startOfToday.addDays(-days[preset]);
    m_conversations->setDateRange(start.toUTC(), QDateTime());
}

void MainWindow::updateStatus()
{
    SyncStatusText::Inputs in;
    in.conversations = m_conversations->itemRowCount();
    in.offline = m_offline;
    in.syncing = m_sync->isRunning() || m_conversations->fetchState() == PagedListModel::FetchState::Loading;
    in.rateLimited = m_poller->state() == Poller::State::RateLimited;
    in.lastSync = m_sync->lastSync();
    m_syncLabel->setText(SyncStatusText::format(in));
}

void MainWindow::buildReply()
{
    m_replyPane = new ReplyPane(
        m_reply,
        [](QWidget *parent) {
            // The same plugin as the thread view; a plain editor if it is missing.
            WebViewsLoader loader;
            return ReplyEditorFactory::create(loader.load(), parent).release();
        },
        m_threadSplitter);
    m_threadSplitter->setStretchFactor(0, 3);
    m_threadSplitter->setStretchFactor(1, 2);
    m_replyPane->setUndoSeconds(
        QSettings().value(SettingsKeys::undoSendSeconds(), SettingsKeys::defaultUndoSendSeconds).toInt());
    m_outbox->setProvider(m_account->provider());
    connect(m_outbox, &Outbox::countChanged, this, [this](int n) {
        m_outboxLabel->setVisible(n > 0);
        m_outboxLabel->setText(tr("Outbox (%1)").arg(n));
    });
    m_outboxLabel->setVisible(m_outbox->count() > 0);
    m_outboxLabel->setText(tr("Outbox (%1)").arg(m_outbox->count()));
    connect(m_reply, &ReplyController::delivered, this, [this](const QString &conversationId) {
        if (conversationId == m_openConversation)
            m_thread->reload();
    });
    connect(m_list, &ConversationListView::replyRequested, this, [this](const QString &id) {
        openConversation(id);
        m_replyPane->focusEditor();
    });
    connect(m_replyPane, &ReplyPane::templateRequested, this, &MainWindow::insertTemplate);
    connect(m_poller, &Poller::pollRequested, m_outbox, [this] {
        if (m_outbox->count() > 0)
            m_outbox->flush();
    });
}

void MainWindow::insertTemplate()
{
    std::optional<Contact> contact;
    std::optional<Company> company;
    const int row = m_conversations->rowOf(m_openConversation);
    if (const Conversation *c = m_conversations->conversation(row)) {
        if (const Contact *known = m_contacts->contact(c->contactId)) {
            contact = *known;
            company = m_cache->company(known->companyId);
        }
    }
    const auto values = TemplateValues::build(contact, company, m_thread->messages(), m_cache->agents());
    const QString html = TemplatePicker::pick(m_templates, values, this);
    if (!html.isEmpty())
        m_replyPane->insertHtml(html);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_compose = new ComposeActions(this, m_account->provider(), m_journal, m_templates);
    file->addAction(tr("&New message…"), m_compose, &ComposeActions::newMessage)->setShortcut(QKeySequence::New);
    file->addAction(tr("Message &drafts"), m_compose, &ComposeActions::showDrafts)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    file->addSeparator();
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Search"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *orgs = view->addAction(tr("Switch &organization"), this, [this] {
        m_orgSwitcher->setFocus();
        m_orgSwitcher->showPopup();
    });
    orgs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    InboxShortcuts::addFolderActions(view->addMenu(tr("&Folders")), m_folders, [this](int row) { selectFolderRow(row); });
    QAction *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_search->addAction(escape);
    connect(escape, &QAction::triggered, this, [this] {
        m_search->clear();
        m_list->setFocus();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Repdesk"), this, [this] {
        QMessageBox::about(this, tr("About Repdesk"),
                           tr("<b>Repdesk %1</b><br>A native desktop inbox for HyperRep sales teams.")
                               .arg(QStringLiteral(REPDESK_VERSION)));
    });

    m_tray = new TrayNotifier(this);
    connect(m_tray, &TrayNotifier::openRequested, this, [this](const QString &id) {
        if (!m_list->selectConversation(id))
            openConversation(id);
    });
    connect(m_folders, &QAbstractItemModel::dataChanged, this, [this] {
        m_tray->setUnreadCount(m_folders->data(m_folders->index(1), FolderListModel::CountRole).toInt());
    });
}

void MainWindow::selectFolderRow(int row)
{
    if (row < m_folders->rowCount()) {
        m_folderView->setCurrentIndex(m_folders->index(row));
        m_list->setFocus();
    }
}

void MainWindow::onNewUnread(const QStringList &conversationIds)
{
    if (conversationIds.isEmpty() || !QSettings().value(SettingsKeys::notificationsEnabled(), true).toBool())
        return;
    const int row = m_conversations->rowOf(conversationIds.first());
    const QString who = row >= 0 ? m_conversations->index(row).data(Qt::DisplayRole).toString() : QString();
    const QString title = conversationIds.size() == 1 ? tr("New message from %1").arg(who)
                                                      : tr("%n new conversation(s)", nullptr, conversationIds.size());
    m_tray->notifyNewConversation(conversationIds.first(), title, tr("Click to open it in Repdesk."));
    statusBar()->showMessage(title, 8000);
}

void MainWindow::confirmAndOpenLink(const QUrl &url)
{
    if (!LinkOpener::confirmAndOpen(url, this))
        m_banner->showMessage(tr("Blocked a link with an unsupported address: %1").arg(url.toDisplayString()),
                              ErrorBanner::Kind::Warning, false);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_cache->sizeBytes(), [this] { return m_cache->clear() && m_cache->openOrganization(m_org); },
                          this);
    TemplatesSettingsPage::addTo(&dialog, m_templates);
    if (dialog.exec() == QDialog::Accepted) {
        QSettings settings;
        m_poller->setIntervalMs(settings.value(SettingsKeys::pollIntervalSeconds(),
                                               SettingsKeys::defaultPollIntervalSeconds).toInt() * 1000);
        const qint64 limit = settings.value(SettingsKeys::cacheLimitMegabytes(),
                                            SettingsKeys::defaultCacheLimitMegabytes).toLongLong() * 1024 * 1024;
        m_cache->enforceLimit(limit);
        m_replyPane->setUndoSeconds(
            settings.value(SettingsKeys::undoSendSeconds(), SettingsKeys::defaultUndoSendSeconds).toInt());
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(InboxShortcuts::all(), this);
    dialog.exec();
}

} // namespace repdesk
