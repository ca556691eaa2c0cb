#pragma once

#include "ApiError.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace repdesk {

class ApiCall;

// The one cursor-paging implementation behind every list (conversations,
// sales, audit logs, drafts, ...). It owns the fetch state machine:
//   Idle --fetchMore--> Loading --page--> Idle | Complete
//                               --error--> Error --retry--> Loading
// Only one page is in flight at a time; a reset bumps a generation number so
// pages that arrive for an old filter or organization are dropped. While
// Loading or in Error the model shows one extra footer row (RowKind) that
// views draw as a spinner or a Retry row, so a failure never leaves a
// spinner behind.
class PagedListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class FetchState { Idle, Loading, Error, Complete };
    Q_ENUM(FetchState)
    enum class RowKind { Item, LoadingFooter, ErrorFooter };
    Q_ENUM(RowKind)

    // Roles shared by every paged model; item roles of subclasses start at FirstItemRole.
    enum BaseRole {
        RowKindRole = Qt::UserRole + 1, // RowKind of the row
        ErrorTextRole,                  // ErrorFooter: the human error text
        FirstItemRole = Qt::UserRole + 32,
    };

    // The one reading of RowKindRole for views and proxies, through any proxy. RowKind::Item is
    // the enum's 0, so a bare value<RowKind>() of an invalid index reads "Item": here an invalid
    // index is no row at all (nullopt), and a valid row of a model without the role (a plain
    // model behind the same view) is an item.
    static std::optional<RowKind> rowKindOf(const QModelIndex &index);
    static bool isItemRow(const QModelIndex &index) { return rowKindOf(index) == RowKind::Item; }
    static bool isErrorFooter(const QModelIndex &index) { return rowKindOf(index) == RowKind::ErrorFooter; }

    explicit PagedListModel(QObject *parent = nullptr);
    ~PagedListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Loading as soon as a fetch is requested, even before the request leaves.
    FetchState fetchState() const { return m_fetchQueued ? FetchState::Loading : m_state; }
    const ApiError &lastError() const { return m_error; }
    bool hasMore() const { return m_hasMore; }
    int itemRowCount() const { return itemCount(); }
    bool isFooterRow(int row) const { return row >= itemCount(); }

    // Drops every loaded row and any page in flight, then fetches the first page.
    void reload();
    // After an error: asks again for the page that failed.
    void retry();
    // The rows are the whole collection (a walk that reached its end brought them): nothing is
    // left to page in, so views stop asking for more pages and any page on its way is dropped.
    void finishPaging();

Q_SIGNALS:
    void fetchStateChanged(repdesk::PagedListModel::FetchState state);
    void pageLoaded(int items, bool firstPage);
    void errorOccurred(const repdesk::ApiError &error);

protected:
    virtual int itemCount() const = 0;
    virtual QVariant itemData(int row, int role) const = 0;
    // Issue the call for one page; an empty cursor means the first page.
    virtual ApiCall *requestPage(const QString &cursor) = 0;
    // The call succeeded: insert its rows and say where the collection goes on.
    virtual void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) = 0;
    virtual void clearItems() = 0; // called inside begin/endResetModel

    // For subclasses that start from cached rows: the next fetch is a first page, not a continuation.
    void resetPaging();
    quint64 generation() const { return m_generation; }

private:
    void abandonFetch();
    void startPage(const QString &cursor);
    void setState(FetchState state);
    // Ends in `state`, telling listeners when fetchState() changed from `shown` even if m_state did not.
    void settleAt(FetchState state, FetchState shown);
    int footerRows() const;

    FetchState m_state = FetchState::Idle;
    ApiError m_error;
    QString m_nextCursor;
    QString m_failedCursor;
    bool m_hasMore = true;
    bool m_firstPageDone = false;
    bool m_footerVisible = false;
    bool m_fetchQueued = false;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_inFlight;
};

} // namespace repdesk
