#include "sales/SalesTablePage.h"

#include "common/KeyboardSort.h"

#include "PagedTableModel.h"
#include "SaleFilterProxy.h"
#include "SaleListModel.h"
#include "SaleNames.h"
#include "SalesBoardModel.h"
#include "SalesSession.h"
#include "common/EmptyStateWidget.h"
#include "common/TableExportActions.h"
#include "sales/SaleFilterBar.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace repdesk {

SalesTablePage::SalesTablePage(QWidget *parent)
    : QWidget(parent),
      m_filters(new SaleFilterBar(this)),
      m_rows(new PagedTableModel(this)),
      m_proxy(new SaleFilterProxy(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyStateWidget(this)),
      m_status(new QLabel(this)),
      m_retry(new QPushButton(tr("Retr&y"), this))
{
    setObjectName(QStringLiteral("salesTablePage"));
    m_proxy->setSourceModel(m_rows);
    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("salesTable"));
    m_table->setAccessibleName(tr("Sales table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    KeyboardSort::install(m_table);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableExportActions::attach(m_table, tr("Sales"));
    m_empty->setOverlayTarget(m_table);
    m_empty->hide();
    m_status->setObjectName(QStringLiteral("salesTableStatus"));
    m_retry->setAccessibleName(tr("Load the sales again"));
    m_retry->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 0);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusRow);

    connect(m_filters, &SaleFilterBar::filterChanged, this, &SalesTablePage::applyFilter);
    connect(m_table, &QTableView::activated, this, &SalesTablePage::openCurrent);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        SaleListModel *list = m_session ? m_session->table() : nullptr;
        if (list && list->fetchState() == PagedListModel::FetchState::Error)
            list->retry();
        else if (list)
            list->refresh();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SalesTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SalesTablePage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SalesTablePage::updateState);
    setSession(nullptr);
}

SalesTablePage::~SalesTablePage() = default;

void SalesTablePage::setSession(SalesSession *session)
{
    if (m_session) {
        disconnect(m_session->table(), nullptr, this, nullptr);
        disconnect(m_session->board(), nullptr, this, nullptr);
        disconnect(m_session->names(), nullptr, this, nullptr);
    }
    m_session = session;
    m_sized = false;
    if (!session) {
        m_proxy->setList(nullptr);
        m_rows->setSource(nullptr, {});
        updateState();
        return;
    }
    SaleListModel *list = session->table();
    m_proxy->setList(list);
    m_rows->setSource(list, {
        {tr("Company"), SaleListModel::CompanyTextRole, -1},
        {tr("Contact"), SaleListModel::ContactTextRole, -1},
        {tr("Owner"), SaleListModel::OwnerTextRole, -1},
        {tr("Stage"), SaleListModel::StageRole, -1},
        {tr("Total"), SaleListModel::TotalTextRole, SaleListModel::TotalRole},
        {tr("Created"), SaleListModel::CreatedTextRole, SaleListModel::CreatedAtRole},
        {tr("Last activity"), SaleListModel::LastActivityTextRole, SaleListModel::LastActivityAtRole},
        {tr("Products"), SaleListModel::ProductsRole, -1},
    });
    // Newest first until a header is clicked.
    m_table->sortByColumn(5, Qt::DescendingOrder);
    connect(list, &PagedListModel::fetchStateChanged, this, &SalesTablePage::updateState);
    connect(list, &PagedListModel::pageLoaded, this, &SalesTablePage::updateState);
    connect(session->board(), &SalesBoardModel::stagesChanged, this, &SalesTablePage::updateChoices);
    connect(session->names(), &SaleNames::namesChanged, this, &SalesTablePage::updateChoices);
    connect(session, &SalesSession::loadingChanged, this, &SalesTablePage::updateState);
    updateChoices();
    applyFilter(m_filters->filter());
    updateState();
}

void SalesTablePage::focusDefault()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void SalesTablePage::applyFilter(const SaleTableFilter &filter)
{
    if (!m_session)
        return;
    m_proxy->setFilter(filter);
    m_session->table()->setFilter(filter);
    updateState();
}

void SalesTablePage::updateChoices()
{
    if (!m_session)
        return;
    // Stages in pipeline order, owners and companies by name (alphabetically): never ids.
    m_filters->setStages(m_session->board()->stages());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto byName = [&collator](const QPair<QString, QString> &a, const QPair<QString, QString> &b) {
        return collator.compare(a.first, b.first) < 0;
    };
    QList<QPair<QString, QString>> owners;
    const QHash<QString, Agent> &agents = m_session->names()->agents();
    for (auto it = agents.cbegin(); it != agents.cend(); ++it) {
        const QString name = SaleNames::agentName(*it);
        if (!name.isEmpty())
            owners.append({name, it.key()});
    }
    std::sort(owners.begin(), owners.end(), byName);
    m_filters->setOwners(owners);
    QList<QPair<QString, QString>> companies;
    QSet<QString> seen;
    SalesBoardModel *board = m_session->board();
    for (int row = 0; row < board->rowCount(); ++row) {
        const Sale *sale = board->sale(row);
        if (!sale || sale->companyId.isEmpty() || seen.contains(sale->companyId))
            continue;
        seen.insert(sale->companyId);
        companies.append({m_session->names()->companyText(sale->companyId), sale->companyId});
    }
    std::sort(companies.begin(), companies.end(), byName);
    m_filters->setCompanies(companies);
}

QString SalesTablePage::statusText() const
{
    return m_status->text();
}

void SalesTablePage::updateState()
{
    SaleListModel *list = m_session ? m_session->table() : nullptr;
    m_retry->hide();
    if (!list) {
        m_empty->setContent(tr("No organization is open"), tr("Sign in to see the sales."));
        m_empty->show();
        m_status->clear();
        return;
    }
    const int shown = m_proxy->rowCount();
    const int loaded = list->itemRowCount();
    const bool indexLoading = list->isFromIndex() && m_session->isLoading();
    const PagedListModel::FetchState state = list->fetchState();
    const bool loading = indexLoading || state == PagedListModel::FetchState::Loading;
    QString text;
    if (state == PagedListModel::FetchState::Error) {
        text = tr("Could not load more sales: %1").arg(list->lastError().message());
        m_retry->show();
    } else if (loading) {
        text = tr("%n sale(s) shown; loading more…", nullptr, shown);
    } else if (state == PagedListModel::FetchState::Idle && list->hasMore()) {
        text = tr("%1 of %n loaded sale(s) shown; scroll down for more", nullptr, loaded).arg(shown);
    } else {
        text = tr("%1 of %n sale(s) shown", nullptr, loaded).arg(shown);
    }
    if (!list->isFromIndex())
        text += QLatin1Char(' ') + tr("(asked from HyperRep for this owner or first day)");
    m_status->setText(text);
    m_status->setAccessibleName(text);

    const bool empty = shown == 0 && !loading;
    if (empty && state == PagedListModel::FetchState::Error)
        m_empty->setContent(tr("Could not load the sales"), tr("Press Retry below, or F5."));
    else if (empty && loaded == 0 && m_proxy->filter().isEmpty())
        m_empty->setContent(tr("No sales yet"), tr("Sales appear here as they are created in HyperRep."));
    else if (empty)
        m_empty->setContent(tr("No sale matches these filters"), tr("Choose all stages, owners or companies, or widen the dates."));
    m_empty->setVisible(empty);
    if (!m_sized && shown > 0) {
        // The first rows: columns fit what they show, products take the rest.
        m_sized = true;
        for (int column = 0; column < m_rows->columnCount() - 1; ++column)
            m_table->resizeColumnToContents(column);
        // Company and contact names may still read "Loading…" now: room for a usual name.
        for (int column : {0, 1})
            m_table->setColumnWidth(column, qMax(m_table->columnWidth(column), fontMetrics().averageCharWidth() * 24));
    }
    if (m_table->hasFocus() && !m_table->currentIndex().isValid() && shown > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void SalesTablePage::openCurrent()
{
    const Sale *sale = m_proxy->saleAt(m_table->currentIndex().row());
    if (sale)
        Q_EMIT openSaleRequested(sale->saleId);
}

} // namespace repdesk
