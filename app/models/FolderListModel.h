#pragma once

#include <QAbstractListModel>
#include <QTimer>

namespace repdesk {

class ConversationListModel;

// The left pane: All, Unread, then every folder seen in the loaded
// conversations, each with its count. Recounted (coalesced) whenever the
// conversation list changes.
class FolderListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        FolderKeyRole = Qt::UserRole + 1, // ConversationFilterProxy folder key
        CountRole,                        // int: conversations in it
        UnreadCountRole,                  // int
    };

    explicit FolderListModel(QObject *parent = nullptr);
    void setConversationModel(ConversationListModel *model);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const;
    // "Inbox" for "inbox", "Follow-up" for "follow-up".
    static QString displayName(const QString &key);

    void recount();

private:
    struct Entry
    {
        QString key;
        int count = 0;
        int unread = 0;
    };
    ConversationListModel *m_model = nullptr;
    QList<Entry> m_entries;
    QTimer m_debounce;
};

} // namespace repdesk
