#include "review/ReviewQueueView.h"

#include "ReviewQueueModel.h"
#include "common/EmptyStateWidget.h"
#include "review/ReviewQueueDelegate.h"
#include "review/ReviewQueueProxy.h"

#include <QKeyEvent>

namespace repdesk {

ReviewQueueView::ReviewQueueView(QWidget *parent)
    : QListView(parent), m_proxy(new ReviewQueueProxy(this)), m_empty(new EmptyStateWidget(this))
{
    setItemDelegate(new ReviewQueueDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAccessibleName(tr("Drafts to review"));
    setAccessibleDescription(tr("Ctrl+Enter approves and sends the draft shown, Enter edits it, S skips it, "
                                "Ctrl+Delete discards it"));
    m_empty->setOverlayTarget(viewport());
    m_empty->hide();
    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(60);
    connect(&m_visibleTimer, &QTimer::timeout, this, &ReviewQueueView::requestVisible);
    // Ages ("5 min") are worked out when painted: paint again as they grow.
    m_ageTimer.setInterval(30000);
    connect(&m_ageTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_ageTimer.start();
    setModel(m_proxy);
}

void ReviewQueueView::setQueue(ReviewQueueModel *queue)
{
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    m_syncing = true;
    m_proxy->setSourceModel(queue);
    m_syncing = false;
    if (!queue)
        return;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(queue, signal, &m_visibleTimer, qOverload<>(&QTimer::start));
    connect(queue, &QAbstractItemModel::modelReset, &m_visibleTimer, qOverload<>(&QTimer::start));
    connect(queue, &QAbstractItemModel::rowsMoved, &m_visibleTimer, qOverload<>(&QTimer::start));
    m_visibleTimer.start();
}

void ReviewQueueView::showConversation(const QString &conversationId)
{
    const int row = m_queue && !conversationId.isEmpty() ? m_queue->rowOf(conversationId) : -1;
    m_syncing = true;
    if (row < 0) {
        selectionModel()->clear();
    } else {
        const QModelIndex index = m_proxy->index(row, 0);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        scrollTo(index);
    }
    m_syncing = false;
}

QString ReviewQueueView::currentConversationId() const
{
    return currentIndex().data(ReviewQueueModel::ConversationIdRole).toString();
}

void ReviewQueueView::setEmptyState(const QString &title, const QString &hint)
{
    if (title.isEmpty()) {
        m_empty->hide();
        return;
    }
    m_empty->setContent(title, hint);
    m_empty->show();
    m_empty->raise();
}

void ReviewQueueView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_J:
        case Qt::Key_Down:
            Q_EMIT nextRequested();
            return;
        case Qt::Key_K:
        case Qt::Key_Up:
            Q_EMIT previousRequested();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_E:
            Q_EMIT editRequested();
            return;
        case Qt::Key_S:
            Q_EMIT skipRequested();
            return;
        case Qt::Key_U:
            Q_EMIT undoRequested();
            return;
        case Qt::Key_D:
            Q_EMIT changesToggleRequested();
            return;
        default:
            break;
        }
    }
    QListView::keyPressEvent(event);
}

void ReviewQueueView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    if (m_syncing || !current.isValid())
        return;
    Q_EMIT conversationChosen(current.data(ReviewQueueModel::ConversationIdRole).toString());
}

void ReviewQueueView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    m_visibleTimer.start();
}

void ReviewQueueView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    m_visibleTimer.start();
}

void ReviewQueueView::requestVisible()
{
    if (!m_queue || m_queue->count() == 0)
        return;
    const QModelIndex first = indexAt(QPoint(4, 4));
    const QModelIndex last = indexAt(QPoint(4, viewport()->height() - 4));
    m_queue->ensureVisible(first.isValid() ? first.row() : 0, last.isValid() ? last.row() : m_queue->count() - 1);
}

} // namespace repdesk
