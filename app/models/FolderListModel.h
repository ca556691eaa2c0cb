#pragma once

#include <QAbstractListModel>
#include <QTimer>

namespace repdesk {

class ConversationListModel;

// The left pane: All, Unread, then every folder seen in the loaded
// conversations, each with its count. Recounted (coalesced) whenever the
// conversation list changes. Once the review queue knows its count, a last
// row "To review (N)" follows (reviewKey()): not a folder of conversations
// but the way into the review workspace, last so Ctrl+Shift+1 … 9 keep
// their folders.
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
    // The key of the "To review" row (never a folder name: the API's have no colon).
    static QString reviewKey() { return QStringLiteral(":review"); }
    // Drafts waiting for review; -1 (the default) leaves the row out.
    void setReviewCount(int count);
    int reviewCount() const { return m_review; }

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
    int m_review = -1;
};

} // namespace repdesk
