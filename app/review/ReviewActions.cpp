#include "ReviewActions.h"

#include "DraftJournal.h"
#include "InboxProvider.h"
#include "Outbox.h"
#include "ReviewDiscovery.h"
#include "ReviewFigures.h"
#include "ReviewQueueModel.h"
#include "ReviewText.h"

namespace repdesk {

namespace {
QString countdownText(ReviewAction::Kind kind, int seconds)
{
    if (seconds <= 0)
        return kind == ReviewAction::Kind::Approve ? ReviewActions::tr("Sending…") : ReviewActions::tr("Discarding…");
    return kind == ReviewAction::Kind::Approve ? ReviewActions::tr("Sending in %n second(s)…", nullptr, seconds)
                                               : ReviewActions::tr("Discarding in %n second(s)…", nullptr, seconds);
}

ReviewItem::State windowState(ReviewAction::Kind kind)
{
    return kind == ReviewAction::Kind::Approve ? ReviewItem::State::Sending : ReviewItem::State::Discarded;
}
} // namespace

ReviewActions::ReviewActions(ReviewQueueModel *model, ReviewDiscovery *discovery, ReviewFigures *figures,
                             const ReviewAction::Services &services, QObject *parent)
    : QObject(parent), m_model(model), m_discovery(discovery), m_figures(figures), m_services(services)
{
}

void ReviewActions::start(ReviewAction::Kind kind, ReplyController *controller, const QString &conversationId,
                          int undoSeconds)
{
    const ReviewItem *row = m_model ? m_model->find(conversationId) : nullptr;
    if (!row || !controller)
        return;
    auto *action = new ReviewAction(kind, controller, *row, m_services, this);
    m_actions.append(action);
    // Out of "To review" at once: the pending count and the next draft follow.
    m_model->update(conversationId, [kind, undoSeconds](ReviewItem &i) {
        i.state = windowState(kind);
        i.stateMessage = countdownText(kind, undoSeconds);
    });
    connect(action, &ReviewAction::countdown, this, [this, action, kind](int left) {
        const QString id = action->conversationId();
        if (action->phase() != ReviewAction::Phase::Done)
            m_model->update(id, [kind, left](ReviewItem &i) { i.stateMessage = countdownText(kind, left); });
        Q_EMIT undoCountdown(id, kind, left);
    });
    connect(action, &ReviewAction::progress, this, [this, action](const QString &message) {
        m_model->update(action->conversationId(), [&message](ReviewItem &i) {
            i.state = ReviewItem::State::Sending;
            i.stateMessage = message;
        });
    });
    connect(action, &ReviewAction::finished, this,
            [this, action](ReviewAction::Outcome outcome, const QString &message) { onFinished(action, outcome, message); });
    if (undoSeconds > 0)
        Q_EMIT undoCountdown(conversationId, kind, undoSeconds);
    action->start(undoSeconds);
}

ReviewAction *ReviewActions::find(const QString &conversationId) const
{
    for (ReviewAction *a : m_actions)
        if (a->conversationId() == conversationId)
            return a;
    return nullptr;
}

bool ReviewActions::canUndo() const
{
    for (ReviewAction *a : m_actions)
        if (a->canUndo())
            return true;
    return false;
}

ReplyController *ReviewActions::undo(const QString &conversationId, QString *undone)
{
    for (auto it = m_actions.crbegin(); it != m_actions.crend(); ++it) {
        ReviewAction *action = *it;
        if (!action->canUndo() || (!conversationId.isEmpty() && action->conversationId() != conversationId))
            continue;
        const QString id = action->conversationId();
        const ReviewItem before = action->item();
        ReplyController *controller = action->undo();
        m_actions.removeOne(action);
        action->deleteLater();
        m_model->update(id, [&before](ReviewItem &i) {
            i.state = before.state;
            i.stateMessage = before.stateMessage;
        });
        *undone = id;
        return controller;
    }
    return nullptr;
}

void ReviewActions::cancelWindows()
{
    const QList<ReviewAction *> actions = m_actions;
    for (ReviewAction *action : actions) {
        if (!action->canUndo())
            continue;
        if (ReplyController *controller = action->undo()) {
            controller->close();
            controller->deleteLater();
        }
        m_actions.removeOne(action);
        action->deleteLater();
    }
}

void ReviewActions::onFinished(ReviewAction *action, ReviewAction::Outcome outcome, const QString &message)
{
    const QString id = action->conversationId();
    const ReviewAction::Kind kind = action->kind();
    m_actions.removeOne(action);
    action->deleteLater();
    using O = ReviewAction::Outcome;
    switch (outcome) {
    case O::Sent:
    case O::Discarded:
        m_model->update(id, [outcome, &message](ReviewItem &i) {
            i.state = outcome == O::Sent ? ReviewItem::State::Sent : ReviewItem::State::Discarded;
            i.stateMessage = message;
        });
        if (outcome == O::Sent && m_figures)
            m_figures->recordSent(action->edited());
        m_discovery->markChecked(id, std::nullopt);
        break;
    case O::Overwritten:
    case O::Queued: {
        const std::optional<ResponseDraft> server = action->serverDraft();
        const QString text = action->text();
        const bool wasEdited = action->edited();
        m_model->update(id, [&](ReviewItem &i) {
            if (server)
                i.draft = *server;
            i.state = outcome == O::Queued ? ReviewItem::State::Sending : ReviewItem::State::Pending;
            i.stateMessage = outcome == O::Queued ? tr("Queued for sending") : QString();
            i.edited = outcome == O::Overwritten && wasEdited && ReviewText::differs(i.draft.bodyHtml, text);
        });
        if (server)
            m_discovery->markChecked(id, server);
        Q_EMIT notice(id, message);
        if (outcome == O::Overwritten)
            Q_EMIT restored(id);
        break;
    }
    case O::Promoted:
    case O::Removed:
    case O::ConversationGone:
        m_discovery->markChecked(id, std::nullopt);
        Q_EMIT left(id, message);
        break;
    case O::Failed:
        m_model->update(id, [&message](ReviewItem &i) {
            i.state = ReviewItem::State::Error;
            i.stateMessage = message;
        });
        Q_EMIT notice(id, message);
        Q_EMIT restored(id);
        break;
    }
    Q_EMIT actionFinished(id, kind, outcome, message);
}

} // namespace repdesk
