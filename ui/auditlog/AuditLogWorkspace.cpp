#include "auditlog/AuditLogWorkspace.h"

#include "common/KeyboardSort.h"

#include "AuditChangeText.h"
#include "AuditLogListModel.h"
#include "OrganizationSession.h"
#include "PagedTableModel.h"
#include "SaleDetailLoader.h"
#include "auditlog/AuditLogFilterBar.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "common/TableExportActions.h"
#include "dashboards/SaleDetailPane.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace repdesk {

AuditLogWorkspace::AuditLogWorkspace(QWidget *parent)
    : QWidget(parent),
      m_banner(new ErrorBanner(this)),
      m_filters(new AuditLogFilterBar(this)),
      m_rows(new PagedTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_empty(new EmptyStateWidget(this)),
      m_status(new QLabel(this)),
      m_title(new QLabel(this)),
      m_detail(new QPlainTextEdit(this)),
      m_open(new QPushButton(this)),
      m_sale(new SaleDetailPane(this))
{
    setObjectName(QStringLiteral("auditLogWorkspace"));
    m_sorted->setSourceModel(m_rows);
    m_sorted->setSortRole(Qt::UserRole);
    m_table->setModel(m_sorted);
    m_table->setObjectName(QStringLiteral("auditLogTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    KeyboardSort::install(m_table);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableExportActions::attach(m_table, tr("Audit log"));
    m_empty->setOverlayTarget(m_table);
    m_empty->hide();

    m_status->setObjectName(QStringLiteral("auditLogStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_title->setObjectName(QStringLiteral("auditLogDetailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_detail->setReadOnly(true);
    m_detail->setObjectName(QStringLiteral("auditLogDetail"));
    m_detail->setAccessibleName(tr("Changes"));
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_open->setObjectName(QStringLiteral("auditLogOpen"));
    m_open->hide();
    m_sale->hide();
    m_title->setText(tr("Choose a change to see it in full."));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_open, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_sale, 2);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_filters, &AuditLogFilterBar::applyRequested, this, &AuditLogWorkspace::apply);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_session && m_session->model()->fetchState() == PagedListModel::FetchState::Error)
            m_session->model()->retry();
        else
            refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogWorkspace::showSelected);
    connect(m_table, &QTableView::activated, this, &AuditLogWorkspace::openSelected);
    connect(m_open, &QPushButton::clicked, this, &AuditLogWorkspace::openSelected);
    setOrganization(nullptr);
}

AuditLogWorkspace::~AuditLogWorkspace() = default;

void AuditLogWorkspace::setOrganization(OrganizationSession *organization)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_session && m_session->model())
        disconnect(m_session->model(), nullptr, this, nullptr);
    m_organization = organization;
    m_session = organization ? organization->auditLog() : nullptr;
    m_sale->setLoader(m_session ? m_session->saleDetail() : nullptr);
    m_sale->hide();
    if (!m_session) {
        m_rows->setSource(nullptr, {});
        updateState();
        return;
    }
    AuditLogListModel *model = m_session->model();
    m_rows->setSource(model, {
        {tr("When"), AuditLogListModel::OccurredTextRole, AuditLogListModel::OccurredAtRole},
        {tr("Agent"), AuditLogListModel::AgentNameRole, -1},
        {tr("Action"), AuditLogListModel::ActionTextRole, -1},
        {tr("Record"), AuditLogListModel::RecordTypeTextRole, -1},
        {tr("Changes"), AuditLogListModel::SummaryRole, -1},
    });
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order (newest first) until a header is clicked
    m_filters->setAgents(m_session->agents());
    m_filters->setFilter(m_session->filter());
    connect(m_session, &AuditLogSession::agentsChanged, this, [this] { m_filters->setAgents(m_session->agents()); });
    connect(model, &PagedListModel::fetchStateChanged, this, &AuditLogWorkspace::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AuditLogWorkspace::updateState);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0) {
            // The first page: columns fit what they show, the changes take the rest.
            for (int column = 0; column < m_rows->columnCount() - 1; ++column)
                m_table->resizeColumnToContents(column);
            if (m_table->hasFocus() && !m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_sorted->index(0, 0));
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, &AuditLogWorkspace::updateState);
    if (isVisible())
        m_session->start();
    updateState();
}

void AuditLogWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session)
        m_session->start();
}

void AuditLogWorkspace::refresh()
{
    if (m_session)
        m_session->refresh();
}

void AuditLogWorkspace::focusDefault()
{
    // The table, even before its first page: arrows then move through rows as they arrive, and
    // Shift+Tab reaches the filters.
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(0, 0));
}

void AuditLogWorkspace::apply(const AuditLogFilter &filter)
{
    if (!m_session)
        return;
    const QString problem = m_session->setFilter(filter);
    if (!problem.isEmpty()) {
        // Refused before any request; what is listed stays as it was.
        m_banner->showMessage(problem, ErrorBanner::Kind::Warning, false);
        return;
    }
    m_banner->hideBanner();
    updateState();
}

int AuditLogWorkspace::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_sorted->mapToSource(current).row() : -1;
}

void AuditLogWorkspace::showSelected()
{
    const AuditLog *log = m_session ? m_session->model()->entry(selectedRow()) : nullptr;
    m_sale->hide();
    if (!log) {
        m_title->setText(tr("Choose a change to see it in full."));
        m_detail->clear();
        m_open->hide();
        return;
    }
    const AuditLogListModel *model = m_session->model();
    //: The audit log detail's title: "Changed Sale — Maya Chen, 21/05/2026 17:42"
    m_title->setText(tr("%1 %2 — %3, %4")
                         .arg(AuditChangeText::actionLabel(log->actionType), AuditChangeText::recordTypeLabel(log->record.type),
                              model->agentName(log->agentId),
                              model->index(selectedRow()).data(AuditLogListModel::OccurredTextRole).toString()));
    QStringList blocks;
    for (const AuditChange &change : log->changes) {
        const QString field = change.field.isEmpty() ? tr("(unnamed field)") : change.field;
        //: One change in the audit log detail: the field, then its old and new values on their own lines
        blocks << tr("%1:\n  from: %2\n  to:   %3")
                      .arg(field, AuditChangeText::pretty(change.from).replace(QLatin1Char('\n'), QStringLiteral("\n        ")),
                           AuditChangeText::pretty(change.to).replace(QLatin1Char('\n'), QStringLiteral("\n        ")));
    }
    m_detail->setPlainText(blocks.isEmpty() ? tr("No field changes were recorded.") : blocks.join(QStringLiteral("\n\n")));
    const QString type = log->record.type;
    if (type == QLatin1String("conversation") && !log->record.id.isEmpty()) {
        m_open->setText(tr("&Open conversation in the inbox"));
        m_open->setAccessibleName(tr("Open conversation in the inbox"));
        m_open->show();
    } else if (type == QLatin1String("sale") && !log->record.id.isEmpty() && m_session->saleDetail()) {
        m_open->setText(tr("&Show sale"));
        m_open->setAccessibleName(tr("Show sale"));
        m_open->show();
    } else if (type == QLatin1String("message_draft") && !log->record.id.isEmpty()) {
        m_open->setText(tr("&Open message drafts"));
        m_open->setAccessibleName(tr("Open the organization's message drafts"));
        m_open->show();
    } else {
        if (type == QLatin1String("response_draft"))
            m_detail->appendPlainText(QLatin1Char('\n')
                                      + tr("The audit log does not say which conversation this reply draft belongs to, "
                                           "so Repdesk cannot open it from here."));
        m_open->hide();
    }
}

void AuditLogWorkspace::openSelected()
{
    const AuditLog *log = m_session ? m_session->model()->entry(selectedRow()) : nullptr;
    if (!log || log->record.id.isEmpty())
        return;
    if (log->record.type == QLatin1String("conversation")) {
        Q_EMIT openConversationRequested(log->record.id);
    } else if (log->record.type == QLatin1String("message_draft")) {
        Q_EMIT openMessageDraftsRequested(log->record.id);
    } else if (log->record.type == QLatin1String("sale") && m_session->saleDetail()) {
        if (m_session->saleDetail()->open(log->record.id)) {
            m_sale->show();
        } else {
            m_banner->showMessage(tr("This sale is not among the organization's sales Repdesk has loaded."),
                                  ErrorBanner::Kind::Info, false);
        }
    }
}

void AuditLogWorkspace::updateState()
{
    if (!m_session) {
        m_empty->setContent(tr("No organization is open"), tr("Sign in to see who changed what."));
        m_empty->show();
        m_status->clear();
        return;
    }
    if (!m_session->isAvailable()) {
        m_empty->setContent(tr("No audit log"), tr("This account's provider does not keep an audit log."));
        m_empty->show();
        m_status->clear();
        return;
    }
    AuditLogListModel *model = m_session->model();
    const int count = model->itemRowCount();
    switch (model->fetchState()) {
    case PagedListModel::FetchState::Loading:
        m_status->setText(count == 0 ? tr("Loading the audit log…") : tr("Loading more…"));
        break;
    case PagedListModel::FetchState::Error:
        m_banner->showMessage(tr("Could not load the audit log: %1").arg(model->lastError().message()));
        m_status->setText(tr("%n change(s) loaded", nullptr, count));
        break;
    case PagedListModel::FetchState::Complete:
        m_banner->hideBanner();
        m_status->setText(tr("All %n change(s)", nullptr, count));
        break;
    case PagedListModel::FetchState::Idle:
        m_banner->hideBanner();
        m_status->setText(tr("%n change(s) loaded; scroll down for more", nullptr, count));
        break;
    }
    m_status->setAccessibleName(m_status->text());
    const bool empty = count == 0 && model->fetchState() == PagedListModel::FetchState::Complete;
    if (empty)
        m_empty->setContent(tr("No changes match these filters"), tr("Widen the dates or choose all agents."));
    m_empty->setVisible(empty);
}

} // namespace repdesk
