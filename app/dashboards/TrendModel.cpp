#include "TrendModel.h"

#include "AgentConversationStats.h"
#include "ConversationAnalytics.h"
#include "FigureFormatter.h"

#include <QRegularExpression>

namespace repdesk {

TrendModel::TrendModel(bool agentScope, QObject *parent) : QAbstractTableModel(parent), m_agentScope(agentScope) {}

bool TrendModel::hasSeries(Column column) const
{
    switch (column) {
    case ResponseRateColumn:
    case ResponseTimeColumn:
    case ReceivedColumn:
        return !m_agentScope;
    case SentColumn:
    case RespondedToColumn:
        return true;
    default:
        return false;
    }
}

void TrendModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_points.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool TrendModel::setBuckets(const QList<AnalyticsRange::Bucket> &buckets, AnalyticsRange::Granularity granularity)
{
    bool same = buckets.size() == m_buckets.size() && granularity == m_granularity;
    for (int i = 0; same && i < buckets.size(); ++i)
        same = buckets.at(i).start == m_buckets.at(i).start;
    if (same) {
        m_buckets = buckets;
        if (!m_buckets.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return false;
    }
    beginResetModel();
    m_granularity = granularity;
    m_buckets = buckets;
    m_points = QList<Point>(buckets.size());
    endResetModel();
    return true;
}

void TrendModel::clear()
{
    beginResetModel();
    m_buckets.clear();
    m_points.clear();
    endResetModel();
}

void TrendModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT rowUpdated(row);
}

void TrendModel::ask(int row)
{
    if (row < 0 || row >= m_points.size())
        return;
    m_points[row].state.ask();
    rowChanged(row);
}

void TrendModel::show(int row, const AnalyticsAnswer &cached)
{
    if (row < 0 || row >= m_points.size())
        return;
    extract(m_points[row], cached);
    m_points[row].state.show(cached);
    rowChanged(row);
}

void TrendModel::take(int row, const AnalyticsAnswer &answer)
{
    if (row < 0 || row >= m_points.size())
        return;
    if (m_points[row].state.take(answer))
        extract(m_points[row], answer);
    rowChanged(row);
}

void TrendModel::extract(Point &point, const AnalyticsAnswer &answer) const
{
    if (m_agentScope) {
        if (const auto s = answer.decode<AgentConversationStats>()) {
            point.values[SentColumn] = s->messagesSent;
            point.values[RespondedToColumn] = s->conversationsRespondedTo;
        }
        return;
    }
    if (const auto a = answer.decode<ConversationAnalytics>()) {
        const ResponseRateStats &rate = a->responseRateStats;
        std::optional<double> r = rate.responseRate;
        if (!r && rate.numConversationsReceived > 0)
            r = double(rate.numConversationsRespondedTo) / rate.numConversationsReceived;
        point.values[ResponseRateColumn] = r;
        point.values[ResponseTimeColumn] = a->responseTimeStats.responseTime;
        point.values[ReceivedColumn] = a->volumeStats.numMessagesReceived;
        point.values[SentColumn] = a->volumeStats.numMessagesSent;
        point.values[RespondedToColumn] = rate.numConversationsRespondedTo;
    }
}

FigureState TrendModel::state(int row) const
{
    return row >= 0 && row < m_points.size() ? m_points.at(row).state : FigureState();
}

std::optional<double> TrendModel::value(int row, Column column) const
{
    if (row < 0 || row >= m_points.size() || column <= BucketColumn || column >= ColumnCount)
        return std::nullopt;
    return m_points.at(row).values[column];
}

bool TrendModel::isComplete() const
{
    for (const Point &p : m_points) {
        if (p.state.value != FigureState::Loaded)
            return false;
    }
    return true;
}

void TrendModel::retry(int row)
{
    if (row >= 0 && row < m_points.size())
        Q_EMIT retryRequested(row);
}

QString TrendModel::label(int row) const
{
    const AnalyticsRange::Bucket &b = m_buckets.at(row);
    if (m_granularity == AnalyticsRange::Granularity::Week) {
        //: A week bucket of a trend chart, by ISO week number
        return tr("Week %1").arg(m_locale.toString(b.firstDay.weekNumber()));
    }
    // The locale's short date without its year ("3/12", "12.03."): the range says the year.
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression trailingYear(QStringLiteral("[^dMy]*y+[^dMy]*$"));
    static const QRegularExpression leadingYear(QStringLiteral("^y+[^dMy]*"));
    format.remove(trailingYear);
    format.remove(leadingYear);
    return m_locale.toString(b.firstDay, format.isEmpty() ? QStringLiteral("d MMM") : format);
}

QString TrendModel::text(Column column, const std::optional<double> &value) const
{
    const FigureFormatter format(m_locale);
    switch (column) {
    case ResponseRateColumn:
        return format.rate(value);
    case ResponseTimeColumn:
        return format.duration(value);
    default:
        return format.count(value ? std::optional<qint64>(qRound64(*value)) : std::nullopt);
    }
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const int row = index.row();
    const Column column = Column(index.column());
    const Point &p = m_points.at(row);
    const AnalyticsRange::Bucket &b = m_buckets.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == BucketColumn)
            return label(row);
        return hasSeries(column) ? text(column, p.values[column]) : QString();
    case Qt::UserRole:
        if (column == BucketColumn)
            return b.start;
        return hasSeries(column) && p.values[column] ? QVariant(*p.values[column]) : QVariant();
    case Qt::ToolTipRole:
        if (b.firstDay == b.lastDay)
            return m_locale.toString(b.firstDay, QLocale::LongFormat);
        //: The days a week bucket covers: first – last
        return tr("%1 – %2").arg(m_locale.toString(b.firstDay, QLocale::ShortFormat),
                                 m_locale.toString(b.lastDay, QLocale::ShortFormat));
    case BucketStartRole:
        return b.start;
    case BucketEndRole:
        return b.end;
    case FirstDayRole:
        return b.firstDay;
    case LastDayRole:
        return b.lastDay;
    case ClosedRole:
        return b.closed;
    case StateRole:
        return int(p.state.value);
    case ErrorTextRole:
        return p.state.errorText;
    case FetchedAtRole:
        return p.state.fetchedAt;
    case FromDiskRole:
        return p.state.fromDisk;
    case RefreshingRole:
        return p.state.refreshing;
    default:
        return {};
    }
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BucketColumn:
        return m_granularity == AnalyticsRange::Granularity::Week ? tr("Week") : tr("Day");
    case ResponseRateColumn:
        return tr("Response rate");
    case ResponseTimeColumn:
        return tr("Response time");
    case ReceivedColumn:
        return tr("Received");
    case SentColumn:
        return tr("Sent");
    case RespondedToColumn:
        return tr("Responded to");
    }
    return {};
}

QHash<int, QByteArray> TrendModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(BucketStartRole, "bucketStart");
    names.insert(BucketEndRole, "bucketEnd");
    names.insert(FirstDayRole, "firstDay");
    names.insert(LastDayRole, "lastDay");
    names.insert(ClosedRole, "closed");
    names.insert(StateRole, "state");
    names.insert(ErrorTextRole, "errorText");
    names.insert(FetchedAtRole, "fetchedAt");
    names.insert(FromDiskRole, "fromDisk");
    names.insert(RefreshingRole, "refreshing");
    return names;
}

} // namespace repdesk
