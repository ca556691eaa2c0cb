#pragma once

#include "FigureState.h"
#include "SolutionAnalytics.h"

#include <QAbstractListModel>
#include <QLocale>

#include <optional>

namespace repdesk {

// The legacy (v1) analytics of one solution, one row per figure in the order
// the page shows them: response rate, response time and its business-hours
// variant, speed to sale, sales and quote value, the funnel source →
// response → outcome → sale, autonomy rate and lead response score.
class SolutionModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Figure {
        ResponseRate, ResponseTime, ResponseTimeBusinessHours, SpeedToSale, SalesValue, QuoteValue,
        FunnelSource, FunnelResponse, FunnelOutcome, FunnelSale, AutonomyRate, LeadResponseScore
    };
    Q_ENUM(Figure)
    enum class Unit { Rate, Seconds, Amount, Count, Score };
    Q_ENUM(Unit)
    enum Role {
        FigureRole = Qt::UserRole + 1, // int (Figure)
        TitleRole,       // QString (also Qt::DisplayRole)
        UnitRole,        // int (Unit)
        ValueRole,       // double: Rate 0..1, Seconds, Amount (no currency in v1), Count, Score; invalid when unknown
        ValueTextRole,   // QString
        DetailTextRole,  // QString: what the figure is made of ("12 direct emails, 3 indirect, 5 forms")
        BreakdownRole,   // QVariantList of QVariantMap {"label": QString, "value": int}: a funnel stage's parts
        FunnelStepRole,  // int 0..3 for the funnel rows (source, response, outcome, sale), -1 otherwise
    };
    Q_ENUM(Role)

    explicit SolutionModel(const QString &solutionId, const QString &name, QObject *parent = nullptr);

    QString solutionId() const { return m_id; }
    QString name() const { return m_name; }
    void setLocale(const QLocale &locale);

    void clear();
    void ask();
    void show(const AnalyticsAnswer &cached);
    void take(const AnalyticsAnswer &answer);
    const FigureState &state() const { return m_state; }
    bool hasFigures() const { return m_analytics.has_value(); }
    const std::optional<SolutionAnalytics> &analytics() const { return m_analytics; }
    std::optional<double> value(Figure figure) const;
    Q_INVOKABLE void retry() { Q_EMIT retryRequested(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void stateChanged();
    void retryRequested();

private:
    static Unit unitOf(Figure figure);
    static QString titleOf(Figure figure);
    QString detail(Figure figure) const;
    QVariantList breakdown(Figure figure) const;
    void setAnalytics(const SolutionAnalytics &analytics);

    QString m_id;
    QString m_name;
    std::optional<SolutionAnalytics> m_analytics;
    FigureState m_state;
    QLocale m_locale;
};

} // namespace repdesk
