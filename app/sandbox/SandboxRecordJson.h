#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>
#include <QVariantMap>

namespace repdesk {

// Database rows to the documented JSON shapes (snake_case, nulls kept explicit).
class SandboxRecordJson
{
public:
    static QJsonObject organization(const QVariantMap &row);
    static QJsonObject agent(const QVariantMap &row);
    static QJsonObject company(const QVariantMap &row);
    static QJsonObject contact(const QVariantMap &row);
    static QJsonObject conversation(const QVariantMap &row);
    static QJsonObject message(const QVariantMap &row);
    static QJsonObject messageDraft(const QVariantMap &row);
    // Expects the draft row joined with recipient_name / recipient_email / recipient_phone_number.
    static QJsonObject responseDraft(const QVariantMap &row);
    static QJsonObject sale(const QVariantMap &row);
    static QJsonObject auditLog(const QVariantMap &row);

    static QJsonValue text(const QVariant &value);      // NULL -> null
    static QJsonValue parsed(const QVariant &jsonText, const QJsonValue &fallback = QJsonValue::Null);
    static QString serialize(const QJsonValue &value);  // compact JSON text for storage
    static QString cents(qint64 cents);                 // "1200.00"
};

} // namespace repdesk
