#include "dashboards/LeaderboardView.h"

#include "common/ErrorBanner.h"
#include "common/KeyboardSort.h"
#include "common/TableExportActions.h"
#include "common/ThemeColors.h"
#include "common/ThemedIcon.h"
#include "dashboards/LeaderboardProxy.h"
#include "dashboards/WrappingHeader.h"

#include "FigureFormatter.h"
#include "FigureState.h"
#include "LeaderboardModel.h"
#include "TeamLeaderboard.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace repdesk {

LeaderboardView::LeaderboardView(QWidget *parent)
    : QWidget(parent),
      m_proxy(new LeaderboardProxy(this)),
      m_table(new QTableView(this)),
      m_export(nullptr),
      m_banner(new ErrorBanner(this)),
      m_sortColumn(new QComboBox(this)),
      m_sortOrder(new QComboBox(this)),
      m_caption(new QLabel(this)),
      m_update(new QTimer(this))
{
    auto *title = new QLabel(tr("Team"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_proxy->setErrorIcon(ThemedIcon::get(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning, this));
    m_table->setHorizontalHeader(new WrappingHeader(m_table));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    KeyboardSort::install(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Team leaderboard"));
    m_table->setAccessibleDescription(tr("One row per agent. Enter opens the agent's dashboard."));
    m_export = TableExportActions::attach(m_table, tr("Team leaderboard"));
    if (QMenu *menu = m_export->menu()) {
        menu->addSeparator();
        QAction *retryRow = menu->addAction(tr("Retry this row"), this, [this] {
            const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
            if (m_model && current.isValid())
                m_model->retry(current.row());
        });
        connect(menu, &QMenu::aboutToShow, this, [this, retryRow] {
            const QModelIndex current = m_table->currentIndex();
            retryRow->setEnabled(current.isValid()
                                 && current.data(LeaderboardModel::StateRole).toInt() == FigureState::Error);
        });
    }
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(LeaderboardModel::AgentIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT agentActivated(id, m_proxy->index(index.row(), LeaderboardModel::AgentColumn).data().toString());
    });

    m_banner->setDismissible(false);
    m_banner->hide();
    connect(m_banner, &ErrorBanner::retryRequested, this, &LeaderboardView::retryFailed);

    auto *sortLabel = new QLabel(tr("&Sort by:"), this);
    sortLabel->setBuddy(m_sortColumn);
    m_sortColumn->setAccessibleName(tr("Sort the team by"));
    auto *orderLabel = new QLabel(tr("&Order:"), this);
    orderLabel->setBuddy(m_sortOrder);
    m_sortOrder->addItem(tr("Highest first"), int(Qt::DescendingOrder));
    m_sortOrder->addItem(tr("Lowest first"), int(Qt::AscendingOrder));
    m_sortOrder->setAccessibleName(tr("Sort order"));
    const auto applySort = [this] {
        sortBy(m_sortColumn->currentData().toInt(), Qt::SortOrder(m_sortOrder->currentData().toInt()));
    };
    connect(m_sortColumn, &QComboBox::activated, this, applySort);
    connect(m_sortOrder, &QComboBox::activated, this, applySort);
    // A header click sorts too: the boxes follow it.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_sortColumn->setCurrentIndex(m_sortColumn->findData(column));
        m_sortOrder->setCurrentIndex(m_sortOrder->findData(int(order)));
    });

    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setWordWrap(true);
    m_update->setSingleShot(true);
    m_update->setInterval(0);
    connect(m_update, &QTimer::timeout, this, &LeaderboardView::updateState);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title, 1);
    header->addWidget(sortLabel);
    header->addWidget(m_sortColumn);
    header->addWidget(orderLabel);
    header->addWidget(m_sortOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_caption);
    fillSortColumns();
    sortBy(LeaderboardModel::RespondedToColumn, Qt::DescendingOrder);
    updateState();
}

void LeaderboardView::fillSortColumns()
{
    m_sortColumn->clear();
    const LeaderboardModel names;
    for (int column = 0; column < LeaderboardModel::ColumnCount; ++column)
        m_sortColumn->addItem(names.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), column);
}

void LeaderboardView::setTeam(TeamLeaderboard *team)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_team = team;
    m_model = team ? team->model() : nullptr;
    m_proxy->setSourceModel(m_model);
    // Names take the room left; a section exists only once there is a model.
    if (m_proxy->columnCount() > LeaderboardModel::AgentColumn)
        m_table->horizontalHeader()->setSectionResizeMode(LeaderboardModel::AgentColumn, QHeaderView::Stretch);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &LeaderboardView::scheduleUpdate);
        connect(m_model, &QAbstractItemModel::modelReset, this, &LeaderboardView::scheduleUpdate);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &LeaderboardView::scheduleUpdate);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LeaderboardView::scheduleUpdate);
        connect(m_model, &LeaderboardModel::agentsStateChanged, this, &LeaderboardView::scheduleUpdate);
    }
    updateState();
}

void LeaderboardView::sortBy(int column, Qt::SortOrder order)
{
    m_table->sortByColumn(column, order);
    m_sortColumn->setCurrentIndex(m_sortColumn->findData(column));
    m_sortOrder->setCurrentIndex(m_sortOrder->findData(int(order)));
}

void LeaderboardView::retryFailed()
{
    if (!m_model)
        return;
    if (m_model->agentsState().value == FigureState::Error && m_team)
        m_team->retryAgents();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->state(row).value == FigureState::Error)
            m_model->retry(row);
    }
}

void LeaderboardView::scheduleUpdate()
{
    // Rows answer one by one: one caption update per event loop turn.
    m_update->start();
}

void LeaderboardView::updateState()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    int pending = 0, failed = 0;
    QString why;
    QDateTime oldest;
    for (int row = 0; row < rows; ++row) {
        const FigureState state = m_model->state(row);
        pending += state.value == FigureState::Loading || state.refreshing ? 1 : 0;
        if (state.value == FigureState::Error) {
            ++failed;
            why = state.errorText;
        }
        if (state.hasFigure() && (!oldest.isValid() || state.fetchedAt < oldest))
            oldest = state.fetchedAt;
    }
    const FigureState agents = m_model ? m_model->agentsState() : FigureState();
    if (agents.value == FigureState::Error)
        m_banner->showMessage(rows > 0 ? tr("Could not refresh the list of agents: %1").arg(agents.errorText)
                                       : tr("Could not load the list of agents: %1").arg(agents.errorText));
    else if (failed > 0)
        m_banner->showMessage(tr("%n agent(s) could not be loaded: %1", nullptr, failed).arg(why));
    else
        m_banner->hideBanner();

    QStringList parts;
    if (rows == 0 && agents.value == FigureState::Loading)
        parts << tr("Loading the team…");
    else if (rows == 0 && agents.value != FigureState::Error)
        parts << tr("No agents in this organization.");
    if (pending > 0)
        parts << tr("%n agent(s) still loading…", nullptr, pending);
    else if (oldest.isValid())
        parts << tr("Updated %1").arg(FigureFormatter().age(oldest));
    if (rows > 0)
        parts << tr("Enter opens an agent's dashboard.");
    m_caption->setText(parts.join(QStringLiteral(" · ")));
    ThemeColors::setTextColor(m_caption, ThemeColors::muted(palette()));
}

QString LeaderboardView::captionText() const
{
    return m_caption->text();
}

void LeaderboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The colours of the captions are mixed from the palette: mix them again.
    if (event->type() == QEvent::PaletteChange)
        updateState();
}

} // namespace repdesk
