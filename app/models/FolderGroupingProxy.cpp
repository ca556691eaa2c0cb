#include "FolderGroupingProxy.h"

#include <QSet>

namespace repdesk {

FolderGroupingProxy::FolderGroupingProxy(int groupRole, int idRole, QObject *parent)
    : QAbstractListModel(parent), m_groupRole(groupRole), m_idRole(idRole)
{
}

void FolderGroupingProxy::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            m_entries = build();
            rebuildReverseMap();
            endResetModel();
        });
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &FolderGroupingProxy::sync);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &FolderGroupingProxy::sync);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, &FolderGroupingProxy::sync);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &FolderGroupingProxy::sync);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &FolderGroupingProxy::onSourceDataChanged);
    }
    m_entries = build();
    rebuildReverseMap();
    endResetModel();
}

QVector<FolderGroupingProxy::Entry> FolderGroupingProxy::build() const
{
    QVector<Entry> out;
    if (!m_source)
        return out;
    const int rows = m_source->rowCount();
    out.reserve(rows + 8);
    int headerAt = -1;
    int footers = 0;
    QHash<QString, int> runsOfGroup; // an unsorted source may split a group; each run gets its own header
    for (int row = 0; row < rows; ++row) {
        const QModelIndex idx = m_source->index(row, 0);
        Entry e;
        e.sourceRow = row;
        e.key = idx.data(m_idRole).toString();
        if (e.key.isEmpty()) {
            e.key = QChar(1) + QStringLiteral("footer:%1").arg(footers++); // spinner / Retry: no group
            out.append(e);
            continue;
        }
        e.group = idx.data(m_groupRole).toString();
        if (headerAt < 0 || out.at(headerAt).group != e.group) {
            Entry h;
            h.header = true;
            h.group = e.group;
            h.key = e.group + QChar(1) + QString::number(runsOfGroup[e.group]++);
            headerAt = out.size();
            out.append(h);
        }
        ++out[headerAt].count;
        out.append(e);
    }
    return out;
}

QString FolderGroupingProxy::identity(const Entry &e)
{
    return (e.header ? QStringLiteral("h:") : QStringLiteral("i:")) + e.key;
}

void FolderGroupingProxy::sync()
{
    const QVector<Entry> next = build();
    QHash<QString, int> nextIndex;
    nextIndex.reserve(next.size());
    for (int i = 0; i < next.size(); ++i)
        nextIndex.insert(identity(next.at(i)), i);

    // Entries kept must stay in order; otherwise (a regrouping) a reset is the honest signal.
    int lastKept = -1;
    bool ordered = true;
    for (Entry &e : m_entries) {
        const auto it = nextIndex.constFind(identity(e));
        if (it == nextIndex.constEnd()) {
            e.sourceRow = -1;
            continue;
        }
        ordered = ordered && *it > lastKept;
        lastKept = *it;
        // Point kept rows at their new source rows first, so data() is right between the signals below.
        e.sourceRow = next.at(*it).sourceRow;
    }
    if (!ordered) {
        beginResetModel();
        m_entries = next;
        endResetModel();
    } else {
        for (int i = m_entries.size() - 1; i >= 0;) {
            if (nextIndex.contains(identity(m_entries.at(i)))) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !nextIndex.contains(identity(m_entries.at(first - 1))))
                --first;
            beginRemoveRows({}, first, i);
            m_entries.remove(first, i - first + 1);
            endRemoveRows();
            i = first - 1;
        }
        QSet<QString> kept;
        for (const Entry &e : std::as_const(m_entries))
            kept.insert(identity(e));
        for (int i = 0; i < next.size();) {
            if (kept.contains(identity(next.at(i)))) {
                ++i;
                continue;
            }
            int last = i;
            while (last + 1 < next.size() && !kept.contains(identity(next.at(last + 1))))
                ++last;
            beginInsertRows({}, i, last);
            for (int k = i; k <= last; ++k)
                m_entries.insert(k, next.at(k));
            endInsertRows();
            i = last + 1;
        }
        for (int i = 0; i < m_entries.size(); ++i) {
            const int oldCount = m_entries.at(i).count;
            m_entries[i] = next.at(i);
            if (m_entries.at(i).header && oldCount != next.at(i).count)
                Q_EMIT dataChanged(index(i), index(i));
        }
    }
    rebuildReverseMap();
}

void FolderGroupingProxy::rebuildReverseMap()
{
    m_proxyRowOfSource.fill(-1, m_source ? m_source->rowCount() : 0);
    for (int i = 0; i < m_entries.size(); ++i)
        if (!m_entries.at(i).header && m_entries.at(i).sourceRow >= 0)
            m_proxyRowOfSource[m_entries.at(i).sourceRow] = i;
}

void FolderGroupingProxy::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (roles.isEmpty() || roles.contains(m_groupRole) || roles.contains(m_idRole))
        sync();
    int first = -1;
    int last = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int p = mapFromSource(row);
        if (p < 0)
            continue;
        first = first < 0 ? p : qMin(first, p);
        last = qMax(last, p);
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), roles);
}

bool FolderGroupingProxy::isHeader(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).header;
}

int FolderGroupingProxy::mapToSource(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).sourceRow : -1;
}

int FolderGroupingProxy::mapFromSource(int sourceRow) const
{
    return sourceRow >= 0 && sourceRow < m_proxyRowOfSource.size() ? m_proxyRowOfSource.at(sourceRow) : -1;
}

QModelIndex FolderGroupingProxy::mapToSource(const QModelIndex &index) const
{
    const int row = index.isValid() ? mapToSource(index.row()) : -1;
    return row >= 0 && m_source ? m_source->index(row, 0) : QModelIndex();
}

QModelIndex FolderGroupingProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    const int row = sourceIndex.isValid() ? mapFromSource(sourceIndex.row()) : -1;
    return row >= 0 ? index(row) : QModelIndex();
}

int FolderGroupingProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

QVariant FolderGroupingProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == IsHeaderRole)
        return e.header;
    if (role == GroupKeyRole)
        return e.group;
    if (!e.header) {
        if (e.sourceRow < 0 || !m_source)
            return {};
        return m_source->index(e.sourceRow, 0).data(role);
    }
    const QString name = m_headerText ? m_headerText(e.group) : e.group;
    switch (role) {
    case GroupCountRole:
        return e.count;
    case Qt::DisplayRole:
        return name;
    case Qt::AccessibleTextRole:
        return tr("Folder %1, %n draft(s)", nullptr, e.count).arg(name);
    default:
        return {};
    }
}

Qt::ItemFlags FolderGroupingProxy::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return Qt::NoItemFlags;
    const Entry &e = m_entries.at(index.row());
    if (e.header)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren; // a label, not something to act on
    if (e.sourceRow < 0 || !m_source)
        return Qt::NoItemFlags;
    return m_source->flags(m_source->index(e.sourceRow, 0));
}

QHash<int, QByteArray> FolderGroupingProxy::roleNames() const
{
    auto names = m_source ? m_source->roleNames() : QAbstractListModel::roleNames();
    names.insert(IsHeaderRole, "isHeader");
    names.insert(GroupKeyRole, "groupKey");
    names.insert(GroupCountRole, "groupCount");
    return names;
}

bool FolderGroupingProxy::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_source->canFetchMore({});
}

void FolderGroupingProxy::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_source)
        m_source->fetchMore({});
}

} // namespace repdesk
