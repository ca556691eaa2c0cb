#pragma once

#include "Decoded.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace repdesk {

// One entry of a message's form_request_body (form fields and UTM parameters).
struct FormField
{
    QString name;
    // Strings verbatim; numbers, booleans, arrays and objects as compact JSON text.
    QString value;

    // One {"name": ..., "value": ...} entry, for servers that send the body as an array.
    static Decoded<FormField> fromJson(const QJsonValue &json);
    // The documented shape, an object of key/values. In QJsonObject's (sorted)
    // key order: the server's order is not recoverable through QJsonObject.
    static QList<FormField> listFromObject(const QJsonObject &body);
};

} // namespace repdesk
