#include "SqlValue.h"

#include <QJsonDocument>

namespace repdesk {

QVariant SqlValue::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return QVariant(dateTime.toMSecsSinceEpoch());
}

QDateTime SqlValue::toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    if (!ok)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QVariant SqlValue::fromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QVariant(text);
}

QVariant SqlValue::fromOptionalBool(const std::optional<bool> &value)
{
    if (!value)
        return {};
    return QVariant(*value ? 1 : 0);
}

std::optional<bool> SqlValue::toOptionalBool(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt() != 0;
}

QVariant SqlValue::fromJsonObject(const QJsonObject &object)
{
    if (object.isEmpty())
        return {};
    return QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QJsonObject SqlValue::toJsonObject(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace repdesk
