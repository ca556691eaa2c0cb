#include "SolutionModel.h"

#include "FigureFormatter.h"

namespace repdesk {

namespace {
constexpr int kFigures = int(SolutionModel::Figure::LeadResponseScore) + 1;

QVariantMap part(const QString &label, int value)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
}
} // namespace

SolutionModel::SolutionModel(const QString &solutionId, const QString &name, QObject *parent)
    : QAbstractListModel(parent), m_id(solutionId), m_name(name)
{
}

void SolutionModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT dataChanged(index(0), index(kFigures - 1));
}

SolutionModel::Unit SolutionModel::unitOf(Figure figure)
{
    switch (figure) {
    case Figure::ResponseRate:
    case Figure::AutonomyRate:
        return Unit::Rate;
    case Figure::ResponseTime:
    case Figure::ResponseTimeBusinessHours:
    case Figure::SpeedToSale:
        return Unit::Seconds;
    case Figure::SalesValue:
    case Figure::QuoteValue:
        return Unit::Amount;
    case Figure::LeadResponseScore:
        return Unit::Score;
    default:
        return Unit::Count;
    }
}

QString SolutionModel::titleOf(Figure figure)
{
    switch (figure) {
    case Figure::ResponseRate:
        return tr("Response rate");
    case Figure::ResponseTime:
        return tr("Response time");
    case Figure::ResponseTimeBusinessHours:
        return tr("Response time in business hours");
    case Figure::SpeedToSale:
        return tr("Speed to sale");
    case Figure::SalesValue:
        return tr("Sales value");
    case Figure::QuoteValue:
        return tr("Quote value");
    case Figure::FunnelSource:
        return tr("Leads in");
    case Figure::FunnelResponse:
        return tr("Responses sent");
    case Figure::FunnelOutcome:
        return tr("Quoted");
    case Figure::FunnelSale:
        return tr("Sales");
    case Figure::AutonomyRate:
        return tr("Autonomy rate");
    case Figure::LeadResponseScore:
        return tr("Lead response score");
    }
    return {};
}

std::optional<double> SolutionModel::value(Figure figure) const
{
    if (!m_analytics)
        return std::nullopt;
    const SolutionAnalytics &a = *m_analytics;
    switch (figure) {
    case Figure::ResponseRate:
        return a.responseRate;
    case Figure::ResponseTime:
        return a.responseTime;
    case Figure::ResponseTimeBusinessHours:
        return a.responseTimeBusinessHours;
    case Figure::SpeedToSale:
        return a.averageSpeedToSale;
    case Figure::SalesValue:
        return a.salesValue;
    case Figure::QuoteValue:
        return a.quoteValue;
    case Figure::FunnelSource:
        return a.sessionsDirectEmail + a.sessionsIndirectEmail + a.sessionsFormRequest;
    case Figure::FunnelResponse:
        return a.sessionsResponseSent;
    case Figure::FunnelOutcome:
        return a.sessionsQuoted;
    case Figure::FunnelSale:
        return a.sessionsSale;
    case Figure::AutonomyRate:
        return a.autonomyRate;
    case Figure::LeadResponseScore:
        return a.leadResponseScore;
    }
    return std::nullopt;
}

QVariantList SolutionModel::breakdown(Figure figure) const
{
    if (!m_analytics)
        return {};
    const SolutionAnalytics &a = *m_analytics;
    switch (figure) {
    case Figure::FunnelSource:
        return {part(tr("Direct email"), a.sessionsDirectEmail), part(tr("Indirect email"), a.sessionsIndirectEmail),
                part(tr("Form request"), a.sessionsFormRequest)};
    case Figure::FunnelResponse:
        return {part(tr("Response sent"), a.sessionsResponseSent), part(tr("Lead responded"), a.sessionsLeadResponded),
                part(tr("Ghosted"), a.sessionsGhosted), part(tr("Pending outreach"), a.sessionsPendingOutreach)};
    case Figure::FunnelOutcome:
        return {part(tr("Quoted"), a.sessionsQuoted)};
    case Figure::FunnelSale:
        return {part(tr("Sale"), a.sessionsSale)};
    case Figure::AutonomyRate:
        return {part(tr("Sent without changes"), a.chatsSentWithoutChanges),
                part(tr("Sent with changes"), a.chatsSentWithChanges)};
    default:
        return {};
    }
}

QString SolutionModel::detail(Figure figure) const
{
    if (!m_analytics)
        return {};
    const SolutionAnalytics &a = *m_analytics;
    switch (figure) {
    case Figure::ResponseRate:
        return tr("%n chat(s) sent", nullptr, a.numChatsSent) + QStringLiteral(", ")
            + tr("%n pending", nullptr, a.numPendingChats);
    case Figure::ResponseTime:
        return tr("over %n response(s)", nullptr, a.numResponses);
    case Figure::ResponseTimeBusinessHours:
        return tr("over %n response(s)", nullptr, a.numResponsesBusinessHours);
    case Figure::SpeedToSale:
        return tr("over %n sale(s)", nullptr, a.numSalesCounted);
    case Figure::SalesValue:
    case Figure::QuoteValue:
        return tr("Legacy analytics give no currency");
    default:
        break;
    }
    QStringList parts;
    for (const QVariant &p : breakdown(figure)) {
        const QVariantMap m = p.toMap();
        //: One part of a funnel stage: "Direct email: 12"
        parts << tr("%1: %2").arg(m.value(QStringLiteral("label")).toString(),
                                  m_locale.toString(m.value(QStringLiteral("value")).toInt()));
    }
    return parts.join(QStringLiteral(", "));
}

void SolutionModel::setAnalytics(const SolutionAnalytics &analytics)
{
    m_analytics = analytics;
    Q_EMIT dataChanged(index(0), index(kFigures - 1));
}

void SolutionModel::clear()
{
    m_analytics.reset();
    m_state = {};
    Q_EMIT dataChanged(index(0), index(kFigures - 1));
    Q_EMIT stateChanged();
}

void SolutionModel::ask()
{
    m_state.ask();
    Q_EMIT stateChanged();
}

void SolutionModel::show(const AnalyticsAnswer &cached)
{
    if (const auto a = cached.decode<SolutionAnalytics>()) {
        setAnalytics(*a);
        m_state.show(cached);
    }
    Q_EMIT stateChanged();
}

void SolutionModel::take(const AnalyticsAnswer &answer)
{
    if (m_state.take(answer)) {
        if (const auto a = answer.decode<SolutionAnalytics>())
            setAnalytics(*a);
    }
    Q_EMIT stateChanged();
}

int SolutionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFigures;
}

QVariant SolutionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= kFigures)
        return {};
    const Figure figure = Figure(index.row());
    const std::optional<double> v = value(figure);
    const FigureFormatter format(m_locale);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(figure);
    case FigureRole:
        return int(figure);
    case UnitRole:
        return int(unitOf(figure));
    case ValueRole:
        return v ? QVariant(*v) : QVariant();
    case ValueTextRole:
        switch (unitOf(figure)) {
        case Unit::Rate:
            return format.rate(v);
        case Unit::Seconds:
            return format.duration(v);
        case Unit::Amount:
            return format.money(v);
        case Unit::Score:
            return v ? format.decimal(*v, 1) : FigureFormatter::none();
        case Unit::Count:
            break;
        }
        return format.count(v ? std::optional<qint64>(qRound64(*v)) : std::nullopt);
    case DetailTextRole:
        return detail(figure);
    case BreakdownRole:
        return breakdown(figure);
    case FunnelStepRole:
        return figure >= Figure::FunnelSource && figure <= Figure::FunnelSale
            ? int(figure) - int(Figure::FunnelSource)
            : -1;
    default:
        return {};
    }
}

QHash<int, QByteArray> SolutionModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {FigureRole, "figure"}, {TitleRole, "title"},
            {UnitRole, "unit"}, {ValueRole, "value"}, {ValueTextRole, "valueText"},
            {DetailTextRole, "detailText"}, {BreakdownRole, "breakdown"}, {FunnelStepRole, "funnelStep"}};
}

} // namespace repdesk
