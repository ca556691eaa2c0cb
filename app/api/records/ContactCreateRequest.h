#pragma once

#include <QJsonObject>
#include <QString>

namespace repdesk {

// Body of POST /api/v2/organizations/{org}/contacts.
struct ContactCreateRequest
{
    QString name;
    QString email;
    QString phoneNumber;
    QString companyId;
    QJsonObject customFields;
    QString companyRole;

    // Empty when valid; the server needs at least one of name, email, phone.
    QString validationError() const;
    // Empty strings and empty custom_fields are omitted (all optional server-side).
    QJsonObject toJson() const;
};

} // namespace repdesk
