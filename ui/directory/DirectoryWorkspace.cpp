#include "directory/DirectoryWorkspace.h"

#include "AgentListModel.h"
#include "CompanyListModel.h"
#include "ContactListModel.h"
#include "ContactSearchProxy.h"
#include "DirectorySession.h"
#include "RoleColumnsProxy.h"
#include "common/ErrorBanner.h"
#include "common/TableExportActions.h"
#include "directory/AgentDetailPane.h"
#include "directory/CompanyCreateDialog.h"
#include "directory/CompanyDetailPane.h"
#include "directory/ContactCreateDialog.h"
#include "directory/ContactDetailPane.h"
#include "directory/DirectoryListPane.h"
#include "dashboards/PagedListView.h"
#include "directory/DirectoryTable.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QKeyEvent>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace repdesk {

namespace {
QSplitter *splitPane(QWidget *list, QWidget *detail)
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}
} // namespace

DirectoryWorkspace::DirectoryWorkspace(DirectorySession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_tabs(new QTabWidget),
      m_notice(new ErrorBanner),
      m_newContact(new QPushButton(tr("New contact…"))),
      m_newCompany(new QPushButton(tr("New company…"))),
      m_refresh(new QPushButton(tr("Refresh")))
{
    setAccessibleName(tr("Directory"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_newContact->setToolTip(tr("Create a contact (Ctrl+N)"));
    m_newContact->setAccessibleName(tr("New contact"));
    m_newCompany->setToolTip(tr("Create a company (Ctrl+Shift+N)"));
    m_newCompany->setAccessibleName(tr("New company"));
    m_refresh->setToolTip(tr("Load the lists again (F5)"));
    m_refresh->setAccessibleName(tr("Refresh the directory"));
    bar->addWidget(m_newContact);
    bar->addWidget(m_newCompany);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    m_tabs->setAccessibleName(tr("Directory lists"));
    m_tabs->addTab(buildContactsTab(), tr("&Contacts"));
    m_tabs->addTab(buildCompaniesTab(), tr("Com&panies"));
    m_tabs->addTab(buildAgentsTab(), tr("A&gents"));
    const bool companies = session->hasCompanies();
    m_tabs->setTabEnabled(int(Tab::Companies), companies);
    m_newCompany->setEnabled(companies);
    m_newContact->setEnabled(companies); // creates are HyperRep routes too

    connect(m_newContact, &QPushButton::clicked, this, [this] { createContact(); });
    connect(m_newCompany, &QPushButton::clicked, this, &DirectoryWorkspace::createCompany);
    connect(m_refresh, &QPushButton::clicked, this, &DirectoryWorkspace::refresh);
    connect(session, &DirectorySession::createdLater, this,
            [this](RecordCreate::Kind kind, const QString &id, const QString &name) {
                m_noticeId = id;
                m_noticeIsContact = kind == RecordCreate::Kind::Contact;
                m_notice->showMessage(m_noticeIsContact
                                          ? tr("The contact “%1” was created after all (the server had taken it).").arg(name)
                                          : tr("The company “%1” was created after all (the server had taken it).").arg(name),
                                      ErrorBanner::Kind::Info, true, tr("Open"));
            });
    connect(m_notice, &ErrorBanner::retryRequested, this, [this] {
        if (m_noticeIsContact)
            showContact(m_noticeId);
        else
            showCompany(m_noticeId);
    });
    connect(session, &DirectorySession::suspended, this, [this] {
        m_contactDetail->clear();
        m_companyDetail->clear();
        m_agentDetail->clear();
    });
}

QWidget *DirectoryWorkspace::buildContactsTab()
{
    auto *columns = new RoleColumnsProxy(this);
    columns->setSourceModel(m_session->contactSearch());
    columns->setColumns({{tr("Name"), Qt::DisplayRole, ContactListModel::NameRole},
                         {tr("Email"), ContactListModel::EmailRole, ContactListModel::EmailRole},
                         {tr("Phone"), ContactListModel::PhoneRole, ContactListModel::PhoneRole},
                         {tr("Company"), ContactListModel::CompanyNameRole, ContactListModel::CompanyNameRole},
                         {tr("Role"), ContactListModel::CompanyRoleRole, ContactListModel::CompanyRoleRole}});
    m_contactList = new DirectoryListPane(m_session->contacts(), columns,
                                          {tr("Contacts"), tr("Contacts"), tr("No contacts yet"),
                                           tr("Create one with New contact (Ctrl+N).")});
    m_contactList->setSearch(m_session->contactSearch());
    m_contactDetail = new ContactDetailPane(m_session);
    connect(m_contactList->table(), &DirectoryTable::currentItemChanged, this, [this](const QModelIndex &index) {
        m_wantedContact = index.data(ContactListModel::ContactIdRole).toString();
        m_session->openContact(m_wantedContact);
    });
    // Enter on a contact moves into its record: its conversations first.
    connect(m_contactList->table(), &DirectoryTable::itemActivated, this,
            [this] { m_contactDetail->conversations()->setFocus(Qt::OtherFocusReason); });
    connect(m_session, &DirectorySession::contactOpened, this, [this](const QString &id) {
        if (id == m_wantedContact)
            m_contactDetail->showContact(id);
    });
    connect(m_session, &DirectorySession::contactOpenFailed, this, [this](const QString &id, const ApiError &error) {
        if (id == m_wantedContact)
            m_contactDetail->showFailure(id, error);
    });
    connect(m_contactDetail, &ContactDetailPane::companyRequested, this, &DirectoryWorkspace::showCompany);
    connect(m_contactDetail, &ContactDetailPane::conversationRequested, this,
            &DirectoryWorkspace::openConversationRequested);
    connect(m_contactDetail, &ContactDetailPane::saleRequested, this, &DirectoryWorkspace::openSaleRequested);
    return splitPane(m_contactList, m_contactDetail);
}

QWidget *DirectoryWorkspace::buildCompaniesTab()
{
    auto *columns = new RoleColumnsProxy(this);
    columns->setSourceModel(m_session->companies());
    columns->setColumns({{tr("Name"), Qt::DisplayRole, CompanyListModel::NameRole},
                         {tr("Domain"), CompanyListModel::DomainRole, CompanyListModel::DomainRole},
                         {tr("Owner"), CompanyListModel::AgentNameRole, CompanyListModel::AgentNameRole},
                         {tr("Address"), CompanyListModel::AddressRole, CompanyListModel::AddressRole}});
    m_companyList = new DirectoryListPane(m_session->companies(), columns,
                                          {tr("Companies"), tr("Companies"), tr("No companies yet"),
                                           tr("Create one with New company (Ctrl+Shift+N).")});
    m_companyDetail = new CompanyDetailPane(m_session);
    connect(m_companyList->table(), &DirectoryTable::currentItemChanged, this, [this](const QModelIndex &index) {
        m_wantedCompany = index.data(CompanyListModel::CompanyIdRole).toString();
        m_session->openCompany(m_wantedCompany);
    });
    connect(m_companyList->table(), &DirectoryTable::itemActivated, this,
            [this] { m_companyDetail->contacts()->setFocus(Qt::OtherFocusReason); });
    connect(m_session, &DirectorySession::companyOpened, this, [this](const QString &id) {
        if (id == m_wantedCompany)
            m_companyDetail->showCompany(id);
    });
    connect(m_session, &DirectorySession::companyOpenFailed, this, [this](const QString &id, const ApiError &error) {
        if (id == m_wantedCompany)
            m_companyDetail->showFailure(id, error);
    });
    connect(m_companyDetail, &CompanyDetailPane::contactRequested, this, &DirectoryWorkspace::showContact);
    connect(m_companyDetail, &CompanyDetailPane::agentRequested, this, &DirectoryWorkspace::showAgent);
    connect(m_companyDetail, &CompanyDetailPane::saleRequested, this, &DirectoryWorkspace::openSaleRequested);
    return splitPane(m_companyList, m_companyDetail);
}

QWidget *DirectoryWorkspace::buildAgentsTab()
{
    auto *columns = new RoleColumnsProxy(this);
    columns->setSourceModel(m_session->agents());
    columns->setColumns({{tr("Name"), Qt::DisplayRole, AgentListModel::NameRole},
                         {tr("Email"), AgentListModel::EmailRole, AgentListModel::EmailRole}});
    m_agentList = new DirectoryListPane(m_session->agents(), columns,
                                        {tr("Agents"), tr("Agents"), tr("No agents"), QString()});
    m_agentDetail = new AgentDetailPane(m_session);
    connect(m_agentList->table(), &DirectoryTable::currentItemChanged, this, [this](const QModelIndex &index) {
        m_session->openAgent(index.data(AgentListModel::AgentIdRole).toString());
    });
    connect(m_agentList->table(), &DirectoryTable::itemActivated, this,
            [this] { m_agentDetail->dashboardButton()->setFocus(Qt::OtherFocusReason); });
    connect(m_session, &DirectorySession::agentOpened, m_agentDetail, &AgentDetailPane::showAgent);
    connect(m_agentDetail, &AgentDetailPane::dashboardRequested, this,
            &DirectoryWorkspace::openAgentDashboardRequested);
    connect(m_agentDetail, &AgentDetailPane::conversationRequested, this,
            &DirectoryWorkspace::openConversationRequested);
    return splitPane(m_agentList, m_agentDetail);
}

DirectoryWorkspace::Key DirectoryWorkspace::keyFor(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find))
        return Key::Search;
    if (event->matches(QKeySequence::Refresh) || event->key() == Qt::Key_F5)
        return Key::Refresh;
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (event->key() == Qt::Key_N && mods == Qt::ControlModifier)
        return Key::NewContact;
    if (event->key() == Qt::Key_N && mods == (Qt::ControlModifier | Qt::ShiftModifier))
        return Key::NewCompany;
    return Key::None;
}

bool DirectoryWorkspace::event(QEvent *event)
{
    // While the focus is in the directory its keys win over the window's menus (Ctrl+F is the
    // inbox's search there, Ctrl+N a new message): claiming the shortcut override turns them into
    // key presses that reach keyPressEvent() below.
    if (event->type() == QEvent::ShortcutOverride && keyFor(static_cast<QKeyEvent *>(event)) != Key::None) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void DirectoryWorkspace::keyPressEvent(QKeyEvent *event)
{
    switch (keyFor(event)) {
    case Key::Search:
        focusSearch();
        return;
    case Key::Refresh:
        refresh();
        return;
    case Key::NewContact:
        createContact();
        return;
    case Key::NewCompany:
        createCompany();
        return;
    case Key::None:
        break;
    }
    QWidget::keyPressEvent(event);
}

void DirectoryWorkspace::fillExportMenu(QMenu *menu)
{
    const auto add = [menu](DirectoryTable *table, const QString &title) {
        QMenu *sub = menu->addMenu(title);
        table->exportActions()->addTo(sub);
    };
    switch (currentTab()) {
    case Tab::Contacts:
        add(m_contactList->table(), tr("Contacts"));
        if (!m_contactDetail->contactId().isEmpty())
            add(m_contactDetail->sales(), tr("The contact's sales"));
        break;
    case Tab::Companies:
        add(m_companyList->table(), tr("Companies"));
        if (!m_companyDetail->companyId().isEmpty())
            add(m_companyDetail->sales(), tr("The company's sales"));
        break;
    case Tab::Agents:
        add(m_agentList->table(), tr("Agents"));
        break;
    }
}

QList<ShortcutInfo> DirectoryWorkspace::shortcuts()
{
    return {
        {tr("Alt+C / Alt+P / Alt+G"), tr("Directory: contacts, companies, agents")},
        {tr("Ctrl+F"), tr("Directory: search the loaded contacts (Esc clears, Down goes to the results)")},
        {tr("Enter"), tr("Directory: open the selected record; on a failed row, retry")},
        {tr("Ctrl+N"), tr("Directory: new contact (instead of a new message while the directory has the focus)")},
        {tr("Ctrl+Shift+N"), tr("Directory: new company")},
        {tr("Menu, Shift+F10"), tr("Directory: export the table as CSV or copy it")},
        {tr("F5"), tr("Directory: load the lists again")},
        {tr("Tab, Shift+Tab"), tr("Directory: move between the search, the list and the record")},
    };
}

DirectorySession *DirectoryWorkspace::session() const
{
    return m_session;
}

DirectoryWorkspace::Tab DirectoryWorkspace::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void DirectoryWorkspace::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void DirectoryWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session && !m_session->isStarted())
        m_session->start();
}

void DirectoryWorkspace::refresh()
{
    if (m_session)
        m_session->refresh();
}

void DirectoryWorkspace::focusSearch()
{
    showTab(Tab::Contacts);
    m_contactList->focusSearch();
}

void DirectoryWorkspace::showContact(const QString &contactId)
{
    if (contactId.isEmpty())
        return;
    showTab(Tab::Contacts);
    m_wantedContact = contactId;
    // A contact not in the loaded rows (or hidden by the search) is still shown beside the list.
    if (!m_contactList->selectId(ContactListModel::ContactIdRole, contactId))
        m_contactList->table()->clearSelection();
    m_session->openContact(contactId);
}

void DirectoryWorkspace::showCompany(const QString &companyId)
{
    if (companyId.isEmpty() || !m_session->hasCompanies())
        return;
    showTab(Tab::Companies);
    m_wantedCompany = companyId;
    if (!m_companyList->selectId(CompanyListModel::CompanyIdRole, companyId))
        m_companyList->table()->clearSelection();
    m_session->openCompany(companyId);
}

void DirectoryWorkspace::showAgent(const QString &agentId)
{
    if (agentId.isEmpty())
        return;
    showTab(Tab::Agents);
    m_agentList->selectId(AgentListModel::AgentIdRole, agentId);
    m_session->openAgent(agentId);
}

void DirectoryWorkspace::createContact(const ContactPrefill &prefill)
{
    if (!m_session || !m_session->hasCompanies())
        return;
    auto *dialog = new ContactCreateDialog(m_session, prefill, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactCreateDialog::created, this, &DirectoryWorkspace::showContact);
    dialog->open();
}

void DirectoryWorkspace::createCompany()
{
    if (!m_session || !m_session->hasCompanies())
        return;
    auto *dialog = new CompanyCreateDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompanyCreateDialog::created, this, &DirectoryWorkspace::showCompany);
    dialog->open();
}

} // namespace repdesk
