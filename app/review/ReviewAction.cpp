#include "ReviewAction.h"

#include "DraftCheck.h"
#include "DraftJournal.h"
#include "InboxProvider.h"
#include "Outbox.h"
#include "OutboxItem.h"
#include "ReviewText.h"

namespace repdesk {

ReviewAction::ReviewAction(Kind kind, ReplyController *controller, const ReviewItem &item, const Services &services,
                           QObject *parent)
    : QObject(parent), m_kind(kind), m_controller(controller), m_item(item), m_services(services)
{
    Q_ASSERT(controller);
    controller->setParent(this);
    connect(controller, &ReplyController::statusChanged, this, &ReviewAction::onStatus);
    connect(controller, &ReplyController::failed, this, &ReviewAction::onFailed);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ReviewAction::tick);
}

ReviewAction::~ReviewAction()
{
    // A window left open sends nothing; a send under way goes on in ReplySends.
    if (m_controller && m_controller->parent() == this)
        m_controller->close();
}

QString ReviewAction::shownText(const ReplyController *controller, const QString &proposalHtml)
{
    if (!controller)
        return proposalHtml;
    using S = ReplyController::Status;
    const bool nothingLoaded = (controller->status() == S::Loading || controller->status() == S::Failed)
        && controller->state().html.isEmpty();
    return nothingLoaded ? proposalHtml : controller->state().html;
}

void ReviewAction::start(int undoSeconds)
{
    m_text = shownText(m_controller, m_item.draft.bodyHtml);
    m_edited = ReviewText::differs(m_item.draft.bodyHtml, m_text);
    if (m_services.journal)
        m_services.journal->flush(); // the text is on disk before anything can go out
    m_left = qMax(0, undoSeconds);
    if (m_left == 0) {
        check();
        return;
    }
    Q_EMIT countdown(m_left);
    m_timer.start();
}

void ReviewAction::tick()
{
    if (--m_left > 0) {
        Q_EMIT countdown(m_left);
        return;
    }
    m_timer.stop();
    Q_EMIT countdown(0);
    check();
}

ReplyController *ReviewAction::undo()
{
    if (m_phase != Phase::Countdown || !m_controller)
        return nullptr;
    m_timer.stop();
    m_phase = Phase::Done;
    ReplyController *controller = m_controller;
    controller->disconnect(this);
    controller->setParent(nullptr);
    m_controller = nullptr;
    Q_EMIT countdown(0);
    return controller;
}

void ReviewAction::check()
{
    m_phase = Phase::Checking;
    if (!m_controller) {
        finish(Outcome::Failed, tr("The draft could not be reached."));
        return;
    }
    const QString local = m_controller->state().html.isEmpty() ? m_text : m_controller->state().html;
    DraftCheck::run(m_services.provider, m_services.organizationId, m_item.conversationId, m_item.draft.bodyHtml,
                    local, m_item.draft.createdAt, this, [this](const DraftCheck::Result &r) {
                        m_server = r.server;
                        switch (r.outcome) {
                        case DraftCheck::Outcome::Unchanged:
                            execute();
                            return;
                        case DraftCheck::Outcome::Overwritten:
                            finish(Outcome::Overwritten,
                                   m_kind == Kind::Approve
                                       ? tr("This draft changed on the server before it was sent, so nothing was "
                                            "sent. Review the new version.")
                                       : tr("This draft changed on the server before it was discarded, so it was "
                                            "kept. Review the new version."));
                            return;
                        case DraftCheck::Outcome::Queued:
                            finish(Outcome::Queued, DraftCheck::notice(r.outcome));
                            return;
                        case DraftCheck::Outcome::Promoted:
                            finish(Outcome::Promoted, DraftCheck::notice(r.outcome));
                            return;
                        case DraftCheck::Outcome::Removed:
                            finish(Outcome::Removed, DraftCheck::notice(r.outcome));
                            return;
                        case DraftCheck::Outcome::ConversationGone:
                            finish(Outcome::ConversationGone, DraftCheck::notice(r.outcome));
                            return;
                        case DraftCheck::Outcome::Failed:
                            break;
                        }
                        // Offline: like a reply. A send goes to ReplySends, which finds out
                        // before it ever POSTs twice; a discard waits in the outbox.
                        if (r.error.isTransient()) {
                            execute();
                            return;
                        }
                        finish(Outcome::Failed, r.error.message().isEmpty() ? tr("The draft could not be checked.")
                                                                            : r.error.message());
                    });
}

void ReviewAction::execute()
{
    m_phase = Phase::Running;
    if (!m_controller) {
        finish(Outcome::Failed, tr("The draft could not be reached."));
        return;
    }
    // The controller must hold the server's draft (and its id) before it can send or delete it.
    if (m_controller->status() == ReplyController::Status::Loading) {
        m_waitingForLoad = true;
        return;
    }
    run();
}

void ReviewAction::run()
{
    if (m_kind == Kind::Approve) {
        // Offline, the controller may have nothing loaded: the text approved is the one shown.
        if (m_controller->state().html.trimmed().isEmpty() && !m_text.trimmed().isEmpty())
            m_controller->edit(m_text, m_item.draft.ccEmails, m_item.draft.bccEmails, false);
        m_controller->send(0);
        return;
    }
    // Not loaded from the server (offline): the row's draft id is the one to delete, later.
    if (!m_controller->state().hasServerDraft) {
        queueDelete();
        return;
    }
    m_controller->discard();
}

void ReviewAction::queueDelete()
{
    if (!m_services.outbox || m_item.draft.responseId.isEmpty()) {
        finish(Outcome::Failed, tr("Could not discard the draft."));
        return;
    }
    OutboxItem item;
    item.kind = OutboxItem::Kind::DeleteResponseDraft;
    item.organizationId = m_services.organizationId;
    item.key = m_item.conversationId;
    item.targetId = m_item.draft.responseId;
    m_services.outbox->enqueue(item);
    if (m_services.journal)
        m_services.journal->remove(m_services.organizationId, m_item.conversationId);
    finish(Outcome::Discarded, tr("Offline: the draft will be discarded when the server is reachable."));
}

void ReviewAction::onStatus(ReplyController::Status status, const QString &message)
{
    if (m_phase != Phase::Running)
        return;
    if (m_waitingForLoad) {
        if (status == ReplyController::Status::Loading)
            return;
        m_waitingForLoad = false;
        run();
        return;
    }
    using S = ReplyController::Status;
    if (m_kind == Kind::Approve) {
        switch (status) {
        case S::Sending:
        case S::Unconfirmed:
            Q_EMIT progress(message);
            return;
        case S::Sent:
            finish(Outcome::Sent, message);
            return;
        case S::Editing: // checked and found not sent: the text is an unsent reply again
        case S::Failed:
            finish(Outcome::Failed, message.isEmpty() ? tr("The reply was not sent.") : message);
            return;
        default:
            return;
        }
    }
    // Discard: Editing follows a deletion (or a draft that was never on the server),
    // Sent a 404 on a conversation that still exists (it was already sent). The rest
    // comes with failed().
    const ReplyState &state = m_controller->state();
    if (status == S::Editing && !state.hasServerDraft && state.html.isEmpty())
        finish(Outcome::Discarded, QString());
    else if (status == S::Sent)
        finish(Outcome::Promoted, DraftCheck::notice(DraftCheck::Outcome::Promoted));
}

void ReviewAction::onFailed(const ApiError &error, const QString &message)
{
    if (m_phase != Phase::Running || m_waitingForLoad)
        return;
    if (m_kind == Kind::Discard && error.isTransient()) {
        queueDelete();
        return;
    }
    // DraftDiscard passes the 404 along only when the conversation itself answered 404 too.
    if (m_kind == Kind::Discard && error.kind() == ApiError::Kind::NotFound) {
        finish(Outcome::ConversationGone, message);
        return;
    }
    finish(Outcome::Failed, message);
}

void ReviewAction::finish(Outcome outcome, const QString &message)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    Q_EMIT finished(outcome, message);
}

} // namespace repdesk
