#include "inbox/contact/ConversationLinkList.h"

#include "Conversation.h"
#include "FolderListModel.h"
#include "RelativeTime.h"

#include <QEvent>
#include <QKeyEvent>
#include <QStandardItemModel>

#include <algorithm>

namespace repdesk {

ConversationLinkList::ConversationLinkList(QWidget *parent) : QListView(parent), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setAccessibleName(tr("Other conversations"));
    setAccessibleDescription(tr("Press Enter to open the selected conversation"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // activated covers double-click, or single click where the platform
    // activates that way; Enter is handled in keyPressEvent for all platforms.
    connect(this, &QListView::activated, this, &ConversationLinkList::activate);
}

void ConversationLinkList::setConversations(const QList<Conversation> &conversations)
{
    QList<Conversation> sorted = conversations;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Conversation &a, const Conversation &b) {
        return a.lastActivityAt > b.lastActivityAt;
    });
    m_model->clear();
    for (const Conversation &c : std::as_const(sorted)) {
        const QString folder = c.folder.isEmpty() ? tr("No folder") : FolderListModel::displayName(c.folder);
        const QDateTime when = c.lastActivityAt.isValid() ? c.lastActivityAt : c.startAt;
        const QString time = RelativeTime::format(when);
        const bool unread = c.isUnread();
        //: A row of the contact's other conversations: folder, then last activity
        QString text = tr("%1 · %2").arg(folder, time);
        if (unread)
            text = QStringLiteral("\u25CF ") + text;
        auto *item = new QStandardItem(text);
        item->setData(c.conversationId, ConversationIdRole);
        item->setData(unread, UnreadRole);
        item->setToolTip(tr("Started %1\nLast activity %2").arg(RelativeTime::full(c.startAt), RelativeTime::full(when)));
        item->setData(unread ? tr("%1, last activity %2, unread").arg(folder, time)
                             : tr("%1, last activity %2").arg(folder, time),
                      Qt::AccessibleTextRole);
        if (unread) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_model->appendRow(item);
    }
    // Current but not selected: Enter works at once, without a highlight
    // that would read as "this one is open".
    if (m_model->rowCount() > 0)
        selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    fitHeight();
}

int ConversationLinkList::count() const
{
    return m_model->rowCount();
}

QString ConversationLinkList::conversationIdAt(int row) const
{
    return m_model->index(row, 0).data(ConversationIdRole).toString();
}

void ConversationLinkList::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if ((event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
            // Ctrl+Return and friends belong to window shortcuts, not to "open".
            event->ignore();
            return;
        }
        if (currentIndex().isValid())
            activate(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void ConversationLinkList::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
}

void ConversationLinkList::activate(const QModelIndex &index)
{
    const QString id = index.data(ConversationIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT conversationActivated(id);
}

void ConversationLinkList::fitHeight()
{
    const int rows = qBound(1, m_model->rowCount(), int(kMaxVisibleRows));
    const int rowHeight = m_model->rowCount() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    setFixedHeight(rows * (rowHeight + 2 * spacing()) + 2 * frameWidth());
}

} // namespace repdesk
