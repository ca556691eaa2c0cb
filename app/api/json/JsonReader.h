#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace repdesk {

// Reads one JSON object tolerantly, so every record's fromJson stays a short
// list of fields. Null or missing fields yield empty values; the first field of
// the wrong type is remembered (as "<field>: expected <type>") so the caller can
// drop that one record instead of trusting half-decoded data. Never asserts.
class JsonReader
{
public:
    // A non-object value is itself an error ("expected object").
    explicit JsonReader(const QJsonValue &json);
    explicit JsonReader(const QJsonObject &object);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QJsonObject &json() const { return m_object; }

    // Present and not null.
    bool has(const char *key) const;
    // Raw value; Undefined when missing.
    QJsonValue value(const char *key) const;

    QString string(const char *key);
    // Money and other exact decimals: a JSON string is kept verbatim, a JSON
    // number is rendered as its shortest text, so "1200.00" never becomes 1200.
    QString decimal(const char *key);
    // Non-string is an error; an unparsable string is only an invalid date.
    QDateTime dateTime(const char *key);
    bool boolean(const char *key, bool fallback = false);
    std::optional<bool> optBool(const char *key);
    // Integral JSON numbers; fractions are rounded, out-of-range is an error.
    int integer(const char *key, int fallback = 0);
    std::optional<int> optInt(const char *key);
    double number(const char *key, double fallback = 0.0);
    std::optional<double> optDouble(const char *key);
    // Null elements are skipped; a non-string element is an error.
    QStringList stringList(const char *key);
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);

    // A nested object read in place (e.g. quote_details.output); its errors are
    // reported on this reader with the path prefixed. Must not outlive this reader.
    JsonReader child(const char *key);

    // A nested record through T::fromJson; null/missing gives T{}.
    template<typename T>
    T record(const char *key);
    template<typename T>
    std::optional<T> optRecord(const char *key);
    // An array of records; null elements are skipped, a bad element is an error.
    template<typename T>
    QList<T> list(const char *key);

    // Records "<field>: expected <expected>" unless an earlier error exists.
    void fail(const QString &field, const QString &expected);

    template<typename T>
    Decoded<T> result(T value) const
    {
        if (!ok())
            return Decoded<T>::failure(m_error);
        return Decoded<T>(std::move(value));
    }

    // Compact JSON text of any value ("null", "3", "{\"a\":1}", "\"x\"").
    static QString compactText(const QJsonValue &value);
    // Strings verbatim, everything else as compact JSON; Undefined gives "".
    static QString displayText(const QJsonValue &value);
    static QList<QPair<QString, QString>> displayPairs(const QJsonObject &object);
    // "1200.00" -> 1200.0; nullopt for empty, garbage or non-finite text.
    static std::optional<double> decimalToDouble(const QString &text);

private:
    void addNestedError(const QString &path, const QString &error);
    static bool isAbsent(const QJsonValue &v) { return v.isNull() || v.isUndefined(); }

    QJsonObject m_object;
    QString m_error;
    JsonReader *m_parent = nullptr;
    QString m_path;
};

template<typename T>
T JsonReader::record(const char *key)
{
    std::optional<T> v = optRecord<T>(key);
    return v ? std::move(*v) : T{};
}

template<typename T>
std::optional<T> JsonReader::optRecord(const char *key)
{
    const QJsonValue v = value(key);
    if (isAbsent(v))
        return std::nullopt;
    Decoded<T> d = T::fromJson(v);
    if (!d.ok()) {
        addNestedError(QLatin1String(key), d.error());
        return std::nullopt;
    }
    return d.takeValue();
}

template<typename T>
QList<T> JsonReader::list(const char *key)
{
    const QJsonArray items = array(key);
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (isAbsent(item))
            continue;
        Decoded<T> d = T::fromJson(item);
        if (!d.ok()) {
            addNestedError(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), d.error());
            return {};
        }
        out.append(d.takeValue());
    }
    return out;
}

} // namespace repdesk
