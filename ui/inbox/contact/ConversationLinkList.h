#pragma once

#include <QListView>

class QStandardItemModel;

namespace repdesk {

struct Conversation;

// A contact's other conversations as a short keyboard list: folder, last
// activity and an unread mark, never ids. Enter, Return or the platform's
// activation click open one. The view grows with its rows (up to a cap) so
// the enclosing scroll area does the scrolling.
class ConversationLinkList : public QListView
{
    Q_OBJECT
public:
    enum Role { ConversationIdRole = Qt::UserRole + 1, UnreadRole };

    explicit ConversationLinkList(QWidget *parent = nullptr);

    // Shown newest activity first.
    void setConversations(const QList<Conversation> &conversations);
    int count() const;
    QString conversationIdAt(int row) const;

    static constexpr int kMaxVisibleRows = 6;

Q_SIGNALS:
    void conversationActivated(const QString &conversationId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void fitHeight();

    QStandardItemModel *m_model;
};

} // namespace repdesk
