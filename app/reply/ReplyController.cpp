#include "ReplyController.h"

#include "DraftJournal.h"
#include "InboxProvider.h"
#include "Outbox.h"
#include "OutboxItem.h"
#include "ResponseDraftSaveRequest.h"
#include "ResponseDraftSaveResult.h"

#include <QCoreApplication>

namespace repdesk {

namespace {
bool sameText(const QString &a, const QString &b)
{
    return a.trimmed() == b.trimmed();
}
} // namespace

ReplyController::ReplyController(DraftJournal *journal, Outbox *outbox, QObject *parent)
    : QObject(parent), m_journal(journal), m_outbox(outbox)
{
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
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, [this] { watchDelivery(m_deliveryResponseId); });
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
    m_deliveryTimer.stop();
    m_state = ReplyState();
    m_base.reset();
    m_status = Status::Empty;
}

JournalEntry ReplyController::journalEntry() const
{
    JournalEntry e;
    e.organizationId = m_org;
    e.key = m_state.conversationId;
    e.html = m_state.html;
    e.ccEmails = m_state.ccEmails;
    e.bccEmails = m_state.bccEmails;
    e.addNotification = m_state.addNotification;
    e.updatedAt = QDateTime::currentDateTimeUtc();
    e.savedToServer = false;
    if (m_base) {
        e.serverDraftId = m_base->responseId;
        e.serverBodyHtml = m_base->bodyHtml;
        e.serverCreatedAt = m_base->createdAt;
    }
    return e;
}

void ReplyController::open(const QString &conversationId)
{
    if (conversationId == m_state.conversationId && m_status != Status::Empty)
        return;
    close();
    m_state.conversationId = conversationId;
    const quint64 gen = m_generation;

    // Local text first: it is what the user typed last, even if the server never saw it.
    std::optional<JournalEntry> local = m_journal ? m_journal->entry(m_org, conversationId) : std::nullopt;
    if (local && !local->savedToServer) {
        m_state.html = local->html;
        m_state.ccEmails = local->ccEmails;
        m_state.bccEmails = local->bccEmails;
        m_state.addNotification = local->addNotification;
        m_state.restoredFromJournal = true;
        if (!local->serverDraftId.isEmpty()) {
            ResponseDraft base;
            base.responseId = local->serverDraftId;
            base.bodyHtml = local->serverBodyHtml;
            base.createdAt = local->serverCreatedAt;
            m_base = base;
        }
        Q_EMIT loaded(m_state);
    }
    setStatus(Status::Loading);
    if (!m_provider)
        return;
    auto *call = m_provider->listResponseDrafts(m_org, conversationId);
    connect(call, &ApiCall::finished, this, [this, call, gen] {
        if (gen != m_generation)
            return;
        if (!call->succeeded()) {
            if (m_state.restoredFromJournal) {
                setStatus(Status::Editing, tr("Not saved to server"));
            } else {
                setStatus(Status::Failed, call->error().message());
                Q_EMIT loaded(m_state);
            }
            return;
        }
        const auto &items = call->result().items;
        const std::optional<ResponseDraft> server = items.isEmpty() ? std::nullopt : std::optional(items.first());
        applyServerDraft(server, !m_state.restoredFromJournal);
        if (m_state.restoredFromJournal)
            setStatus(Status::Editing, tr("Not saved to server"));
        else if (m_state.scheduledSendAt.isValid())
            setStatus(Status::Sending, tr("Queued for sending"));
        else
            setStatus(server ? Status::Saved : Status::Editing);
    });
}

void ReplyController::applyServerDraft(const std::optional<ResponseDraft> &draft, bool replaceText)
{
    m_state.hasServerDraft = draft.has_value();
    if (draft) {
        m_state.recipientName = draft->recipientName;
        m_state.recipientEmail = draft->recipientEmail;
        m_state.recipientPhone = draft->recipientPhoneNumber;
        m_state.scheduledSendAt = draft->scheduledSendAt;
    }
    if (replaceText) {
        m_base = draft;
        m_state.html = draft ? draft->bodyHtml : QString();
        m_state.ccEmails = draft ? draft->ccEmails : QStringList();
        m_state.bccEmails = draft ? draft->bccEmails : QStringList();
        m_state.restoredFromJournal = false;
    } else if (!m_base && draft) {
        // Text restored from a journal written before any server draft existed:
        // a draft that appeared since then is a change made elsewhere.
        m_base = ResponseDraft();
    }
    Q_EMIT loaded(m_state);
}

void ReplyController::edit(const QString &html, const QStringList &cc, const QStringList &bcc, bool addNotification)
{
    if (m_state.conversationId.isEmpty())
        return;
    if (sameText(html, m_state.html) && cc == m_state.ccEmails && bcc == m_state.bccEmails
        && addNotification == m_state.addNotification)
        return;
    m_state.html = html;
    m_state.ccEmails = cc;
    m_state.bccEmails = bcc;
    m_state.addNotification = addNotification;
    m_state.restoredFromJournal = true;
    if (m_journal)
        m_journal->stage(journalEntry());
    if (m_status != Status::SendPending && m_status != Status::Saving)
        setStatus(Status::Editing, tr("Not saved to server"));
}

void ReplyController::save()
{
    if (m_state.conversationId.isEmpty() || m_status == Status::Saving || m_status == Status::SendPending)
        return;
    if (m_journal)
        m_journal->flush(); // the text is on disk before anything goes over the network
    checkConflictThenSave();
}

void ReplyController::checkConflictThenSave()
{
    if (!m_provider)
        return;
    setStatus(Status::Saving, tr("Saving…"));
    const quint64 gen = m_generation;
    auto *call = m_provider->listResponseDrafts(m_org, m_state.conversationId);
    connect(call, &ApiCall::finished, this, [this, call, gen] {
        if (gen != m_generation)
            return;
        if (call->succeeded()) {
            const auto &items = call->result().items;
            const std::optional<ResponseDraft> now = items.isEmpty() ? std::nullopt : std::optional(items.first());
            const QString baseBody = m_base ? m_base->bodyHtml : QString();
            const QString nowBody = now ? now->bodyHtml : QString();
            const bool changedElsewhere = now && !sameText(nowBody, baseBody) && !sameText(nowBody, m_state.html);
            if (changedElsewhere) {
                setStatus(Status::Editing, tr("The draft changed on the server"));
                Q_EMIT conflict(*now);
                return;
            }
            postSave();
            return;
        }
        if (call->error().isTransient()) {
            postSave(); // offline: postSave queues it
            return;
        }
        setStatus(Status::Failed, call->error().message());
        Q_EMIT failed(call->error(), tr("Could not save the draft. Your text is kept."));
    });
}

void ReplyController::resolveConflict(bool keepMine)
{
    if (keepMine) {
        postSave();
        return;
    }
    // Take the server's version: drop the local text and reload.
    if (m_journal)
        m_journal->remove(m_org, m_state.conversationId);
    const QString id = m_state.conversationId;
    close();
    open(id);
}

void ReplyController::postSave()
{
    ResponseDraftSaveRequest req;
    req.bodyHtml = m_state.html;
    req.ccEmails = m_state.ccEmails;
    req.bccEmails = m_state.bccEmails;
    req.autosendDraft = false;
    req.addNotification = m_state.addNotification;
    setStatus(Status::Saving, tr("Saving…"));
    const quint64 gen = m_generation;
    const QString conv = m_state.conversationId;
    const QString html = m_state.html;
    auto *call = m_provider->saveResponseDraft(m_org, conv, req);
    connect(call, &ApiCall::finished, this, [this, call, gen, conv, html, req] {
        if (call->succeeded()) {
            const ResponseDraftSaveResult &r = call->result();
            if (m_journal)
                m_journal->markSaved(m_org, conv, r.responseId, html, QDateTime::currentDateTimeUtc());
            if (gen != m_generation)
                return;
            ResponseDraft base = m_base.value_or(ResponseDraft());
            base.responseId = r.responseId;
            base.bodyHtml = html;
            m_base = base;
            m_state.hasServerDraft = true;
            m_state.restoredFromJournal = !sameText(m_state.html, html);
            setStatus(m_state.restoredFromJournal ? Status::Editing : Status::Saved,
                      m_state.restoredFromJournal ? tr("Not saved to server") : tr("Draft saved"));
            return;
        }
        const ApiError &e = call->error();
        if (e.isTransient() && m_outbox) {
            OutboxItem item;
            item.kind = OutboxItem::Kind::SaveResponseDraft;
            item.organizationId = m_org;
            item.key = conv;
            item.body = req.toJson();
            m_outbox->enqueue(item);
            if (gen == m_generation)
                setStatus(Status::Queued, tr("Offline: saved on this computer, will be sent to the server when it "
                                             "is reachable"));
            return;
        }
        if (gen != m_generation)
            return;
        setStatus(Status::Failed, e.message());
        Q_EMIT failed(e, tr("Could not save the draft. Your text is kept."));
    });
}

void ReplyController::send(int undoSeconds)
{
    if (m_state.conversationId.isEmpty() || m_status == Status::SendPending || m_status == Status::Sending)
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

void ReplyController::postSend()
{
    if (!m_provider)
        return;
    ResponseDraftSaveRequest req;
    req.bodyHtml = m_state.html;
    req.ccEmails = m_state.ccEmails;
    req.bccEmails = m_state.bccEmails;
    req.autosendDraft = true;
    req.addNotification = false; // exclusive with autosend
    setStatus(Status::Sending, tr("Sending…"));
    const quint64 gen = m_generation;
    const QString conv = m_state.conversationId;
    auto *call = m_provider->saveResponseDraft(m_org, conv, req);
    connect(call, &ApiCall::finished, this, [this, call, gen, conv] {
        if (gen != m_generation)
            return;
        if (!call->succeeded()) {
            setStatus(Status::Failed, call->error().message());
            Q_EMIT failed(call->error(), call->error().isTransient()
                                             ? tr("Could not send: the server is unreachable. Your reply is kept; "
                                                  "send it again when you are back online.")
                                             : tr("Could not send. Your reply is kept."));
            return;
        }
        const ResponseDraftSaveResult &r = call->result();
        m_state.scheduledSendAt = r.scheduledSendAt;
        if (m_journal)
            m_journal->remove(m_org, conv);
        m_state.restoredFromJournal = false;
        m_state.hasServerDraft = true;
        ResponseDraft base = m_base.value_or(ResponseDraft());
        base.responseId = r.responseId;
        base.bodyHtml = m_state.html;
        m_base = base; // Discard during delivery must name this draft
        setStatus(Status::Sending, r.scheduledSendAt.isValid()
                                       ? tr("Queued for sending at %1")
                                             .arg(QLocale().toString(r.scheduledSendAt.toLocalTime().time(),
                                                                     QLocale::ShortFormat))
                                       : tr("Queued for sending"));
        m_deliveryPolls = 0;
        m_deliveryResponseId = r.responseId;
        m_deliveryTimer.start(m_pollIntervalMs);
    });
}

void ReplyController::watchDelivery(const QString &responseId)
{
    if (!m_provider || responseId.isEmpty())
        return;
    const quint64 gen = m_generation;
    const QString conv = m_state.conversationId;
    auto *call = m_provider->listResponseDrafts(m_org, conv);
    connect(call, &ApiCall::finished, this, [this, call, gen, conv, responseId] {
        if (gen != m_generation)
            return;
        const bool stillPending = call->succeeded() && !call->result().items.isEmpty()
            && call->result().items.first().responseId == responseId;
        if (call->succeeded() && !stillPending) {
            m_state = ReplyState();
            m_state.conversationId = conv;
            m_base.reset();
            setStatus(Status::Sent, tr("Reply sent"));
            Q_EMIT loaded(m_state);
            Q_EMIT delivered(conv);
            return;
        }
        if (++m_deliveryPolls < 60)
            m_deliveryTimer.start(m_pollIntervalMs);
    });
}

void ReplyController::discard()
{
    if (m_state.conversationId.isEmpty() || m_status == Status::SendPending)
        return;
    const QString conv = m_state.conversationId;
    const auto finishLocal = [this, conv] {
        if (m_journal)
            m_journal->remove(m_org, conv);
        m_state.html.clear();
        m_state.ccEmails.clear();
        m_state.bccEmails.clear();
        m_state.restoredFromJournal = false;
        m_state.hasServerDraft = false;
        m_state.scheduledSendAt = QDateTime();
        m_base.reset();
        setStatus(Status::Editing, tr("Draft discarded"));
        Q_EMIT loaded(m_state);
    };
    if (!m_base || m_base->responseId.isEmpty() || !m_provider) {
        finishLocal();
        return;
    }
    const quint64 gen = m_generation;
    auto *call = m_provider->deleteResponseDraft(m_org, conv, m_base->responseId);
    connect(call, &ApiCall::finished, this, [this, call, gen, conv, finishLocal] {
        if (gen != m_generation)
            return;
        if (call->succeeded()) {
            finishLocal();
            return;
        }
        const ApiError &e = call->error();
        if (e.pointsToMessages()) {
            // Too late: the draft was already sent and is now a message.
            if (m_journal)
                m_journal->remove(m_org, conv);
            setStatus(Status::Sent, tr("This reply was already sent"));
            Q_EMIT delivered(conv);
            return;
        }
        if (e.httpStatus() == 400) {
            setStatus(Status::Sending, tr("The reply is being sent right now and can't be discarded."));
            Q_EMIT failed(e, tr("The reply is being sent right now and can't be discarded."));
            return;
        }
        setStatus(Status::Failed, e.message());
        Q_EMIT failed(e, tr("Could not discard the draft."));
    });
}

void ReplyController::onOutboxSent(const OutboxItem &item, const QJsonObject &result)
{
    if (item.kind != OutboxItem::Kind::SaveResponseDraft || item.organizationId != m_org)
        return;
    const QString responseId = result.value(QStringLiteral("response_id")).toString();
    const QString html = item.body.value(QStringLiteral("body_html")).toString();
    if (m_journal)
        m_journal->markSaved(m_org, item.key, responseId, html, QDateTime::currentDateTimeUtc());
    if (item.key != m_state.conversationId)
        return;
    ResponseDraft base = m_base.value_or(ResponseDraft());
    base.responseId = responseId;
    base.bodyHtml = html;
    m_base = base;
    m_state.hasServerDraft = true;
    if (sameText(m_state.html, html)) {
        m_state.restoredFromJournal = false;
        setStatus(Status::Saved, tr("Draft saved (from the outbox)"));
    }
}

void ReplyController::onOutboxFailed(const OutboxItem &item, const ApiError &error)
{
    if (item.key == m_state.conversationId && item.organizationId == m_org) {
        setStatus(Status::Failed, error.message());
        Q_EMIT failed(error, tr("The server refused a draft saved while offline. Your text is kept."));
    }
}

} // namespace repdesk
