#include "FolderListModel.h"

#include "ConversationFilterProxy.h"
#include "ConversationListModel.h"

#include <QCoreApplication>
#include <QMap>

namespace repdesk {

FolderListModel::FolderListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &FolderListModel::recount);
    m_entries = {{ConversationFilterProxy::allFolders()}, {ConversationFilterProxy::unreadFolder()}};
}

void FolderListModel::setConversationModel(ConversationListModel *model)
{
    m_model = model;
    const auto schedule = [this] { m_debounce.start(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(model, &QAbstractItemModel::layoutChanged, this, schedule);
    recount();
}

void FolderListModel::recount()
{
    QMap<QString, Entry> folders;
    int total = 0;
    int unread = 0;
    if (m_model) {
        const int n = m_model->itemRowCount();
        for (int row = 0; row < n; ++row) {
            const Conversation *c = m_model->conversation(row);
            const bool isUnread = c->isRead.has_value() && !*c->isRead;
            ++total;
            unread += isUnread;
            if (c->folder.isEmpty())
                continue;
            Entry &e = folders[c->folder];
            e.key = c->folder;
            ++e.count;
            e.unread += isUnread;
        }
    }
    // Inbox first, then the rest alphabetically: the order people expect.
    QList<Entry> entries{{ConversationFilterProxy::allFolders(), total, unread},
                         {ConversationFilterProxy::unreadFolder(), unread, unread}};
    if (folders.contains(QStringLiteral("inbox")))
        entries << folders.take(QStringLiteral("inbox"));
    for (const Entry &e : std::as_const(folders))
        entries << e;
    if (m_review >= 0)
        entries << Entry{reviewKey(), m_review, 0};

    bool sameKeys = entries.size() == m_entries.size();
    for (int i = 0; sameKeys && i < entries.size(); ++i)
        sameKeys = entries[i].key == m_entries[i].key;
    if (sameKeys) {
        m_entries = entries;
        Q_EMIT dataChanged(index(0), index(m_entries.size() - 1));
    } else {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    }
}

void FolderListModel::setReviewCount(int count)
{
    count = qMax(-1, count);
    if (count == m_review)
        return;
    const bool rowChanges = (count < 0) != (m_review < 0);
    m_review = count;
    if (rowChanges) {
        recount();
        return;
    }
    const int row = rowOfKey(reviewKey());
    if (row >= 0) {
        m_entries[row].count = count;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int FolderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

QString FolderListModel::displayName(const QString &key)
{
    if (key == ConversationFilterProxy::allFolders())
        return QCoreApplication::translate("FolderListModel", "All");
    if (key == ConversationFilterProxy::unreadFolder())
        return QCoreApplication::translate("FolderListModel", "Unread");
    if (key == reviewKey())
        return QCoreApplication::translate("FolderListModel", "To review");
    QString name = key;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QVariant FolderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.unread > 0 && e.key != ConversationFilterProxy::unreadFolder()
            ? QStringLiteral("%1  (%2/%3)").arg(displayName(e.key)).arg(e.unread).arg(e.count)
            : QStringLiteral("%1  (%2)").arg(displayName(e.key)).arg(e.count);
    case Qt::AccessibleTextRole:
        if (e.key == reviewKey())
            return QCoreApplication::translate("FolderListModel", "To review, %n draft(s) waiting", nullptr, e.count);
        return QCoreApplication::translate("FolderListModel", "%1, %n conversation(s), %2 unread", nullptr, e.count)
            .arg(displayName(e.key))
            .arg(e.unread);
    case FolderKeyRole:
        return e.key;
    case CountRole:
        return e.count;
    case UnreadCountRole:
        return e.unread;
    default:
        return {};
    }
}

int FolderListModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].key == key)
            return i;
    return -1;
}

QString FolderListModel::keyAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].key : QString();
}

} // namespace repdesk
