#pragma once

#include "ApiError.h"
#include "Call.h"
#include "Page.h"
#include "ResponseDraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace repdesk {

class InboxProvider;

// What became of a conversation's draft since the review queue loaded it,
// decided by the rules the reply flow already uses, never by new ones:
// - the server's draft is the one loaded, or the local text: unchanged
//   (DraftSave's conflict rule, ReplyDraft::sameText);
// - it is neither: overwritten elsewhere; reload it, never overwrite it blindly;
// - it is queued for sending (scheduled_send_at): someone sent it;
// - the listing has none: SendVerifier looks for an outbound message whose
//   whole text is the loaded one (promoted: the draft became that message),
//   else it was removed; either way it left the queue;
// - the listing answers 404: ConversationCheck tells a gone conversation apart.
class DraftCheck
{
    Q_DECLARE_TR_FUNCTIONS(DraftCheck)

public:
    enum class Outcome { Unchanged, Overwritten, Queued, Promoted, Removed, ConversationGone, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::optional<ResponseDraft> server; // the server's draft, when it has one
        ApiError error;                      // Failed: why
    };
    using Callback = std::function<void(const Result &)>;

    // The conversation's pending draft: GET .../response-drafts with limit=1
    // (HyperRep keeps one draft row per conversation), through HyperRepClient
    // when the provider is HyperRep's, else the provider's own listing.
    static Call<Page<ResponseDraft>> *request(InboxProvider *provider, const QString &organizationId,
                                              const QString &conversationId);

    // `loadedHtml`: the proposal as shown; `localHtml`: the text the reviewer has now;
    // `loadedAt`: when that proposal was written (messages older than that, minus
    // SendVerifier's skew margin, cannot be it). `done` runs once, unless `context` goes first.
    static void run(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                    const QString &loadedHtml, const QString &localHtml, const QDateTime &loadedAt, QObject *context,
                    Callback done);

    // A sentence for the reviewer about an outcome that took the draft out of their hands.
    static QString notice(Outcome outcome);

private:
    static void whereDidItGo(InboxProvider *provider, const QString &organizationId, const QString &conversationId,
                             const QString &loadedHtml, const QDateTime &loadedAt, QObject *context, Callback done);
};

} // namespace repdesk
