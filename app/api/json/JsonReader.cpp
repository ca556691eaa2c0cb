#include "JsonReader.h"

#include "IsoDateTime.h"

#include <QJsonDocument>

#include <climits>
#include <cmath>

namespace repdesk {

JsonReader::JsonReader(const QJsonValue &json)
{
    if (json.isObject())
        m_object = json.toObject();
    else
        m_error = QStringLiteral("expected object");
}

JsonReader::JsonReader(const QJsonObject &object) : m_object(object) {}

bool JsonReader::has(const char *key) const
{
    return !isAbsent(value(key));
}

QJsonValue JsonReader::value(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

void JsonReader::fail(const QString &field, const QString &expected)
{
    const QString message = field + QStringLiteral(": expected ") + expected;
    if (m_error.isEmpty())
        m_error = message;
    // A child reader's errors belong to the record being decoded, i.e. the root.
    if (m_parent)
        m_parent->addNestedError(m_path, message);
}

void JsonReader::addNestedError(const QString &path, const QString &error)
{
    // "expected object" from a nested record has no field of its own: the path is the field.
    if (error.startsWith(QLatin1String("expected "))) {
        fail(path, error.mid(9));
        return;
    }
    const QString message = path + (error.startsWith(QLatin1Char('[')) ? QString() : QStringLiteral(".")) + error;
    if (m_error.isEmpty())
        m_error = message;
    if (m_parent)
        m_parent->addNestedError(m_path, message);
}

QString JsonReader::string(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("string"));
    return {};
}

QString JsonReader::decimal(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return compactText(v);
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("decimal string or number"));
    return {};
}

QDateTime JsonReader::dateTime(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isString())
        return IsoDateTime::parse(v.toString());
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("date-time string"));
    return {};
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    return optBool(key).value_or(fallback);
}

std::optional<bool> JsonReader::optBool(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("boolean"));
    return std::nullopt;
}

int JsonReader::integer(const char *key, int fallback)
{
    return optInt(key).value_or(fallback);
}

std::optional<int> JsonReader::optInt(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isDouble()) {
        const double d = std::round(v.toDouble());
        if (std::isfinite(d) && d >= double(INT_MIN) && d <= double(INT_MAX))
            return int(d);
        fail(QLatin1String(key), QStringLiteral("integer"));
        return std::nullopt;
    }
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("integer"));
    return std::nullopt;
}

double JsonReader::number(const char *key, double fallback)
{
    return optDouble(key).value_or(fallback);
}

std::optional<double> JsonReader::optDouble(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return v.toDouble();
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("number"));
    return std::nullopt;
}

QStringList JsonReader::stringList(const char *key)
{
    const QJsonArray items = array(key);
    QStringList out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isString()) {
            out.append(item.toString());
        } else if (!isAbsent(item)) {
            fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), QStringLiteral("string"));
            return {};
        }
    }
    return out;
}

QJsonObject JsonReader::object(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isObject())
        return v.toObject();
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("object"));
    return {};
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isArray())
        return v.toArray();
    if (!isAbsent(v))
        fail(QLatin1String(key), QStringLiteral("array"));
    return {};
}

JsonReader JsonReader::child(const char *key)
{
    JsonReader c(object(key));
    c.m_parent = this;
    c.m_path = QLatin1String(key);
    return c;
}

QString JsonReader::compactText(const QJsonValue &value)
{
    // QJsonDocument only serialises containers: wrap, then strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString JsonReader::displayText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return {};
    return compactText(value);
}

QList<QPair<QString, QString>> JsonReader::displayPairs(const QJsonObject &object)
{
    QList<QPair<QString, QString>> out;
    out.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.append({it.key(), displayText(it.value())});
    return out;
}

std::optional<double> JsonReader::decimalToDouble(const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace repdesk
