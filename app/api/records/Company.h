#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace repdesk {

struct Company
{
    QString companyId;
    QString name;
    QString domain;
    // Organization-defined, arbitrary JSON: kept whole so nothing is lost.
    QJsonObject customFields;
    QString address;
    QString agentId;
    QDateTime createdAt;

    // For display: non-string values rendered as compact JSON text.
    QList<QPair<QString, QString>> customFieldPairs() const;

    static Decoded<Company> fromJson(const QJsonValue &json);
};

} // namespace repdesk
