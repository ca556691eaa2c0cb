#pragma once

#include "ReviewAction.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace repdesk {

class ReviewDiscovery;
class ReviewFigures;
class ReviewQueueModel;

// The approves and discards of one review session, each a ReviewAction, and
// what their outcomes do to the queue: the row's state during the undo
// window ("Sending in 3 seconds…", "Discarding in 3 seconds…") and after
// (Sent, Discarded, Error, or back to review with the server's new version),
// the figures (sent with or without changes), and the discovery's memory, so
// a cached check never brings back a draft that was dealt with. A draft
// that left the server (sent or removed elsewhere) is handed to the session
// (left()), which moves on and reloads its thread.
class ReviewActions : public QObject
{
    Q_OBJECT
public:
    ReviewActions(ReviewQueueModel *model, ReviewDiscovery *discovery, ReviewFigures *figures,
                  const ReviewAction::Services &services, QObject *parent = nullptr);

    // Starts an action on the row's draft with its controller (taken over).
    void start(ReviewAction::Kind kind, ReplyController *controller, const QString &conversationId,
               int undoSeconds);
    ReviewAction *find(const QString &conversationId) const;
    bool canUndo() const;
    // The latest action still in its window (of that conversation, if given):
    // stopped, nothing sent, its row back to review. Returns its controller
    // (the caller owns it) and sets *conversationId; null when there is none.
    ReplyController *undo(const QString &conversationId, QString *undone);
    // Closes every undo window (nothing goes out); actions under way go on.
    void cancelWindows();

Q_SIGNALS:
    void undoCountdown(const QString &conversationId, repdesk::ReviewAction::Kind kind, int secondsLeft);
    void actionFinished(const QString &conversationId, repdesk::ReviewAction::Kind kind,
                        repdesk::ReviewAction::Outcome outcome, const QString &message);
    // The reviewer should hear about it (changed on the server, could not be sent, ...).
    void notice(const QString &conversationId, const QString &message);
    // The draft is no longer on the server (already sent, removed, conversation gone).
    void left(const QString &conversationId, const QString &message);
    // The row is reviewable again (changed on the server, or the action failed).
    void restored(const QString &conversationId);

private:
    void onFinished(ReviewAction *action, ReviewAction::Outcome outcome, const QString &message);

    QPointer<ReviewQueueModel> m_model;
    QPointer<ReviewDiscovery> m_discovery;
    QPointer<ReviewFigures> m_figures;
    ReviewAction::Services m_services;
    QList<ReviewAction *> m_actions;
};

} // namespace repdesk
