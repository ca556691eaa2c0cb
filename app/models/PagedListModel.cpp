#include "PagedListModel.h"

#include "ApiCall.h"

#include <QCoreApplication>

namespace repdesk {

PagedListModel::PagedListModel(QObject *parent) : QAbstractListModel(parent) {}

PagedListModel::~PagedListModel()
{
    if (m_inFlight)
        m_inFlight->disconnect(this);
}

int PagedListModel::footerRows() const
{
    return m_footerVisible ? 1 : 0;
}

std::optional<PagedListModel::RowKind> PagedListModel::rowKindOf(const QModelIndex &index)
{
    if (!index.isValid())
        return std::nullopt;
    const QVariant kind = index.data(RowKindRole);
    return kind.isValid() ? kind.value<RowKind>() : RowKind::Item;
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount() + footerRows();
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < itemCount()) {
        if (role == RowKindRole)
            return QVariant::fromValue(RowKind::Item);
        return itemData(row, role);
    }
    const bool loading = m_state != FetchState::Error;
    switch (role) {
    case RowKindRole:
        return QVariant::fromValue(loading ? RowKind::LoadingFooter : RowKind::ErrorFooter);
    case ErrorTextRole:
        return loading ? QVariant() : QVariant(m_error.message());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return loading ? QCoreApplication::translate("PagedListModel", "Loading more…")
                       : QCoreApplication::translate("PagedListModel", "Could not load more. %1 Press Enter to retry.")
                             .arg(m_error.message());
    default:
        return {};
    }
}

Qt::ItemFlags PagedListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.row() >= itemCount())
        return m_state == FetchState::Error ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PagedListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(ErrorTextRole, "errorText");
    return names;
}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_state == FetchState::Idle && m_hasMore && !m_fetchQueued;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views call fetchMore from inside their own model-signal handlers; inserting
    // the spinner row synchronously would nest row changes. Start on the next turn.
    // fetchState() says Loading from now on, without a signal for the same reason; the page's
    // start says Loading, and a queued fetch that is dropped says so.
    m_fetchQueued = true;
    const quint64 gen = m_generation;
    QMetaObject::invokeMethod(this, [this, gen] {
        if (gen != m_generation)
            return; // a reset happened since; it cleared the flag and said so
        m_fetchQueued = false;
        if (m_state == FetchState::Idle && m_hasMore)
            startPage(m_firstPageDone ? m_nextCursor : QString());
        else
            Q_EMIT fetchStateChanged(m_state); // the queued fetch came to nothing
    }, Qt::QueuedConnection);
}

void PagedListModel::abandonFetch()
{
    // A new generation makes any page still on its way, or a queued fetch, a no-op.
    ++m_generation;
    m_fetchQueued = false;
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->cancel();
        m_inFlight = nullptr;
    }
}

void PagedListModel::reload()
{
    abandonFetch();
    beginResetModel();
    clearItems();
    m_state = FetchState::Idle;
    m_footerVisible = false;
    m_error = ApiError();
    m_nextCursor.clear();
    m_hasMore = true;
    m_firstPageDone = false;
    endResetModel();
    Q_EMIT fetchStateChanged(m_state);
    startPage(QString());
}

void PagedListModel::resetPaging()
{
    const FetchState shown = fetchState();
    abandonFetch();
    m_nextCursor.clear();
    m_hasMore = true;
    m_firstPageDone = false;
    settleAt(FetchState::Idle, shown);
}

void PagedListModel::finishPaging()
{
    const FetchState shown = fetchState();
    abandonFetch();
    m_error = ApiError();
    m_nextCursor.clear();
    m_hasMore = false;
    m_firstPageDone = true;
    settleAt(FetchState::Complete, shown);
}

void PagedListModel::settleAt(FetchState state, FetchState shown)
{
    if (m_state != state)
        setState(state);
    else if (shown != state)
        Q_EMIT fetchStateChanged(state); // only a queued fetch was dropped: fetchState() changed all the same
}

void PagedListModel::retry()
{
    if (m_state != FetchState::Error || m_fetchQueued)
        return;
    m_fetchQueued = true;
    const quint64 gen = m_generation;
    QMetaObject::invokeMethod(this, [this, gen] {
        if (gen != m_generation)
            return;
        m_fetchQueued = false;
        if (m_state == FetchState::Error)
            startPage(m_failedCursor);
        else
            Q_EMIT fetchStateChanged(m_state);
    }, Qt::QueuedConnection);
}

void PagedListModel::setState(FetchState state)
{
    if (state == m_state)
        return;
    // The footer row exists while Loading or in Error. Its visibility flips
    // strictly between begin/end so views never see a count that disagrees.
    const bool show = state == FetchState::Loading || state == FetchState::Error;
    const int footerRow = itemCount();
    if (m_footerVisible && !show) {
        beginRemoveRows({}, footerRow, footerRow);
        m_footerVisible = false;
        m_state = state;
        endRemoveRows();
    } else if (!m_footerVisible && show) {
        beginInsertRows({}, footerRow, footerRow);
        m_footerVisible = true;
        m_state = state;
        endInsertRows();
    } else {
        m_state = state;
        if (m_footerVisible)
            Q_EMIT dataChanged(index(footerRow), index(footerRow));
    }
    Q_EMIT fetchStateChanged(m_state);
}

void PagedListModel::startPage(const QString &cursor)
{
    if (m_inFlight)
        return; // one page at a time
    m_error = ApiError();
    setState(FetchState::Loading);
    ApiCall *call = requestPage(cursor);
    if (!call) {
        setState(FetchState::Complete);
        return;
    }
    m_inFlight = call;
    const quint64 gen = m_generation;
    const bool firstPage = cursor.isEmpty();
    connect(call, &ApiCall::finished, this, [this, call, gen, cursor, firstPage] {
        if (gen != m_generation)
            return; // a page for an old filter/organization
        m_inFlight = nullptr;
        if (!call->succeeded()) {
            if (call->error().kind() == ApiError::Kind::Cancelled) {
                setState(FetchState::Idle);
                return;
            }
            m_error = call->error();
            m_failedCursor = cursor;
            setState(FetchState::Error);
            Q_EMIT errorOccurred(m_error);
            return;
        }
        // Leave Loading first so the footer row is gone before items are inserted after it.
        setState(FetchState::Idle);
        QString next;
        bool more = false;
        const int before = itemCount();
        consumePage(call, firstPage, &next, &more);
        m_firstPageDone = true;
        m_nextCursor = next;
        m_hasMore = more && !next.isEmpty();
        if (!m_hasMore)
            setState(FetchState::Complete);
        Q_EMIT pageLoaded(itemCount() - before, firstPage);
    });
}

} // namespace repdesk
