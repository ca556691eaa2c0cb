#pragma once

#include <QString>

namespace repdesk {

// What a conversation knows of a sender who has no contact yet, to start "Create contact" with
// (the inbox fills it from the message: the sender's name, address or number).
struct ContactPrefill
{
    QString name;
    QString email;
    QString phoneNumber;
    QString companyId;
};

} // namespace repdesk
