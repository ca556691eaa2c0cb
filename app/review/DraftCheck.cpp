#include "DraftCheck.h"

#include "ConversationCheck.h"
#include "HyperRepClient.h"
#include "HyperRepProvider.h"
#include "InboxProvider.h"
#include "ReplyDraft.h"
#include "SendVerifier.h"

#include <QPointer>

#include <memory>

namespace repdesk {

Call<Page<ResponseDraft>> *DraftCheck::request(InboxProvider *provider, const QString &organizationId,
                                               const QString &conversationId)
{
    if (auto *hyperRep = qobject_cast<HyperRepProvider *>(provider))
        return hyperRep->client()->listResponseDrafts(organizationId, conversationId, ListQuery{1, {}, {}, {}});
    return provider->listResponseDrafts(organizationId, conversationId);
}

void DraftCheck::run(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                     const QString &loadedHtml, const QString &localHtml, const QDateTime &loadedAt, QObject *context,
                     Callback done)
{
    if (!provider) {
        done({Outcome::Failed, std::nullopt, ApiError(ApiError::Kind::Cancelled, QString())});
        return;
    }
    auto *call = request(provider, organizationId, conversationId);
    const QPointer<InboxProvider> weak(provider);
    QObject::connect(call, &ApiCall::finished, context, [=] {
        if (call->succeeded()) {
            const auto &items = call->result().items;
            if (items.isEmpty()) {
                whereDidItGo(weak, organizationId, conversationId, loadedHtml, loadedAt, context, done);
                return;
            }
            const ResponseDraft &server = items.first();
            if (server.isScheduled())
                done({Outcome::Queued, server, {}});
            else if (ReplyDraft::sameOnServer(server.bodyHtml, loadedHtml) || ReplyDraft::sameOnServer(server.bodyHtml, localHtml))
                done({Outcome::Unchanged, server, {}});
            else
                done({Outcome::Overwritten, server, {}});
            return;
        }
        const ApiError error = call->error();
        if (error.kind() != ApiError::Kind::NotFound) {
            done({Outcome::Failed, std::nullopt, error});
            return;
        }
        ConversationCheck::run(weak, organizationId, conversationId, context,
                               [done, error](ConversationCheck::Outcome outcome, const ApiError &) {
                                   if (outcome == ConversationCheck::Outcome::Gone)
                                       done({Outcome::ConversationGone, std::nullopt, error});
                                   else
                                       done({Outcome::Failed, std::nullopt, error});
                               });
    });
}

void DraftCheck::whereDidItGo(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                              const QString &loadedHtml, const QDateTime &loadedAt, QObject *context, Callback done)
{
    if (!provider) {
        done({Outcome::Removed, std::nullopt, {}});
        return;
    }
    // The verifier is the reply flow's proof of "taken": a message whose whole text is the draft's.
    const QDateTime since = loadedAt.isValid() ? loadedAt : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    // Deleted once it answered; until then it belongs to `context`, and goes (cancelled) with it.
    auto self = std::make_shared<QPointer<SendVerifier>>();
    *self = new SendVerifier(
        provider, organizationId, conversationId, loadedHtml, since,
        [done, self](const SendVerifier::Result &r) {
            if (*self)
                (*self)->deleteLater();
            switch (r.verdict) {
            case SendVerifier::Verdict::Delivered:
                done({Outcome::Promoted, std::nullopt, {}});
                return;
            case SendVerifier::Verdict::Queued:
                done({Outcome::Queued, r.queuedDraft, {}});
                return;
            case SendVerifier::Verdict::ConversationGone:
                done({Outcome::ConversationGone, std::nullopt, r.error});
                return;
            default:
                done({Outcome::Removed, std::nullopt, r.error});
                return;
            }
        },
        context);
}

QString DraftCheck::notice(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Overwritten:
        return tr("This draft was changed on the server; the new version is shown.");
    case Outcome::Queued:
        return tr("This draft is already being sent from elsewhere.");
    case Outcome::Promoted:
        return tr("This draft was already sent; it has left the queue.");
    case Outcome::Removed:
        return tr("This draft is no longer on the server; it has left the queue.");
    case Outcome::ConversationGone:
        return tr("This conversation no longer exists.");
    case Outcome::Unchanged:
    case Outcome::Failed:
        break;
    }
    return {};
}

} // namespace repdesk
