#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace repdesk {

// Present on every message, populated only for email.
struct EmailMetadata
{
    QString emailMessageId;
    QStringList ccEmails;
    QStringList bccEmails;

    static Decoded<EmailMetadata> fromJson(const QJsonValue &json);
};

} // namespace repdesk
