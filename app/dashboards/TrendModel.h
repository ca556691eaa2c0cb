#pragma once

#include "AnalyticsRange.h"
#include "FigureState.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

namespace repdesk {

// A scope's trends over the range: one row per bucket (local day, or ISO
// week for ranges longer than 31 days), filled bucket by bucket since the API
// only answers totals for a range. Columns are series; a series the scope's
// route does not have (an agent has no response rate) holds no values and
// hasSeries() says so. Each row carries its own state and retry.
class TrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        BucketColumn,       // label: "12 Mar" (day) or "Week 11" (week); Qt::UserRole: bucket start (QDateTime UTC)
        ResponseRateColumn, // double 0..1                 (organization)
        ResponseTimeColumn, // double seconds              (organization)
        ReceivedColumn,     // int messages received       (organization)
        SentColumn,         // int messages sent           (organization and agent)
        RespondedToColumn,  // int conversations responded to (organization and agent)
        ColumnCount
    };
    Q_ENUM(Column)
    // Qt::DisplayRole: the cell's text ("—" when unknown). Qt::UserRole: the
    // raw value (invalid when unknown or not a series of this scope).
    // The roles below answer the same on every column of a row.
    enum Role {
        BucketStartRole = Qt::UserRole + 1, // QDateTime UTC, inclusive
        BucketEndRole,       // QDateTime UTC, exclusive (now for the open bucket)
        FirstDayRole,        // QDate, local
        LastDayRole,         // QDate, local, inclusive
        ClosedRole,          // bool: the bucket can no longer change
        StateRole,           // int (FigureState::Value)
        ErrorTextRole,       // QString
        FetchedAtRole,       // QDateTime UTC
        FromDiskRole,        // bool
        RefreshingRole,      // bool
    };
    Q_ENUM(Role)

    explicit TrendModel(bool agentScope, QObject *parent = nullptr);

    bool isAgentScope() const { return m_agentScope; }
    bool hasSeries(Column column) const;
    AnalyticsRange::Granularity granularity() const { return m_granularity; }
    void setLocale(const QLocale &locale);

    // Replaces the rows when the buckets' starts changed, else only updates
    // their ends and closed flags (a refresh of the same range) and keeps the
    // figures. Returns true when the rows were replaced.
    bool setBuckets(const QList<AnalyticsRange::Bucket> &buckets, AnalyticsRange::Granularity granularity);
    const QList<AnalyticsRange::Bucket> &buckets() const { return m_buckets; }
    void clear();

    void ask(int row);
    void show(int row, const AnalyticsAnswer &cached);
    void take(int row, const AnalyticsAnswer &answer);
    FigureState state(int row) const;
    std::optional<double> value(int row, Column column) const;
    // Every row is Loaded.
    bool isComplete() const;
    Q_INVOKABLE void retry(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void retryRequested(int row);
    // A row's figures or state changed (also reported through dataChanged).
    void rowUpdated(int row);

private:
    struct Point
    {
        std::optional<double> values[ColumnCount];
        FigureState state;
    };
    void extract(Point &point, const AnalyticsAnswer &answer) const;
    QString label(int row) const;
    QString text(Column column, const std::optional<double> &value) const;
    void rowChanged(int row);

    bool m_agentScope;
    AnalyticsRange::Granularity m_granularity = AnalyticsRange::Granularity::Day;
    QList<AnalyticsRange::Bucket> m_buckets;
    QList<Point> m_points;
    QLocale m_locale;
};

} // namespace repdesk
