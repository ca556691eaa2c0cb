#pragma once

#include <QJsonObject>
#include <QString>

namespace repdesk {

// Body of POST /api/v2/organizations/{org}/companies.
struct CompanyCreateRequest
{
    QString name;
    // The server lower-cases it and strips scheme and path; it must contain a dot.
    QString domain;
    QString address;
    QJsonObject customFields;
    // Must belong to the same organization.
    QString agentId;

    // Empty when valid; otherwise why the server would refuse it.
    QString validationError() const;
    // name is always sent; empty optional strings and custom_fields are omitted.
    QJsonObject toJson() const;
};

} // namespace repdesk
