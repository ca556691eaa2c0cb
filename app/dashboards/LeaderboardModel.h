#pragma once

#include "Agent.h"
#include "FigureState.h"
#include "SalesPipeline.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

#include <optional>

namespace repdesk {

// The team leaderboard: one row per agent of the organization (by name),
// with their figures for the range from the agent analytics route. Rows fill
// in one by one as answers come; each has its own state and retry. Sort it
// with a QSortFilterProxyModel on Qt::UserRole (raw values); Qt::DisplayRole
// holds the text.
class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,          // QString name (email when unnamed)
        RespondedToColumn,    // int conversations responded to
        MessagesSentColumn,   // int messages sent
        PipelineVolumeColumn, // int sales over every pipeline stage
        PipelineValueColumn,  // double value over every stage (currency: currency())
        SalesRateColumn,      // double 0..1
        ColumnCount
    };
    Q_ENUM(Column)
    // Qt::UserRole: the raw value of the cell (invalid until the row's answer arrives).
    enum Role {
        AgentIdRole = Qt::UserRole + 1, // QString, any column
        AgentEmailRole,                 // QString
        StateRole,                      // int (FigureState::Value) of the row
        ErrorTextRole,                  // QString
        FetchedAtRole,                  // QDateTime UTC
        FromDiskRole,                   // bool
        RefreshingRole,                 // bool
    };
    Q_ENUM(Role)

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void setCurrency(const QString &isoCode);
    QString currency() const { return m_currency; }

    // The agents, sorted by name. Rows of agents still listed keep their figures.
    void setAgents(const QList<Agent> &agents);
    QList<Agent> agents() const;
    int rowOf(const QString &agentId) const { return m_rowOf.value(agentId, -1); }
    QString agentId(int row) const;
    // Drops every figure (a new range), keeping the rows.
    void clearFigures();

    void ask(const QString &agentId);
    void show(const QString &agentId, const AnalyticsAnswer &cached);
    void take(const QString &agentId, const AnalyticsAnswer &answer);
    // A newer answer about the agent's sales (their own dashboard's, asked at `fetchedAt`) replaces
    // the row's pipeline figures, so the row and the agent's tiles show the same.
    void takeSales(const QString &agentId, const SalesPipeline &sales, const QDateTime &fetchedAt);
    FigureState state(int row) const;
    std::optional<double> value(int row, Column column) const;
    int loadedCount() const;

    // The state of the agent list itself (listAgents).
    const FigureState &agentsState() const { return m_agentsState; }
    void setAgentsState(const FigureState &state);

    Q_INVOKABLE void retry(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void retryRequested(const QString &agentId);
    void agentsStateChanged();
    // One row's figures or state changed (also reported through dataChanged).
    void rowUpdated(int row);

private:
    struct Row
    {
        Agent agent;
        std::optional<double> values[ColumnCount];
        FigureState state;
    };
    void extract(Row &row, const AnalyticsAnswer &answer) const;
    static void extractSales(Row &row, const SalesPipeline &sales);
    void rowChanged(int row);
    QString name(const Agent &agent) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    FigureState m_agentsState;
    QLocale m_locale;
    QString m_currency;
};

} // namespace repdesk
