#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

#include <functional>

namespace repdesk {

// Puts a header row above each run of rows that share a group key, for a
// flat source already sorted by that key (MessageDraftListModel sorts by
// folder). Footer rows of a PagedListModel (spinner, Retry) pass through
// without a header. Source changes are replayed as precise row inserts and
// removals (not resets), so selection, scroll position and the view's
// fetchMore-on-scroll keep working; fetchMore/canFetchMore are forwarded.
class FolderGroupingProxy : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 200, // bool: a group header row
        GroupKeyRole,                      // QString: the group of the row (headers and items)
        GroupCountRole,                    // int, headers: loaded items in the group
    };

    // groupRole: the source role with the group key; idRole: a unique id of an item row.
    FolderGroupingProxy(int groupRole, int idRole, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source);
    QAbstractItemModel *sourceModel() const { return m_source; }
    // How a header reads; defaults to the key itself.
    void setHeaderText(std::function<QString(const QString &key)> text) { m_headerText = std::move(text); }

    bool isHeader(int row) const;
    // -1 for headers and out-of-range rows.
    int mapToSource(int row) const;
    int mapFromSource(int sourceRow) const;
    QModelIndex mapToSource(const QModelIndex &index) const;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Entry
    {
        bool header = false;
        QString group;
        QString key;        // identity: the item id, a footer marker, or group + run number for headers
        int sourceRow = -1; // -1: a header, or an entry on its way out
        int count = 0;      // headers only
    };
    QVector<Entry> build() const;
    static QString identity(const Entry &e);
    void sync();
    void rebuildReverseMap();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QPointer<QAbstractItemModel> m_source;
    int m_groupRole;
    int m_idRole;
    std::function<QString(const QString &)> m_headerText;
    QVector<Entry> m_entries;
    QVector<int> m_proxyRowOfSource;
};

} // namespace repdesk
