#include "dashboards/LeaderboardProxy.h"

#include "FigureState.h"
#include "LeaderboardModel.h"

namespace repdesk {

LeaderboardProxy::LeaderboardProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Rows fill in as answers come: they move into place while the user keeps their selection.
    setDynamicSortFilter(true);
}

QString LeaderboardProxy::agentId(int proxyRow) const
{
    return index(proxyRow, 0).data(LeaderboardModel::AgentIdRole).toString();
}

QVariant LeaderboardProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto state = FigureState::Value(QSortFilterProxyModel::data(index, LeaderboardModel::StateRole).toInt());
    const bool hasFigure = QSortFilterProxyModel::data(index, LeaderboardModel::FetchedAtRole).toDateTime().isValid();
    const bool pending = !hasFigure && (state == FigureState::Loading || state == FigureState::Idle);
    const bool failed = state == FigureState::Error;
    const bool agentColumn = index.column() == LeaderboardModel::AgentColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (pending && !agentColumn)
            return QStringLiteral("…");
        break;
    case Qt::DecorationRole:
        if (failed && agentColumn)
            return m_errorIcon;
        break;
    case Qt::AccessibleDescriptionRole: {
        if (pending)
            return tr("Loading");
        if (failed) {
            const QString why = QSortFilterProxyModel::data(index, LeaderboardModel::ErrorTextRole).toString();
            return hasFigure ? tr("Could not refresh: %1").arg(why) : tr("Could not load: %1").arg(why);
        }
        break;
    }
    case Qt::ToolTipRole:
        if (pending)
            return tr("Loading…");
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant LeaderboardProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // What each column counts, for the header's tooltip (the short titles leave it open).
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case LeaderboardModel::RespondedToColumn:
            return tr("Conversations responded to in the range");
        case LeaderboardModel::MessagesSentColumn:
            return tr("Messages sent in the range");
        case LeaderboardModel::PipelineVolumeColumn:
            return tr("Sales over every pipeline stage");
        case LeaderboardModel::PipelineValueColumn:
            return tr("Value of the sales over every pipeline stage");
        case LeaderboardModel::SalesRateColumn:
            return tr("The agent's sales rate in the range");
        default:
            break;
        }
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

} // namespace repdesk
