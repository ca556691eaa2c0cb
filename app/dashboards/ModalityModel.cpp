#include "ModalityModel.h"

#include "FigureFormatter.h"

namespace repdesk {

ModalityModel::ModalityModel(QObject *parent) : QAbstractTableModel(parent) {}

void ModalityModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

QString ModalityModel::key(Row row)
{
    switch (row) {
    case Emails:
        return QStringLiteral("email");
    case Calls:
        return QStringLiteral("call");
    case Texts:
        return QStringLiteral("text");
    case LiveChats:
        return QStringLiteral("live_chat");
    case FormRequests:
        return QStringLiteral("form_request");
    case RowCount:
        break;
    }
    return {};
}

QString ModalityModel::name(Row row)
{
    switch (row) {
    case Emails:
        return tr("Emails");
    case Calls:
        return tr("Calls");
    case Texts:
        return tr("Text messages");
    case LiveChats:
        return tr("Live chats");
    case FormRequests:
        return tr("Form requests");
    case RowCount:
        break;
    }
    return {};
}

int ModalityModel::count(Row row) const
{
    if (!m_hasStats)
        return 0;
    switch (row) {
    case Emails:
        return m_stats.emails;
    case Calls:
        return m_stats.calls;
    case Texts:
        return m_stats.textMessages;
    case LiveChats:
        return m_stats.liveChats;
    case FormRequests:
        return m_stats.formRequests;
    case RowCount:
        break;
    }
    return 0;
}

int ModalityModel::total() const
{
    int sum = 0;
    for (int r = 0; r < RowCount; ++r)
        sum += count(Row(r));
    return sum;
}

void ModalityModel::setStats(const ModalityStats &stats)
{
    m_stats = stats;
    m_hasStats = true;
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
}

void ModalityModel::clear()
{
    m_stats = {};
    m_hasStats = false;
    m_state = {};
    Q_EMIT dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    Q_EMIT stateChanged();
}

void ModalityModel::ask()
{
    m_state.ask();
    Q_EMIT stateChanged();
}

void ModalityModel::show(const AnalyticsAnswer &cached)
{
    if (const auto stats = cached.decode<ModalityStats>()) {
        setStats(*stats);
        m_state.show(cached);
    }
    Q_EMIT stateChanged();
}

void ModalityModel::take(const AnalyticsAnswer &answer)
{
    if (m_state.take(answer)) {
        if (const auto stats = answer.decode<ModalityStats>())
            setStats(*stats);
    }
    Q_EMIT stateChanged();
}

int ModalityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int ModalityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModalityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= RowCount)
        return {};
    const Row row = Row(index.row());
    const int n = count(row);
    const int all = total();
    const double share = all > 0 ? double(n) / all : 0.0;
    switch (role) {
    case ModalityKeyRole:
        return key(row);
    case CountRole:
        return n;
    case ShareRole:
        return share;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ModalityColumn:
            return name(row);
        case CountColumn:
            return m_hasStats ? m_locale.toString(n) : FigureFormatter::none();
        case ShareColumn:
            return m_hasStats ? FigureFormatter(m_locale).rate(share) : FigureFormatter::none();
        }
        return {};
    case Qt::UserRole:
        switch (index.column()) {
        case ModalityColumn:
            return key(row);
        case CountColumn:
            return m_hasStats ? QVariant(n) : QVariant();
        case ShareColumn:
            return m_hasStats ? QVariant(share) : QVariant();
        }
        return {};
    default:
        return {};
    }
}

QVariant ModalityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModalityColumn:
        return tr("Channel");
    case CountColumn:
        return tr("Messages");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

QHash<int, QByteArray> ModalityModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ModalityKeyRole, "modalityKey");
    names.insert(CountRole, "count");
    names.insert(ShareRole, "share");
    return names;
}

} // namespace repdesk
