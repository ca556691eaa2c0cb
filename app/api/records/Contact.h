#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace repdesk {

struct Contact
{
    QString contactId;
    QString name;
    QString email;
    QString phoneNumber;
    QDateTime createdAt;
    QString companyId;
    // Organization-defined, arbitrary JSON: kept whole so nothing is lost.
    QJsonObject customFields;
    QString companyRole;

    // For display: non-string values rendered as compact JSON text.
    QList<QPair<QString, QString>> customFieldPairs() const;

    static Decoded<Contact> fromJson(const QJsonValue &json);
};

} // namespace repdesk
