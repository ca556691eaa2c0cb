#include "ReplyController.h"

#include "DraftJournal.h"
#include "InboxProvider.h"
#include "Outbox.h"
#include "OutboxItem.h"
#include "ReplySender.h"
#include "ReplySends.h"
#include "ReplyText.h"
#include "ResponseDraftSaveRequest.h"
#include "ResponseDraftSaveResult.h"

#include <QCoreApplication>

namespace repdesk {

ReplyController::ReplyController(DraftJournal *journal, Outbox *outbox, ReplySends *sends, QObject *parent)
    : QObject(parent), m_journal(journal), m_outbox(outbox), m_sends(sends)
{
    Q_ASSERT(sends);
    connect(m_sends, &ReplySends::changed, this, &ReplyController::onSendChanged);
    m_undoTimer.setInterval(1000);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        if (--m_undoLeft > 0) {
            Q_EMIT sendCountdown(m_undoLeft);
            return;
        }
        m_undoTimer.stop();
        Q_EMIT sendCountdown(0);
        postSend();
    });
    if (m_outbox) {
        connect(m_outbox, &Outbox::itemSent, this, &ReplyController::onOutboxSent);
        connect(m_outbox, &Outbox::itemFailed, this, &ReplyController::onOutboxFailed);
    }
}

void ReplyController::setSource(InboxProvider *provider, const QString &organizationId)
{
    close();
    m_provider = provider;
    m_org = organizationId;
}

void ReplyController::setStatus(Status s, const QString &message)
{
    m_status = s;
    Q_EMIT statusChanged(s, message);
}

void ReplyController::close()
{
    if (m_status == Status::SendPending) {
        // Leaving the conversation during the undo window sends nothing: the text stays a draft.
        m_undoTimer.stop();
    }
    if (m_journal)
        m_journal->flush();
    ++m_generation;
    // A send in progress goes on (see m_sends): it is the user's reply, opened or not.
    m_draft.reset(QString());
    m_status = Status::Empty;
}

void ReplyController::open(const QString &conversationId)
{
    if (conversationId == m_draft.state.conversationId && m_status != Status::Empty)
        return;
    close();
    m_draft.state.conversationId = conversationId;
    const quint64 gen = m_generation;

    // Local text first: it is what the user typed last, even if the server never saw it,
    // and the text of a Send whose outcome is in doubt.
    std::optional<JournalEntry> local = m_journal ? m_journal->entry(m_org, conversationId) : std::nullopt;
    if (local && (!local->savedToServer || local->sendAttemptedAt.isValid())) {
        m_draft.restore(*local);
        Q_EMIT loaded(m_draft.state);
    }
    const QDateTime attempted = local ? local->sendAttemptedAt : QDateTime();
    setStatus(Status::Loading);
    if (!m_provider)
        return;
    auto *call = m_provider->listResponseDrafts(m_org, conversationId);
    connect(call, &ApiCall::finished, this, [this, call, gen, attempted] {
        if (gen != m_generation)
            return;
        if (!call->succeeded()) {
            if (showSend(attempted))
                return; // it keeps asking until the server answers
            if (m_draft.state.restoredFromJournal) {
                setStatus(Status::Editing, tr("Not saved to server"));
            } else {
                setStatus(Status::Failed, call->error().message());
                Q_EMIT loaded(m_draft.state);
            }
            return;
        }
        const auto &items = call->result().items;
        const std::optional<ResponseDraft> server = items.isEmpty() ? std::nullopt : std::optional(items.first());
        m_draft.applyServer(server, !m_draft.state.restoredFromJournal);
        Q_EMIT loaded(m_draft.state);
        if (showSend(attempted))
            return;
        // A draft queued on the server is being sent, whatever text this computer kept.
        if (m_draft.state.scheduledSendAt.isValid())
            setStatus(Status::Sending, tr("Queued for sending"));
        else if (m_draft.state.restoredFromJournal)
            setStatus(Status::Editing, tr("Not saved to server"));
        else
            setStatus(server ? Status::Saved : Status::Editing);
    });
}

bool ReplyController::showSend(const QDateTime &attemptedAt)
{
    if (ReplySender *sender = activeSender()) {
        showSender(sender);
        return true;
    }
    // A Send in doubt (Repdesk stopped, or the account was closed, mid-send): the server
    // may have it queued or delivered; "Not saved to server" would invite a second Send.
    if (!attemptedAt.isValid() || !m_provider || ReplyText::isBlank(m_draft.state.html))
        return false;
    showSender(m_sends->resume(m_provider, m_org, m_draft.state.conversationId, m_draft.toRequest(true), attemptedAt,
                               false));
    return true;
}

void ReplyController::edit(const QString &html, const QStringList &cc, const QStringList &bcc, bool addNotification)
{
    if (m_draft.state.conversationId.isEmpty())
        return;
    if (!m_draft.setText(html, cc, bcc, addNotification))
        return;
    if (m_journal)
        m_journal->stage(m_draft.toJournal(m_org));
    if (m_status != Status::SendPending && m_status != Status::Saving && !activeSender())
        setStatus(Status::Editing, tr("Not saved to server"));
}

void ReplyController::save()
{
    if (m_draft.state.conversationId.isEmpty() || m_status == Status::Saving || m_status == Status::SendPending)
        return;
    if (activeSender()) {
        // A save now would un-queue the reply, or after a lost answer make a second copy of it.
        setStatus(m_status, tr("This reply is being sent; it can't be saved as a draft now."));
        return;
    }
    if (refuseBlank(tr("Write a reply before saving.")))
        return;
    if (m_journal)
        m_journal->flush(); // the text is on disk before anything goes over the network
    startSave(true);
}

void ReplyController::startSave(bool checkConflict)
{
    if (!m_provider)
        return;
    setStatus(Status::Saving, tr("Saving…"));
    const DraftSave::Target target{m_provider, m_outbox, m_org, m_draft.state.conversationId};
    const QString baseBody = m_draft.base ? m_draft.base->bodyHtml : QString();
    if (checkConflict)
        DraftSave::checkThenPost(target, m_draft.toRequest(false), baseBody, this, saveHandler());
    else
        DraftSave::post(target, m_draft.toRequest(false), this, saveHandler());
}

void ReplyController::resolveConflict(bool keepMine)
{
    if (keepMine) {
        startSave(false);
        return;
    }
    // Take the server's version: drop the local text and reload.
    if (m_journal)
        m_journal->remove(m_org, m_draft.state.conversationId);
    const QString id = m_draft.state.conversationId;
    close();
    open(id);
}

std::function<void(const DraftSave::Result &)> ReplyController::saveHandler()
{
    const quint64 gen = m_generation;
    const QString org = m_org;
    const QString conv = m_draft.state.conversationId;
    const QString html = m_draft.state.html;
    const bool hadDraft = m_draft.hadServerDraft(); // what the conflict check compared against
    return [this, gen, org, conv, html, hadDraft](const DraftSave::Result &r) {
        if (r.outcome == DraftSave::Outcome::Saved && m_journal)
            m_journal->markSaved(org, conv, r.responseId, html, QDateTime::currentDateTimeUtc());
        if (gen != m_generation)
            return;
        switch (r.outcome) {
        case DraftSave::Outcome::Saved: {
            m_draft.markOnServer(r.responseId, html);
            m_draft.state.restoredFromJournal = !ReplyDraft::sameText(m_draft.state.html, html);
            setStatus(m_draft.state.restoredFromJournal ? Status::Editing : Status::Saved,
                      m_draft.state.restoredFromJournal ? tr("Not saved to server") : tr("Draft saved"));
            return;
        }
        case DraftSave::Outcome::Conflict:
            setStatus(Status::Editing, hadDraft ? tr("The draft changed on the server")
                                                : tr("A draft is already on the server"));
            Q_EMIT conflict(r.serverDraft, hadDraft);
            return;
        case DraftSave::Outcome::QueuedOffline:
            setStatus(Status::Queued, tr("Offline: saved on this computer, will be sent to the server when it is "
                                         "reachable"));
            return;
        case DraftSave::Outcome::Failed:
            setStatus(Status::Failed, r.message);
            Q_EMIT failed(r.error, r.message);
            return;
        }
    };
}

void ReplyController::send(int undoSeconds)
{
    if (m_draft.state.conversationId.isEmpty() || m_status == Status::SendPending)
        return;
    if (ReplySender *sender = activeSender()) {
        // Pressed again after a lost answer: find out first; the sender POSTs only if
        // the server does not have the reply.
        sender->checkNow();
        return;
    }
    if (m_status == Status::Sending || refuseBlank(tr("Write a reply before sending.")))
        return;
    if (m_journal)
        m_journal->flush();
    if (undoSeconds <= 0) {
        postSend();
        return;
    }
    m_undoLeft = undoSeconds;
    setStatus(Status::SendPending, tr("Sending in %n second(s)…", nullptr, undoSeconds));
    Q_EMIT sendCountdown(m_undoLeft);
    m_undoTimer.start();
}

void ReplyController::undoSend()
{
    if (m_status != Status::SendPending)
        return;
    m_undoTimer.stop();
    setStatus(Status::Editing, tr("Sending cancelled; your reply is still here"));
}

bool ReplyController::refuseBlank(const QString &message)
{
    if (!ReplyText::isBlank(m_draft.state.html))
        return false;
    // body_html is required: an empty reply would only earn a 422.
    setStatus(m_status == Status::SendPending ? Status::Editing : m_status, message);
    Q_EMIT failed(ApiError(), message);
    return true;
}

void ReplyController::postSend()
{
    if (!m_provider || refuseBlank(tr("Write a reply before sending.")))
        return;
    // The reply stays on disk until the thread shows it; ReplySends marks the entry before the POST.
    std::optional<JournalEntry> entry;
    if (m_journal) {
        m_journal->stage(m_draft.toJournal(m_org));
        m_journal->flush();
        entry = m_journal->entry(m_org, m_draft.state.conversationId);
    }
    setStatus(Status::Sending, tr("Sending…"));
    const QString conv = m_draft.state.conversationId;
    // An earlier Send whose outcome nobody saw: the server is asked first, and the
    // reply is POSTed only if it clearly does not have it.
    if (entry && entry->sendAttemptedAt.isValid())
        m_sends->resume(m_provider, m_org, conv, m_draft.toRequest(true), entry->sendAttemptedAt, true);
    else
        m_sends->start(m_provider, m_org, conv, m_draft.toRequest(true)); // drops this reply's waiting saves first
}

ReplySender *ReplyController::activeSender() const
{
    return m_sends->active(m_org, m_draft.state.conversationId);
}

void ReplyController::onSendChanged(ReplySender *sender)
{
    // Sends of the whole account pass here; this controller shows its organization's.
    if (sender->organizationId() != m_org)
        return;
    const QString conv = sender->conversationId();
    if (conv == m_draft.state.conversationId && !conv.isEmpty())
        showSender(sender);
    if (sender->phase() == ReplySender::Phase::Delivered)
        Q_EMIT delivered(conv);
}

void ReplyController::showSender(ReplySender *sender)
{
    switch (sender->phase()) {
    case ReplySender::Phase::Posting:
    case ReplySender::Phase::Checking:
        setStatus(Status::Sending, sender->statusText());
        return;
    case ReplySender::Phase::Unconfirmed:
        setStatus(Status::Unconfirmed, sender->statusText());
        return;
    case ReplySender::Phase::Queued:
        // Discard must name this draft.
        m_draft.markQueued(sender->responseId(), sender->request().bodyHtml, sender->scheduledSendAt());
        setStatus(Status::Sending, sender->statusText());
        return;
    case ReplySender::Phase::Delivered:
        showSent(sender->statusText());
        return;
    case ReplySender::Phase::Failed:
        setStatus(Status::Failed, sender->statusText());
        Q_EMIT failed(sender->error(), sender->statusText());
        return;
    case ReplySender::Phase::NotSent:
        m_draft.markNotSent(); // the text is the user's again, as an unsent reply
        setStatus(Status::Editing, sender->statusText());
        return;
    }
}

void ReplyController::showSent(const QString &message)
{
    m_draft.reset(m_draft.state.conversationId);
    setStatus(Status::Sent, message);
    Q_EMIT loaded(m_draft.state);
}

void ReplyController::recheckUnconfirmed()
{
    m_sends->recheckUnconfirmed();
}

void ReplyController::discard()
{
    if (m_draft.state.conversationId.isEmpty() || m_status == Status::SendPending)
        return;
    ReplySender *sender = activeSender();
    if (sender && sender->phase() != ReplySender::Phase::Queued) {
        const QString message = tr("Repdesk first has to find out whether this reply was sent; it can't be "
                                   "discarded yet.");
        setStatus(m_status, message);
        Q_EMIT failed(ApiError(), message);
        return;
    }
    if (!m_draft.base || m_draft.base->responseId.isEmpty() || !m_provider) {
        finishDiscard();
        return;
    }
    const quint64 gen = m_generation;
    DraftDiscard::run(m_provider, m_org, m_draft.state.conversationId, *m_draft.base, this,
                      [this, gen](DraftDiscard::Outcome outcome, const ApiError &e, const QString &message) {
                          if (gen == m_generation)
                              onDiscarded(outcome, e, message);
                      });
}

void ReplyController::onDiscarded(DraftDiscard::Outcome outcome, const ApiError &e, const QString &message)
{
    const QString conv = m_draft.state.conversationId;
    switch (outcome) {
    case DraftDiscard::Outcome::Deleted:
        finishDiscard();
        return;
    case DraftDiscard::Outcome::AlreadySent:
        // Too late: the draft is a message now.
        m_sends->drop(m_org, conv);
        if (m_journal)
            m_journal->remove(m_org, conv);
        showSent(tr("This reply was already sent"));
        Q_EMIT delivered(conv);
        return;
    case DraftDiscard::Outcome::BeingSent:
    case DraftDiscard::Outcome::ConversationGone:
    case DraftDiscard::Outcome::Failed:
        setStatus(outcome == DraftDiscard::Outcome::BeingSent ? Status::Sending : Status::Failed, message);
        Q_EMIT failed(e, message);
        return;
    }
}

void ReplyController::finishDiscard()
{
    const QString conv = m_draft.state.conversationId;
    m_sends->drop(m_org, conv); // a queued draft that is gone will not be delivered
    if (m_journal)
        m_journal->remove(m_org, conv);
    m_draft.clearText();
    setStatus(Status::Editing, tr("Draft discarded"));
    Q_EMIT loaded(m_draft.state);
}

void ReplyController::onOutboxSent(const OutboxItem &item, const QJsonObject &result)
{
    if (item.kind != OutboxItem::Kind::SaveResponseDraft || item.organizationId != m_org)
        return;
    const QString responseId = result.value(QStringLiteral("response_id")).toString();
    const QString html = item.body.value(QStringLiteral("body_html")).toString();
    if (m_journal)
        m_journal->markSaved(m_org, item.key, responseId, html, QDateTime::currentDateTimeUtc());
    if (item.key != m_draft.state.conversationId)
        return;
    m_draft.markOnServer(responseId, html);
    if (ReplyDraft::sameText(m_draft.state.html, html)) {
        m_draft.state.restoredFromJournal = false;
        setStatus(Status::Saved, tr("Draft saved (from the outbox)"));
    }
}

void ReplyController::onOutboxFailed(const OutboxItem &item, const ApiError &error)
{
    if (item.key == m_draft.state.conversationId && item.organizationId == m_org) {
        setStatus(Status::Failed, error.message());
        Q_EMIT failed(error, tr("The server refused a draft saved while offline. Your text is kept."));
    }
}

} // namespace repdesk
