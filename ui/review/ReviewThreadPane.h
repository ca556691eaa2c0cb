#pragma once

#include "ThreadContent.h"
#include "ThreadFold.h"

#include <QWidget>

class QPushButton;

namespace repdesk {

class OrganizationSession;
class ReviewSession;
class ThreadPane;

// The conversation above the draft under review: the inbox's ThreadPane (the
// WebEngine thread view, a plain viewer without the plugin), showing only
// what a reviewer needs to judge the reply: the contact's last message in
// full and what came after it. The older messages are folded behind the
// pane's "Show N earlier messages" (ThreadPane folds, by ThreadFold's rule,
// the inbox's threads too), which stays open for that conversation once asked. What it shows comes from
// the review session (the shown draft's MessageThreadModel) and the
// organization's contact directory and agents (asked for a missing name),
// never from the network directly.
class ReviewThreadPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewThreadPane(QWidget *parent = nullptr);

    // The thread of the draft `review` shows, named and with the organization's agents;
    // a placeholder while it loads or when nothing is shown.
    void showDraftThread(OrganizationSession *organization, ReviewSession *review);
    // The whole conversation, oldest message first.
    void showThread(const ThreadContent &content);
    void showPlaceholder(const QString &text);
    ThreadPane *threadPane() const { return m_thread; }
    QPushButton *earlierButton() const;
    // Messages folded away in the conversation shown.
    int hiddenMessages() const;

    // Of `messages` (oldest first), the index of the first one shown folded:
    // the contact's last message; without one, the last `kWithoutInbound`.
    static int firstShown(const QList<Message> &messages);
    static constexpr int kWithoutInbound = ThreadFold::kWithoutInbound;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void webViewsUnavailable(const QString &reason);

private:
    ThreadPane *m_thread;
};

} // namespace repdesk
