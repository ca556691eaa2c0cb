#include "SandboxValidator.h"

#include <QRegularExpression>

namespace repdesk {

void SandboxValidator::addError(const QJsonArray &loc, const QString &msg, const QString &type,
                                const QJsonValue &input)
{
    m_errors.append(QJsonObject{{QStringLiteral("type"), type},
                                {QStringLiteral("loc"), loc},
                                {QStringLiteral("msg"), msg},
                                {QStringLiteral("input"), input}});
}

void SandboxValidator::addBodyError(const QString &msg)
{
    addError(QJsonArray{QStringLiteral("body")}, QStringLiteral("Value error, ") + msg,
             QStringLiteral("value_error"), m_body);
}

QString SandboxValidator::optionalString(const QString &field)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        addError(loc(field), QStringLiteral("Input should be a valid string"),
                 QStringLiteral("string_type"), value);
        return {};
    }
    return value.toString();
}

QString SandboxValidator::requiredString(const QString &field)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined()) {
        addError(loc(field), QStringLiteral("Field required"), QStringLiteral("missing"));
        return {};
    }
    const QString text = optionalString(field);
    if (value.isNull())
        addError(loc(field), QStringLiteral("Input should be a valid string"),
                 QStringLiteral("string_type"), value);
    else if (value.isString() && text.trimmed().isEmpty())
        addError(loc(field), QStringLiteral("String should have at least 1 character"),
                 QStringLiteral("string_too_short"), value);
    return text;
}

bool SandboxValidator::optionalBool(const QString &field, bool fallback)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        addError(loc(field), QStringLiteral("Input should be a valid boolean"),
                 QStringLiteral("bool_type"), value);
        return fallback;
    }
    return value.toBool();
}

QJsonObject SandboxValidator::optionalObject(const QString &field)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        addError(loc(field), QStringLiteral("Input should be a valid dictionary"),
                 QStringLiteral("dict_type"), value);
        return {};
    }
    return value.toObject();
}

QString SandboxValidator::optionalEmail(const QString &field)
{
    const QString text = optionalString(field).trimmed();
    if (!text.isEmpty() && !isEmail(text)) {
        addError(loc(field), QStringLiteral("value is not a valid email address"),
                 QStringLiteral("value_error"), text);
    }
    return text;
}

QStringList SandboxValidator::emailList(const QString &field)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        addError(loc(field), QStringLiteral("Input should be a valid list"),
                 QStringLiteral("list_type"), value);
        return {};
    }
    QStringList result;
    const QJsonArray items = value.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QJsonArray where{QStringLiteral("body"), field, i};
        if (!item.isString())
            addError(where, QStringLiteral("Input should be a valid string"), QStringLiteral("string_type"), item);
        else if (!isEmail(item.toString().trimmed()))
            addError(where, QStringLiteral("value is not a valid email address"), QStringLiteral("value_error"), item);
        else
            result.append(item.toString().trimmed());
    }
    return result;
}

bool SandboxValidator::isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s<>(),;:"]+@[^@\s<>(),;:"]+\.[^@\s<>(),;:".]+$)"));
    return pattern.match(text).hasMatch();
}

} // namespace repdesk
