#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace repdesk {

class ReplyController;
class ReviewPreviews;

// The draft to be shown after the one on screen, made ready while the
// reviewer reads: its ReplyController opened (the server's draft, and any
// journaled text, loaded) and its thread fetched into the cache
// (ReviewPreviews::prefetch), so that moving on paints both with no request
// to wait for. ReviewSession creates and disposes the controllers (they carry
// its connections); this holds the prepared one and says when it is ready.
//
// Ready takes an event-loop turn or two after prepare(): a reviewer who
// presses "next" faster than loopback answers sees the draft from the queue's
// proposal while its controller is still loading.
class ReviewPrepared : public QObject
{
    Q_OBJECT
public:
    using Create = std::function<ReplyController *(const QString &conversationId)>;
    using Dispose = std::function<void(ReplyController *)>;

    ReviewPrepared(ReviewPreviews *previews, Create create, Dispose dispose, QObject *parent = nullptr);

    // Prepares `conversationId` (empty: nothing). `spare`, the controller that was
    // shown until now, is kept when it is that conversation's, else disposed.
    void prepare(const QString &conversationId, ReplyController *spare = nullptr);
    // The prepared controller if it is `conversationId`'s (the caller takes it), else null.
    ReplyController *take(const QString &conversationId);
    void clear();

    QString conversationId() const;
    ReplyController *controller() const { return m_controller; }
    // Its reply is loaded (or failed to load) and its thread was fetched in this session.
    bool isReady() const;

Q_SIGNALS:
    // Once per prepared draft, when isReady() becomes true.
    void ready(const QString &conversationId);

private:
    void hold(ReplyController *controller);
    void check();

    QPointer<ReviewPreviews> m_previews;
    Create m_create;
    Dispose m_dispose;
    QPointer<ReplyController> m_controller;
    bool m_announced = false;
};

} // namespace repdesk
