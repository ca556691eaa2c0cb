#pragma once

#include "AnalyticsRequest.h"
#include "FigureState.h"

#include <QAbstractListModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace repdesk {

// The KPI tiles of one dashboard scope, one row per tile, each with its figure
// for the range and for the previous period of the same length, the change
// between them, and its own state: a route that fails marks only the tiles it
// feeds as Error, and retry(row) asks that route again.
//
// Organization tiles: ResponseRate (response-rate), ResponseTime
// (response-time), MessagesReceived, MessagesSent and Conversations (volume),
// SalesRate (sales). Agent tiles: RespondedTo and MessagesSent (agent
// conversations), SalesRate and PipelineValue (agent sales).
class KpiTileModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Tile { ResponseRate, ResponseTime, MessagesReceived, MessagesSent, Conversations, SalesRate,
                      RespondedTo, PipelineValue };
    Q_ENUM(Tile)
    // What ValueRole holds.
    enum class Unit { Rate, Seconds, Count, Money };
    Q_ENUM(Unit)
    enum class Period { Current, Previous };

    enum Role {
        TileRole = Qt::UserRole + 1, // int (Tile)
        TitleRole,           // QString, e.g. "Response rate" (also Qt::DisplayRole)
        UnitRole,            // int (Unit)
        ValueRole,           // double: Rate 0..1, Seconds, Count, Money amount; invalid when unknown
        ValueTextRole,       // QString: "70%", "1 h 12 min", "118", "$21,600.00"; "—" when unknown
        DetailTextRole,      // QString: e.g. "14 of 20 conversations responded to"; may be empty
        RespondedRole,       // int: ResponseRate tile only, conversations responded to
        ReceivedRole,        // int: ResponseRate tile only, conversations received
        PreviousValueRole,   // double, as ValueRole, for the previous period; invalid when unknown
        PreviousTextRole,    // QString
        ChangeDirectionRole, // int: -1, 0, +1 (0 also when either side is unknown)
        ChangeSentimentRole, // int: +1 good news, -1 bad news, 0 neither (lower is better for ResponseTime)
        ChangeAmountRole,    // double: relative change (0.12 = +12%), or rate difference (−0.03 = −3 pts); invalid when unknown
        ChangeTextRole,      // QString: "▲ 12%", "▼ 3 pts"; empty when unknown
        HigherIsBetterRole,  // bool
        StateRole,           // int (FigureState::Value) of the range's figure
        ErrorTextRole,       // QString: why the range's figure failed
        PreviousStateRole,   // int (FigureState::Value) of the previous period's figure
        FetchedAtRole,       // QDateTime (UTC): when the shown figure was fetched; invalid when none
        AgeTextRole,         // QString: "just now", "5 min ago"
        FromDiskRole,        // bool: the figure was read from the cache (a refresh may follow)
        RefreshingRole,      // bool: a request for it is in flight
        CurrencyRole,        // QString: ISO code for Money tiles when all sales share one; else empty
    };
    Q_ENUM(Role)

    explicit KpiTileModel(bool agentScope, QObject *parent = nullptr);

    bool isAgentScope() const { return m_agentScope; }
    QList<Tile> tiles() const;
    int rowOf(Tile tile) const;
    // The route each tile's figure comes from, in this scope.
    AnalyticsRequest::Route routeOf(Tile tile) const;
    // The routes the tiles need, each asked for both periods.
    QList<AnalyticsRequest::Route> routes() const;

    void setLocale(const QLocale &locale);
    void setCurrency(const QString &isoCode);

    // Drops every figure (a new range or scope).
    void clear();
    void ask(AnalyticsRequest::Route route, Period period);
    void show(AnalyticsRequest::Route route, Period period, const AnalyticsAnswer &cached);
    void take(AnalyticsRequest::Route route, Period period, const AnalyticsAnswer &answer);

    FigureState state(Tile tile, Period period = Period::Current) const;
    std::optional<double> value(Tile tile, Period period = Period::Current) const;
    QVariant data(Tile tile, int role) const { return data(index(rowOf(tile)), role); }

    // Asks the route of that row's tile again (only that route).
    Q_INVOKABLE void retry(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void retryRequested(repdesk::AnalyticsRequest::Route route);

private:
    struct Side
    {
        std::optional<double> value;
        FigureState state;
    };
    struct Entry
    {
        Tile tile;
        Side current;
        Side previous;
        int responded = 0;
        int received = 0;
    };

    static Unit unitOf(Tile tile);
    static bool higherIsBetter(Tile tile);
    static QString titleOf(Tile tile);
    QString text(Tile tile, std::optional<double> value) const;
    QString detail(const Entry &entry) const;
    Side &side(Entry &entry, Period period) { return period == Period::Current ? entry.current : entry.previous; }
    void extract(Entry &entry, Period period, const AnalyticsAnswer &answer);
    void changed(AnalyticsRequest::Route route);

    bool m_agentScope;
    QList<Entry> m_entries;
    QLocale m_locale;
    QString m_currency;
};

} // namespace repdesk
