#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// An entry of a sale's associated_contacts.
struct SaleContact
{
    QString contactId;
    bool isPrimary = false;

    static Decoded<SaleContact> fromJson(const QJsonValue &json);
};

} // namespace repdesk
