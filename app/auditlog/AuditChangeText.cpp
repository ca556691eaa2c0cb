#include "AuditChangeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace repdesk {

namespace {
QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}
} // namespace

QString AuditChangeText::line(const AuditChange &change)
{
    const QString field = change.field.isEmpty() ? tr("(unnamed field)") : change.field;
    if (isEmpty(change.from) && isEmpty(change.to))
        return field;
    if (isEmpty(change.from))
        //: An audit log change with no old value: "status: set to Accepted"
        return tr("%1: set to %2").arg(field, compact(change.to));
    if (isEmpty(change.to))
        //: An audit log change with no new value: "notes: Call back removed"
        return tr("%1: %2 removed").arg(field, compact(change.from));
    //: An audit log change: "status: Qualified → Accepted"
    return tr("%1: %2 → %3").arg(field, compact(change.from), compact(change.to));
}

QString AuditChangeText::summary(const AuditLog &log)
{
    QStringList lines;
    for (const AuditChange &change : log.changes)
        lines.append(line(change));
    return lines.join(QStringLiteral("; "));
}

QString AuditChangeText::pretty(const QJsonValue &value)
{
    if (isEmpty(value))
        return tr("(empty)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return compact(value);
}

QString AuditChangeText::recordTypeLabel(const QString &type)
{
    if (type == QLatin1String("sale"))
        return tr("Sale");
    if (type == QLatin1String("conversation"))
        return tr("Conversation");
    if (type == QLatin1String("message_draft"))
        return tr("Message draft");
    if (type == QLatin1String("response_draft"))
        return tr("Response draft");
    if (type.isEmpty())
        return tr("Unknown record");
    QString words = type;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    words[0] = words.at(0).toUpper();
    return words;
}

QString AuditChangeText::actionLabel(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    return action.isEmpty() ? tr("Unknown action") : action;
}

} // namespace repdesk
