#pragma once

#include <QJsonValue>
#include <QString>

namespace repdesk {

// Fernand's ids are integers on the wire (message stream items are strings
// such as "m-12"). Records keep them as strings, like every other id in
// Repdesk, and accept either form, since servers drift from their docs.
struct FernandIds
{
    // A number or a string as text; empty for null, missing or anything else.
    static QString text(const QJsonValue &value);
    // False (and *ok false) when `value` is neither a number, a numeric string, null nor missing.
    static bool isIdShaped(const QJsonValue &value);
    // For request bodies: the id as a JSON number when it is all digits, else as a string.
    static QJsonValue toJson(const QString &id);
};

} // namespace repdesk
