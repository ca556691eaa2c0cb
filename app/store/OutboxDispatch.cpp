#include "OutboxDispatch.h"

#include "Call.h"
#include "InboxProvider.h"
#include "MessageDraftCreateResult.h"
#include "ResponseDraftSaveResult.h"

#include <QJsonArray>

namespace repdesk {

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Copies what the slot needs out of the call: it deletes itself after `finished`.
template<typename T>
ApiCall *watch(Call<T> *call, QObject *context, OutboxDispatch::Done done)
{
    if (!call)
        return nullptr;
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done)] {
        OutboxDispatch::Outcome outcome;
        outcome.error = call->error();
        if (call->succeeded() && call->hasResult())
            outcome.result = OutboxDispatch::toJson(call->result());
        done(outcome);
    });
    return call;
}

ApiCall *watch(EmptyCall *call, QObject *context, OutboxDispatch::Done done)
{
    if (!call)
        return nullptr;
    QObject::connect(call, &ApiCall::finished, context, [call, done = std::move(done)] {
        OutboxDispatch::Outcome outcome;
        outcome.error = call->error();
        done(outcome);
    });
    return call;
}
} // namespace

ApiCall *OutboxDispatch::start(InboxProvider &provider, const OutboxItem &item, QObject *context, Done done)
{
    switch (item.kind) {
    case OutboxItem::Kind::SaveResponseDraft:
        return watch(provider.saveResponseDraft(item.organizationId, item.key, saveRequest(item.body)), context,
                     std::move(done));
    case OutboxItem::Kind::CreateMessageDraft:
        return watch(provider.createMessageDraft(item.organizationId, createRequest(item.body)), context,
                     std::move(done));
    case OutboxItem::Kind::DeleteResponseDraft:
        return watch(provider.deleteResponseDraft(item.organizationId, item.key, item.targetId), context,
                     std::move(done));
    case OutboxItem::Kind::DeleteMessageDraft:
        return watch(provider.deleteMessageDraft(item.organizationId, item.targetId), context, std::move(done));
    }
    return nullptr;
}

ResponseDraftSaveRequest OutboxDispatch::saveRequest(const QJsonObject &body)
{
    ResponseDraftSaveRequest r;
    r.bodyHtml = body.value(QLatin1String("body_html")).toString();
    r.ccEmails = stringList(body.value(QLatin1String("cc_emails")));
    r.bccEmails = stringList(body.value(QLatin1String("bcc_emails")));
    r.autosendDraft = body.value(QLatin1String("autosend_draft")).toBool();
    r.addNotification = body.value(QLatin1String("add_notification")).toBool();
    return r;
}

MessageDraftCreateRequest OutboxDispatch::createRequest(const QJsonObject &body)
{
    MessageDraftCreateRequest r;
    const QString modality = body.value(QLatin1String("modality")).toString();
    if (!modality.isEmpty())
        r.modality = modality;
    r.subject = body.value(QLatin1String("subject")).toString();
    r.bodyHtml = body.value(QLatin1String("body_html")).toString();
    r.toUserName = body.value(QLatin1String("to_user_name")).toString();
    r.toEmail = body.value(QLatin1String("to_email")).toString();
    r.toPhoneNumber = body.value(QLatin1String("to_phone_number")).toString();
    r.ccEmails = stringList(body.value(QLatin1String("cc_emails")));
    r.bccEmails = stringList(body.value(QLatin1String("bcc_emails")));
    r.autosendDraft = body.value(QLatin1String("autosend_draft")).toBool();
    r.addNotification = body.value(QLatin1String("add_notification")).toBool();
    r.folder = body.value(QLatin1String("folder")).toString();
    return r;
}

QJsonObject OutboxDispatch::toJson(const ResponseDraftSaveResult &result)
{
    return QJsonObject{
        {QStringLiteral("response_id"), result.responseId},
        {QStringLiteral("conversation_id"), result.conversationId},
        {QStringLiteral("scheduled_to_send"), result.scheduledToSend},
        {QStringLiteral("scheduled_send_at"), timeJson(result.scheduledSendAt)},
    };
}

QJsonObject OutboxDispatch::toJson(const MessageDraftCreateResult &result)
{
    return QJsonObject{
        {QStringLiteral("draft_id"), result.draftId},
        {QStringLiteral("scheduled_to_send"), result.scheduledToSend},
        {QStringLiteral("scheduled_send_at"), timeJson(result.scheduledSendAt)},
        {QStringLiteral("folder"), result.folder},
    };
}

} // namespace repdesk
