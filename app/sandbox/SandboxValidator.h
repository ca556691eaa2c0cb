#pragma once

#include "SandboxResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace repdesk {

// Collects FastAPI/pydantic-style validation errors for a request body, so one 422 lists them all.
class SandboxValidator
{
public:
    explicit SandboxValidator(const QJsonObject &body) : m_body(body) {}

    // Missing or null -> empty string; wrong type -> error.
    QString optionalString(const QString &field);
    QString requiredString(const QString &field);
    bool optionalBool(const QString &field, bool fallback = false);
    QJsonObject optionalObject(const QString &field);
    QString optionalEmail(const QString &field);
    QStringList emailList(const QString &field);

    void addError(const QJsonArray &loc, const QString &msg, const QString &type,
                  const QJsonValue &input = QJsonValue::Null);
    void addBodyError(const QString &msg); // a model-level "value_error"

    bool ok() const { return m_errors.isEmpty(); }
    SandboxResponse response() const { return SandboxResponse::validation(m_errors); }

    static bool isEmail(const QString &text);

private:
    static QJsonArray loc(const QString &field) { return QJsonArray{QStringLiteral("body"), field}; }

    QJsonObject m_body;
    QJsonArray m_errors;
};

} // namespace repdesk
