#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

namespace repdesk {

// GET /contacts items and GET /contacts/{id}.
struct FernandContact
{
    QString id;
    QString email;
    QString name;
    // The docs name the field but not its shape: a string is kept, an object's
    // "name" is read, anything else is left out.
    QString company;

    static Decoded<FernandContact> fromJson(const QJsonValue &json);
};

} // namespace repdesk
