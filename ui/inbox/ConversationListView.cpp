#include "ConversationListView.h"

#include "ConversationDelegate.h"
#include "ConversationFilterProxy.h"
#include "ConversationListModel.h"
#include "common/ItemViewModel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>

#include <cstdio>

namespace repdesk {

ConversationListView::ConversationListView(QWidget *parent) : QListView(parent)
{
    setItemDelegate(new ConversationDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Conversations"));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_empty = new QLabel(viewport());
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(60);
    connect(&m_visibleTimer, &QTimer::timeout, this, &ConversationListView::requestVisibleContacts);
    connect(this, &QAbstractItemView::clicked, this, &ConversationListView::activateRow);
    setEmptyText(tr("No conversations in this folder"));
}

void ConversationListView::setModels(ConversationFilterProxy *proxy, ConversationListModel *source)
{
    if (m_proxy)
        m_proxy->disconnect(this);
    m_proxy = proxy;
    m_source = source;
    ItemViewModel::set(this, proxy);
    if (!proxy) {
        updateEmptyState();
        return;
    }
    const auto changed = [this] {
        updateEmptyState();
        m_visibleTimer.start();
    };
    connect(proxy, &QAbstractItemModel::rowsInserted, this, changed);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(proxy, &QAbstractItemModel::modelReset, this, changed);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, changed);
    updateEmptyState();
}

void ConversationListView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setAccessibleName(text);
}

QString ConversationListView::emptyText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

QString ConversationListView::currentConversationId() const
{
    return currentIndex().data(ConversationListModel::ConversationIdRole).toString();
}

bool ConversationListView::selectConversation(const QString &conversationId)
{
    if (!m_source || !m_proxy)
        return false;
    const int row = m_source->rowOf(conversationId);
    if (row < 0)
        return false;
    const QModelIndex idx = m_proxy->mapFromSource(m_source->index(row));
    if (!idx.isValid())
        return false;
    setCurrentIndex(idx);
    scrollTo(idx);
    return true;
}

void ConversationListView::activateRow(const QModelIndex &index)
{
    const auto kind = PagedListModel::rowKindOf(index);
    if (kind == PagedListModel::RowKind::ErrorFooter) {
        if (m_source)
            m_source->retry();
        return;
    }
    if (kind == PagedListModel::RowKind::Item)
        Q_EMIT openRequested(index.data(ConversationListModel::ConversationIdRole).toString());
}

void ConversationListView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_J:
            setCurrentIndex(moveCursor(MoveDown, Qt::NoModifier));
            return;
        case Qt::Key_K:
            setCurrentIndex(moveCursor(MoveUp, Qt::NoModifier));
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_O:
            activateRow(currentIndex());
            return;
        case Qt::Key_R:
            // Only a conversation row: an empty list (offline, nothing cached) has no current
            // row, and an editor that belongs to no conversation would take typed text.
            if (PagedListModel::isItemRow(currentIndex()) && !currentConversationId().isEmpty())
                Q_EMIT replyRequested(currentConversationId());
            return;
        default:
            break;
        }
    }
    QListView::keyPressEvent(event);
}

void ConversationListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    m_empty->setGeometry(viewport()->rect().adjusted(20, 20, -20, -20));
    m_visibleTimer.start();
}

void ConversationListView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    m_visibleTimer.start();
}

void ConversationListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!m_rowsPainted && model() && model()->rowCount() > 0) {
        m_rowsPainted = true;
        // Queued: listeners start work after this paint reached the screen.
        QMetaObject::invokeMethod(this, &ConversationListView::firstRowsPainted, Qt::QueuedConnection);
    }
    // Benchmark hook (tests/bench/bench_startup): report the first paint that
    // shows rows, then quit. Read once; costs nothing otherwise.
    static const bool report = qEnvironmentVariableIsSet("REPDESK_REPORT_FIRST_PAINT");
    static bool reported = false;
    if (report && !reported && model() && model()->rowCount() > 0) {
        reported = true;
        std::printf("first-paint rows=%d\n", model()->rowCount());
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
}

void ConversationListView::requestVisibleContacts()
{
    if (!m_proxy || !m_source || m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = indexAt(QPoint(4, 4));
    QModelIndex last = indexAt(QPoint(4, viewport()->height() - 4));
    if (!last.isValid())
        last = m_proxy->index(m_proxy->rowCount() - 1, 0);
    const int from = first.isValid() ? first.row() : 0;
    QStringList ids;
    for (int row = from; row <= last.row(); ++row) {
        const QModelIndex src = m_proxy->mapToSource(m_proxy->index(row, 0));
        if (src.isValid() && !m_source->isFooterRow(src.row()))
            m_source->ensureContacts(src.row(), src.row());
    }
}

void ConversationListView::updateEmptyState()
{
    const bool empty = !m_proxy || m_proxy->rowCount() == 0;
    m_empty->setVisible(empty);
    m_empty->setGeometry(viewport()->rect().adjusted(20, 20, -20, -20));
}

} // namespace repdesk
