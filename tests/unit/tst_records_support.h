#pragma once

// Shared helpers of the tst_records* / tst_json test executables.

#include "Decoded.h"
#include "Page.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QTest>

namespace repdesk::testsupport {

inline QJsonValue fixture(const QString &name)
{
    QFile f(QString::fromUtf8(REPDESK_FIXTURES_DIR) + QStringLiteral("/hyperrep/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open fixture %s", qPrintable(name));
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError) {
        qWarning("fixture %s: %s", qPrintable(name), qPrintable(err.errorString()));
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Any JSON text, scalars included (QJsonDocument only takes containers at the top).
inline QJsonValue parse(const QByteArray &json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]", &err);
    if (err.error != QJsonParseError::NoError || doc.array().size() != 1) {
        qWarning("bad test JSON: %s", json.constData());
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.array().at(0);
}

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace repdesk::testsupport

// Decodes with T::fromJson, fails the test with the decode error, else binds `var`.
#define DECODE_OK(Type, var, json)                                                                 \
    repdesk::Decoded<Type> var##_decoded = Type::fromJson(json);                                   \
    QVERIFY2(var##_decoded.ok(), qPrintable(var##_decoded.error()));                               \
    const Type &var = var##_decoded.value()

// Decodes a fixture as Page<Type>, requiring every item to decode.
#define DECODE_PAGE(Type, var, fixtureName)                                                        \
    repdesk::Decoded<repdesk::Page<Type>> var##_decoded =                                          \
        repdesk::Page<Type>::fromJson(repdesk::testsupport::fixture(QStringLiteral(fixtureName))); \
    QVERIFY2(var##_decoded.ok(), qPrintable(var##_decoded.error()));                               \
    const repdesk::Page<Type> &var = var##_decoded.value();                                        \
    QVERIFY2(var.itemErrors.isEmpty(), qPrintable(var.itemErrors.join(QLatin1Char('\n'))))
