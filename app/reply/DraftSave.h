#pragma once

#include "ApiError.h"
#include "ResponseDraft.h"
#include "ResponseDraftSaveRequest.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <functional>

class QObject;

namespace repdesk {

class InboxProvider;
class Outbox;

// Saving a reply as the conversation's draft for review (no autosend): first
// make sure nobody changed the server's draft since it was loaded, then POST
// it (which overwrites, so the Transport may retry it), or hand it to the
// Outbox when the server is unreachable.
class DraftSave
{
    Q_DECLARE_TR_FUNCTIONS(DraftSave)

public:
    enum class Outcome {
        Saved,         // `responseId`
        Conflict,      // `serverDraft` changed elsewhere: ask before overwriting
        QueuedOffline, // in the Outbox
        Failed,        // `error`, and `message` for the user
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString responseId;
        ResponseDraft serverDraft;
        ApiError error;
        QString message;
    };
    using Callback = std::function<void(const Result &)>;

    struct Target
    {
        QPointer<InboxProvider> provider; // weak: the answer may come after an account switch
        QPointer<Outbox> outbox;
        QString organizationId;
        QString conversationId;
    };

    // Compares the server's draft with `baseBodyHtml` (what the editor loaded) first.
    // `done` runs once, unless `context` is destroyed first.
    static void checkThenPost(const Target &target, const ResponseDraftSaveRequest &request,
                              const QString &baseBodyHtml, QObject *context, Callback done);
    static void post(const Target &target, const ResponseDraftSaveRequest &request, QObject *context, Callback done);

private:
    static void fail(const Target &target, const ApiError &error, QObject *context, const Callback &done);
};

} // namespace repdesk
