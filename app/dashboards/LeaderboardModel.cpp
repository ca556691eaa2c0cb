#include "LeaderboardModel.h"

#include "AgentAnalytics.h"
#include "FigureFormatter.h"
#include "PipelineModel.h"

#include <QCollator>

#include <algorithm>

namespace repdesk {

LeaderboardModel::LeaderboardModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderboardModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LeaderboardModel::setCurrency(const QString &isoCode)
{
    if (m_currency == isoCode)
        return;
    m_currency = isoCode;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PipelineValueColumn), index(rowCount() - 1, PipelineValueColumn));
}

QString LeaderboardModel::name(const Agent &agent) const
{
    if (!agent.name.trimmed().isEmpty())
        return agent.name.trimmed();
    return agent.email.isEmpty() ? tr("(unnamed agent)") : agent.email;
}

void LeaderboardModel::setAgents(const QList<Agent> &agents)
{
    QList<Row> rows;
    rows.reserve(agents.size());
    for (const Agent &agent : agents) {
        if (agent.agentId.isEmpty() || std::any_of(rows.cbegin(), rows.cend(), [&agent](const Row &r) {
                return r.agent.agentId == agent.agentId;
            }))
            continue;
        const int old = rowOf(agent.agentId);
        Row row = old >= 0 ? m_rows.at(old) : Row{};
        row.agent = agent;
        rows.append(row);
    }
    QCollator collator(m_locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [this, &collator](const Row &a, const Row &b) {
        return collator.compare(name(a.agent), name(b.agent)) < 0;
    });
    // The server's list usually is the cached one: then rows stay put (views keep their selection).
    bool same = rows.size() == m_rows.size();
    for (int i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).agent.agentId == m_rows.at(i).agent.agentId;
    if (same) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, AgentColumn), index(rowCount() - 1, AgentColumn));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).agent.agentId, i);
    endResetModel();
}

QList<Agent> LeaderboardModel::agents() const
{
    QList<Agent> out;
    for (const Row &r : m_rows)
        out << r.agent;
    return out;
}

QString LeaderboardModel::agentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).agent.agentId : QString();
}

void LeaderboardModel::clearFigures()
{
    for (Row &r : m_rows)
        r = Row{r.agent, {}, {}};
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LeaderboardModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT rowUpdated(row);
}

void LeaderboardModel::ask(const QString &agentId)
{
    const int row = rowOf(agentId);
    if (row < 0)
        return;
    m_rows[row].state.ask();
    rowChanged(row);
}

void LeaderboardModel::show(const QString &agentId, const AnalyticsAnswer &cached)
{
    const int row = rowOf(agentId);
    if (row < 0)
        return;
    extract(m_rows[row], cached);
    m_rows[row].state.show(cached);
    rowChanged(row);
}

void LeaderboardModel::take(const QString &agentId, const AnalyticsAnswer &answer)
{
    const int row = rowOf(agentId);
    if (row < 0)
        return;
    if (m_rows[row].state.take(answer))
        extract(m_rows[row], answer);
    rowChanged(row);
}

void LeaderboardModel::extract(Row &row, const AnalyticsAnswer &answer) const
{
    const auto a = answer.decode<AgentAnalytics>();
    if (!a)
        return;
    row.values[RespondedToColumn] = a->conversations.conversationsRespondedTo;
    row.values[MessagesSentColumn] = a->conversations.messagesSent;
    extractSales(row, a->sales);
}

void LeaderboardModel::extractSales(Row &row, const SalesPipeline &sales)
{
    row.values[PipelineVolumeColumn] = PipelineModel::totalVolume(sales);
    row.values[PipelineValueColumn] = PipelineModel::totalValue(sales);
    row.values[SalesRateColumn] = sales.salesRate;
}

void LeaderboardModel::takeSales(const QString &agentId, const SalesPipeline &sales, const QDateTime &fetchedAt)
{
    const int row = rowOf(agentId);
    // Only over a figure that is older (or none): a later answer for the row stays.
    if (row < 0 || (m_rows.at(row).state.hasFigure() && m_rows.at(row).state.fetchedAt > fetchedAt))
        return;
    Row updated = m_rows.at(row);
    extractSales(updated, sales);
    // The same figures (the usual case: both answers came from the same sales) change nothing, so
    // views and watchers of rowUpdated hear only of rows that did change.
    if (std::equal(std::begin(updated.values), std::end(updated.values), std::begin(m_rows.at(row).values)))
        return;
    m_rows[row] = updated;
    rowChanged(row);
}

FigureState LeaderboardModel::state(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : FigureState();
}

std::optional<double> LeaderboardModel::value(int row, Column column) const
{
    if (row < 0 || row >= m_rows.size() || column <= AgentColumn || column >= ColumnCount)
        return std::nullopt;
    return m_rows.at(row).values[column];
}

int LeaderboardModel::loadedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.state.value == FigureState::Loaded; }));
}

void LeaderboardModel::setAgentsState(const FigureState &state)
{
    m_agentsState = state;
    Q_EMIT agentsStateChanged();
}

void LeaderboardModel::retry(int row)
{
    if (row >= 0 && row < m_rows.size())
        Q_EMIT retryRequested(m_rows.at(row).agent.agentId);
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Column column = Column(index.column());
    const std::optional<double> v = column > AgentColumn && column < ColumnCount ? r.values[column] : std::nullopt;
    const FigureFormatter format(m_locale);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AgentColumn:
            return name(r.agent);
        case PipelineValueColumn:
            return format.money(v, m_currency);
        case SalesRateColumn:
            return format.rate(v);
        default:
            return format.count(v ? std::optional<qint64>(qRound64(*v)) : std::nullopt);
        }
    case Qt::UserRole:
        if (column == AgentColumn)
            return name(r.agent);
        return v ? QVariant(*v) : QVariant();
    case Qt::ToolTipRole:
        return r.state.value == FigureState::Error ? r.state.errorText : r.agent.email;
    case Qt::TextAlignmentRole:
        return column == AgentColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case AgentIdRole:
        return r.agent.agentId;
    case AgentEmailRole:
        return r.agent.email;
    case StateRole:
        return int(r.state.value);
    case ErrorTextRole:
        return r.state.errorText;
    case FetchedAtRole:
        return r.state.fetchedAt;
    case FromDiskRole:
        return r.state.fromDisk;
    case RefreshingRole:
        return r.state.refreshing;
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case RespondedToColumn:
        return tr("Responded to");
    case MessagesSentColumn:
        return tr("Messages sent");
    case PipelineVolumeColumn:
        return tr("Pipeline sales");
    case PipelineValueColumn:
        return tr("Pipeline value");
    case SalesRateColumn:
        return tr("Sales rate");
    }
    return {};
}

QHash<int, QByteArray> LeaderboardModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(AgentIdRole, "agentId");
    names.insert(AgentEmailRole, "agentEmail");
    names.insert(StateRole, "state");
    names.insert(ErrorTextRole, "errorText");
    names.insert(FetchedAtRole, "fetchedAt");
    names.insert(FromDiskRole, "fromDisk");
    names.insert(RefreshingRole, "refreshing");
    return names;
}

} // namespace repdesk
