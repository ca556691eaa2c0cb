#include "DraftSave.h"

#include "ConversationCheck.h"
#include "InboxProvider.h"
#include "Outbox.h"
#include "OutboxItem.h"
#include "ReplyDraft.h"
#include "ResponseDraftSaveResult.h"

namespace repdesk {

void DraftSave::fail(const Target &target, const ApiError &error, QObject *context, const Callback &done)
{
    if (error.kind() != ApiError::Kind::NotFound) {
        done({Outcome::Failed, {}, {}, error, tr("Could not save the draft. Your text is kept.")});
        return;
    }
    // A 404 on the conversation's drafts route: is the conversation itself gone?
    ConversationCheck::run(target.provider, target.organizationId, target.conversationId, context,
                           [done, error](ConversationCheck::Outcome outcome, const ApiError &) {
                               const bool gone = outcome == ConversationCheck::Outcome::Gone;
                               done({Outcome::Failed, {}, {}, error,
                                     gone ? tr("This conversation no longer exists. Your text is kept.")
                                          : tr("Could not save the draft. Your text is kept.")});
                           });
}

void DraftSave::checkThenPost(const Target &target, const ResponseDraftSaveRequest &request,
                              const QString &baseBodyHtml, QObject *context, Callback done)
{
    if (!target.provider) {
        done({Outcome::Failed, {}, {}, ApiError(ApiError::Kind::Cancelled, QString()),
              tr("Could not save the draft. Your text is kept.")});
        return;
    }
    auto *call = target.provider->listResponseDrafts(target.organizationId, target.conversationId);
    QObject::connect(call, &ApiCall::finished, context, [=] {
        if (call->succeeded()) {
            const auto &items = call->result().items;
            const std::optional<ResponseDraft> now = items.isEmpty() ? std::nullopt : std::optional(items.first());
            const QString nowBody = now ? now->bodyHtml : QString();
            if (now && !ReplyDraft::sameOnServer(nowBody, baseBodyHtml) && !ReplyDraft::sameOnServer(nowBody, request.bodyHtml)) {
                done({Outcome::Conflict, {}, *now, {}, {}});
                return;
            }
            post(target, request, context, done);
            return;
        }
        if (call->error().isTransient()) {
            post(target, request, context, done); // offline: post() queues it
            return;
        }
        fail(target, call->error(), context, done);
    });
}

void DraftSave::post(const Target &target, const ResponseDraftSaveRequest &request, QObject *context, Callback done)
{
    if (!target.provider) {
        done({Outcome::Failed, {}, {}, ApiError(ApiError::Kind::Cancelled, QString()),
              tr("Could not save the draft. Your text is kept.")});
        return;
    }
    auto *call = target.provider->saveResponseDraft(target.organizationId, target.conversationId, request);
    QObject::connect(call, &ApiCall::finished, context, [=] {
        if (call->succeeded()) {
            done({Outcome::Saved, call->result().responseId, {}, {}, {}});
            return;
        }
        const ApiError &e = call->error();
        if (e.isTransient() && target.outbox) {
            OutboxItem item;
            item.kind = OutboxItem::Kind::SaveResponseDraft;
            item.organizationId = target.organizationId;
            item.key = target.conversationId;
            item.body = request.toJson();
            target.outbox->enqueue(item);
            done({Outcome::QueuedOffline, {}, {}, e, {}});
            return;
        }
        fail(target, e, context, done);
    });
}

} // namespace repdesk
