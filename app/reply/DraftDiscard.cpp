#include "DraftDiscard.h"

#include "ConversationCheck.h"
#include "InboxProvider.h"
#include "RepostRule.h"
#include "SendVerifier.h"

#include <QPointer>

#include <memory>

namespace repdesk {

QString DraftDiscard::couldNot()
{
    return tr("Could not discard the draft.");
}

void DraftDiscard::run(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                       const ResponseDraft &draft, QObject *context, Callback done)
{
    const QString responseId = draft.responseId;
    if (!provider) {
        done(Outcome::Failed, ApiError(ApiError::Kind::Cancelled, QString()), couldNot());
        return;
    }
    auto *call = provider->deleteResponseDraft(organizationId, conversationId, responseId);
    const QPointer<InboxProvider> weak(provider); // the answer may come after an account switch
    // The transport repeats a DELETE after a network error, a timeout or a 5xx; the attempt before
    // may have been carried out, and then the 404 that follows answers our own deletion.
    auto mayHaveDeleted = std::make_shared<bool>(false);
    QObject::connect(call, &ApiCall::retrying, context, [mayHaveDeleted](int, int, const ApiError &reason) {
        *mayHaveDeleted = *mayHaveDeleted || RepostRule::mayHaveBeenProcessed(reason);
    });
    QObject::connect(call, &ApiCall::finished, context, [=] {
        if (call->succeeded()) {
            done(Outcome::Deleted, {}, {});
            return;
        }
        const ApiError e = call->error();
        if (e.httpStatus() == 400) {
            done(Outcome::BeingSent, e, tr("The reply is being sent right now and can't be discarded."));
            return;
        }
        if (e.kind() != ApiError::Kind::NotFound) {
            done(Outcome::Failed, e, couldNot());
            return;
        }
        if (*mayHaveDeleted) {
            afterRepeatedDelete(weak, organizationId, conversationId, draft, e, context, done);
            return;
        }
        ConversationCheck::run(weak, organizationId, conversationId, context,
                               [done, e](ConversationCheck::Outcome outcome, const ApiError &checkError) {
                                   switch (outcome) {
                                   case ConversationCheck::Outcome::Exists:
                                       done(Outcome::AlreadySent, e, {});
                                       return;
                                   case ConversationCheck::Outcome::Gone:
                                       done(Outcome::ConversationGone, e, tr("This conversation no longer exists."));
                                       return;
                                   case ConversationCheck::Outcome::Unknown:
                                       done(Outcome::Failed, checkError, couldNot());
                                       return;
                                   }
                               });
    });
}

void DraftDiscard::afterRepeatedDelete(InboxProvider *provider, const QString &organizationId,
                                       const QString &conversationId, const ResponseDraft &draft,
                                       const ApiError &notFound, QObject *context, const Callback &done)
{
    // Gone after our own DELETE may have gone through: deleted, unless the thread shows the draft's
    // text sent since it was written (promoted before the DELETE reached it). When the thread cannot
    // be read, "deleted" stays the likelier answer: "already sent" would tell the user a reply went
    // out that probably never did.
    auto holder = std::make_shared<QPointer<SendVerifier>>();
    *holder = new SendVerifier(
        provider, organizationId, conversationId, draft.bodyHtml, draft.createdAt,
        [holder, done, notFound](const SendVerifier::Result &r) {
            if (*holder)
                (*holder)->deleteLater();
            if (r.verdict == SendVerifier::Verdict::Delivered)
                done(Outcome::AlreadySent, notFound, {});
            else if (r.verdict == SendVerifier::Verdict::ConversationGone)
                done(Outcome::ConversationGone, r.error, tr("This conversation no longer exists."));
            else
                done(Outcome::Deleted, {}, {});
        },
        context);
}

} // namespace repdesk
