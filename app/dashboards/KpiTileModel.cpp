#include "KpiTileModel.h"

#include "AgentConversationStats.h"
#include "FigureChange.h"
#include "FigureFormatter.h"
#include "PipelineModel.h"
#include "ResponseRateStats.h"
#include "ResponseTimeStats.h"
#include "SalesPipeline.h"
#include "VolumeStats.h"

namespace repdesk {

using Route = AnalyticsRequest::Route;

KpiTileModel::KpiTileModel(bool agentScope, QObject *parent) : QAbstractListModel(parent), m_agentScope(agentScope)
{
    const QList<Tile> tiles = agentScope
        ? QList<Tile>{Tile::RespondedTo, Tile::MessagesSent, Tile::SalesRate, Tile::PipelineValue}
        : QList<Tile>{Tile::ResponseRate, Tile::ResponseTime, Tile::MessagesReceived, Tile::MessagesSent,
                      Tile::Conversations, Tile::SalesRate};
    for (Tile tile : tiles)
        m_entries.append(Entry{tile, {}, {}, 0, 0});
}

QList<KpiTileModel::Tile> KpiTileModel::tiles() const
{
    QList<Tile> out;
    for (const Entry &e : m_entries)
        out << e.tile;
    return out;
}

int KpiTileModel::rowOf(Tile tile) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).tile == tile)
            return i;
    }
    return -1;
}

Route KpiTileModel::routeOf(Tile tile) const
{
    switch (tile) {
    case Tile::ResponseRate:
        return Route::ResponseRate;
    case Tile::ResponseTime:
        return Route::ResponseTime;
    case Tile::MessagesReceived:
    case Tile::Conversations:
        return Route::Volume;
    case Tile::MessagesSent:
        return m_agentScope ? Route::AgentConversations : Route::Volume;
    case Tile::RespondedTo:
        return Route::AgentConversations;
    case Tile::SalesRate:
    case Tile::PipelineValue:
        return m_agentScope ? Route::AgentSales : Route::Sales;
    }
    return Route::Volume;
}

QList<Route> KpiTileModel::routes() const
{
    QList<Route> out;
    for (const Entry &e : m_entries) {
        if (!out.contains(routeOf(e.tile)))
            out << routeOf(e.tile);
    }
    return out;
}

KpiTileModel::Unit KpiTileModel::unitOf(Tile tile)
{
    switch (tile) {
    case Tile::ResponseRate:
    case Tile::SalesRate:
        return Unit::Rate;
    case Tile::ResponseTime:
        return Unit::Seconds;
    case Tile::PipelineValue:
        return Unit::Money;
    default:
        return Unit::Count;
    }
}

bool KpiTileModel::higherIsBetter(Tile tile)
{
    // Every figure here is better higher, except waiting longer for an answer.
    return tile != Tile::ResponseTime;
}

QString KpiTileModel::titleOf(Tile tile)
{
    switch (tile) {
    case Tile::ResponseRate:
        return tr("Response rate");
    case Tile::ResponseTime:
        return tr("Average response time");
    case Tile::MessagesReceived:
        return tr("Messages received");
    case Tile::MessagesSent:
        return tr("Messages sent");
    case Tile::Conversations:
        return tr("Conversations");
    case Tile::SalesRate:
        return tr("Sales rate");
    case Tile::RespondedTo:
        return tr("Conversations responded to");
    case Tile::PipelineValue:
        return tr("Pipeline value");
    }
    return {};
}

void KpiTileModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

void KpiTileModel::setCurrency(const QString &isoCode)
{
    if (m_currency == isoCode)
        return;
    m_currency = isoCode;
    const int row = rowOf(Tile::PipelineValue);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void KpiTileModel::clear()
{
    for (Entry &e : m_entries)
        e = Entry{e.tile, {}, {}, 0, 0};
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1));
}

void KpiTileModel::ask(Route route, Period period)
{
    for (Entry &e : m_entries) {
        if (routeOf(e.tile) == route)
            side(e, period).state.ask();
    }
    changed(route);
}

void KpiTileModel::show(Route route, Period period, const AnalyticsAnswer &cached)
{
    for (Entry &e : m_entries) {
        if (routeOf(e.tile) != route)
            continue;
        extract(e, period, cached);
        side(e, period).state.show(cached);
    }
    changed(route);
}

void KpiTileModel::take(Route route, Period period, const AnalyticsAnswer &answer)
{
    for (Entry &e : m_entries) {
        if (routeOf(e.tile) != route)
            continue;
        if (side(e, period).state.take(answer))
            extract(e, period, answer);
    }
    changed(route);
}

void KpiTileModel::extract(Entry &e, Period period, const AnalyticsAnswer &answer)
{
    std::optional<double> &value = side(e, period).value;
    switch (e.tile) {
    case Tile::ResponseRate:
        if (const auto s = answer.decode<ResponseRateStats>()) {
            value = s->responseRate;
            // A null rate with something received is still a rate.
            if (!value && s->numConversationsReceived > 0)
                value = double(s->numConversationsRespondedTo) / s->numConversationsReceived;
            if (period == Period::Current) {
                e.responded = s->numConversationsRespondedTo;
                e.received = s->numConversationsReceived;
            }
        }
        break;
    case Tile::ResponseTime:
        if (const auto s = answer.decode<ResponseTimeStats>())
            value = s->responseTime;
        break;
    case Tile::MessagesReceived:
        if (const auto s = answer.decode<VolumeStats>())
            value = s->numMessagesReceived;
        break;
    case Tile::Conversations:
        if (const auto s = answer.decode<VolumeStats>())
            value = s->totalConversations;
        break;
    case Tile::MessagesSent:
        if (m_agentScope) {
            if (const auto s = answer.decode<AgentConversationStats>())
                value = s->messagesSent;
        } else if (const auto s = answer.decode<VolumeStats>()) {
            value = s->numMessagesSent;
        }
        break;
    case Tile::RespondedTo:
        if (const auto s = answer.decode<AgentConversationStats>())
            value = s->conversationsRespondedTo;
        break;
    case Tile::SalesRate:
        if (const auto s = answer.decode<SalesPipeline>())
            value = s->salesRate;
        break;
    case Tile::PipelineValue:
        if (const auto s = answer.decode<SalesPipeline>())
            value = PipelineModel::totalValue(*s);
        break;
    }
}

void KpiTileModel::changed(Route route)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (routeOf(m_entries.at(i).tile) == route)
            Q_EMIT dataChanged(index(i), index(i));
    }
}

FigureState KpiTileModel::state(Tile tile, Period period) const
{
    const int row = rowOf(tile);
    if (row < 0)
        return {};
    const Entry &e = m_entries.at(row);
    return period == Period::Current ? e.current.state : e.previous.state;
}

std::optional<double> KpiTileModel::value(Tile tile, Period period) const
{
    const int row = rowOf(tile);
    if (row < 0)
        return std::nullopt;
    const Entry &e = m_entries.at(row);
    return period == Period::Current ? e.current.value : e.previous.value;
}

void KpiTileModel::retry(int row)
{
    if (row >= 0 && row < m_entries.size())
        Q_EMIT retryRequested(routeOf(m_entries.at(row).tile));
}

QString KpiTileModel::text(Tile tile, std::optional<double> value) const
{
    const FigureFormatter format(m_locale);
    switch (unitOf(tile)) {
    case Unit::Rate:
        return format.rate(value);
    case Unit::Seconds:
        return format.duration(value);
    case Unit::Money:
        return format.money(value, m_currency);
    case Unit::Count:
        break;
    }
    return format.count(value ? std::optional<qint64>(qRound64(*value)) : std::nullopt);
}

QString KpiTileModel::detail(const Entry &e) const
{
    if (e.tile == Tile::ResponseRate && e.current.state.hasFigure()) {
        //: Under the response rate: "14 of 20 conversations responded to"
        return tr("%1 of %n conversation(s) responded to", nullptr, e.received).arg(m_locale.toString(e.responded));
    }
    if (e.tile == Tile::PipelineValue && m_currency.isEmpty() && e.current.state.hasFigure())
        return PipelineModel::mixedCurrencyNote();
    return {};
}

int KpiTileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant KpiTileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(index.row());
    const auto raw = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    const auto change = [this, &e] {
        return unitOf(e.tile) == Unit::Rate
            ? FigureChange::points(e.current.value, e.previous.value, higherIsBetter(e.tile), m_locale)
            : FigureChange::relative(e.current.value, e.previous.value, higherIsBetter(e.tile), m_locale);
    };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return titleOf(e.tile);
    case TileRole:
        return int(e.tile);
    case UnitRole:
        return int(unitOf(e.tile));
    case ValueRole:
        return raw(e.current.value);
    case ValueTextRole:
        return text(e.tile, e.current.value);
    case DetailTextRole:
        return detail(e);
    case RespondedRole:
        return e.tile == Tile::ResponseRate ? QVariant(e.responded) : QVariant();
    case ReceivedRole:
        return e.tile == Tile::ResponseRate ? QVariant(e.received) : QVariant();
    case PreviousValueRole:
        return raw(e.previous.value);
    case PreviousTextRole:
        return text(e.tile, e.previous.value);
    case ChangeDirectionRole:
        return change().direction;
    case ChangeSentimentRole:
        return change().sentiment;
    case ChangeAmountRole:
        return raw(change().amount);
    case ChangeTextRole:
        return change().text;
    case HigherIsBetterRole:
        return higherIsBetter(e.tile);
    case StateRole:
        return int(e.current.state.value);
    case ErrorTextRole:
        return e.current.state.errorText;
    case PreviousStateRole:
        return int(e.previous.state.value);
    case FetchedAtRole:
        return e.current.state.fetchedAt;
    case AgeTextRole:
        return FigureFormatter(m_locale).age(e.current.state.fetchedAt);
    case FromDiskRole:
        return e.current.state.fromDisk;
    case RefreshingRole:
        return e.current.state.refreshing;
    case CurrencyRole:
        return unitOf(e.tile) == Unit::Money ? m_currency : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> KpiTileModel::roleNames() const
{
    return {{TileRole, "tile"}, {TitleRole, "title"}, {UnitRole, "unit"}, {ValueRole, "value"},
            {ValueTextRole, "valueText"}, {DetailTextRole, "detailText"}, {RespondedRole, "responded"},
            {ReceivedRole, "received"}, {PreviousValueRole, "previousValue"}, {PreviousTextRole, "previousText"},
            {ChangeDirectionRole, "changeDirection"}, {ChangeSentimentRole, "changeSentiment"},
            {ChangeAmountRole, "changeAmount"}, {ChangeTextRole, "changeText"},
            {HigherIsBetterRole, "higherIsBetter"}, {StateRole, "state"}, {ErrorTextRole, "errorText"},
            {PreviousStateRole, "previousState"}, {FetchedAtRole, "fetchedAt"}, {AgeTextRole, "ageText"},
            {FromDiskRole, "fromDisk"}, {RefreshingRole, "refreshing"}, {CurrencyRole, "currency"},
            {Qt::DisplayRole, "display"}};
}

} // namespace repdesk
