#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// The record an audit log entry is about.
struct AuditRecordRef
{
    // "sale", "conversation", "message_draft", "response_draft", or newer kinds.
    QString type;
    QString id;

    static Decoded<AuditRecordRef> fromJson(const QJsonValue &json);
};

} // namespace repdesk
