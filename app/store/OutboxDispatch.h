#pragma once

#include "ApiError.h"
#include "MessageDraftCreateRequest.h"
#include "OutboxItem.h"
#include "ResponseDraftSaveRequest.h"

#include <QJsonObject>

#include <functional>

class QObject;

namespace repdesk {

class ApiCall;
class InboxProvider;
struct MessageDraftCreateResult;
struct ResponseDraftSaveResult;

// How one outbox item goes over the wire: the typed request rebuilt from the
// stored body, and the typed answer turned back into JSON for itemSent.
class OutboxDispatch
{
public:
    struct Outcome
    {
        ApiError error;      // Kind::None on success
        QJsonObject result;  // the decoded answer; empty for deletes
    };
    using Done = std::function<void(const Outcome &)>;

    // Starts the call for `item`; `done` runs once when it finishes, unless
    // `context` is destroyed first. nullptr when the provider cannot make it.
    static ApiCall *start(InboxProvider &provider, const OutboxItem &item, QObject *context, Done done);

    static ResponseDraftSaveRequest saveRequest(const QJsonObject &body);
    static MessageDraftCreateRequest createRequest(const QJsonObject &body);
    static QJsonObject toJson(const ResponseDraftSaveResult &result);
    static QJsonObject toJson(const MessageDraftCreateResult &result);
};

} // namespace repdesk
