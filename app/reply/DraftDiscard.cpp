#include "DraftDiscard.h"

#include "ConversationCheck.h"
#include "InboxProvider.h"

#include <QPointer>

namespace repdesk {

QString DraftDiscard::couldNot()
{
    return tr("Could not discard the draft.");
}

void DraftDiscard::run(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                       const QString &responseId, QObject *context, Callback done)
{
    if (!provider) {
        done(Outcome::Failed, ApiError(ApiError::Kind::Cancelled, QString()), couldNot());
        return;
    }
    auto *call = provider->deleteResponseDraft(organizationId, conversationId, responseId);
    const QPointer<InboxProvider> weak(provider); // the answer may come after an account switch
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

} // namespace repdesk
