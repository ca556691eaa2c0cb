#pragma once

#include <QListView>
#include <QPointer>
#include <QTimer>

class QLabel;

namespace repdesk {

class ConversationFilterProxy;
class ConversationListModel;

// The middle pane. Adds the inbox keys (j/k, o/Enter, r), turns the Retry
// footer into an action, shows an empty state, and asks the model for the
// contact names of the rows on screen only.
class ConversationListView : public QListView
{
    Q_OBJECT
public:
    explicit ConversationListView(QWidget *parent = nullptr);

    void setModels(ConversationFilterProxy *proxy, ConversationListModel *source);
    void setEmptyText(const QString &text);
    QString emptyText() const;
    QString currentConversationId() const;
    bool selectConversation(const QString &conversationId);

Q_SIGNALS:
    void openRequested(const QString &conversationId);
    void replyRequested(const QString &conversationId);
    // Once, after the first paint that showed rows: the app is on screen, idle work may start.
    void firstRowsPainted();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void activateRow(const QModelIndex &index);
    void requestVisibleContacts();
    void updateEmptyState();

    // Owned by the organization session, which a switch replaces.
    QPointer<ConversationFilterProxy> m_proxy;
    QPointer<ConversationListModel> m_source;
    QLabel *m_empty;
    QTimer m_visibleTimer;
    bool m_rowsPainted = false;
};

} // namespace repdesk
