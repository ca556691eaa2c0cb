#include "IsoDateTime.h"
#include "JsonReader.h"
#include "TrackedLink.h"
#include "tst_records_support.h"

#include <QtTest>

using namespace repdesk;
using repdesk::testsupport::parse;
using repdesk::testsupport::utc;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseGarbage_data();
    void parseGarbage();
    void format();
    void readerScalars();
    void readerWrongTypesKeepFirstError();
    void readerNumbers();
    void readerDecimal();
    void readerDates();
    void readerLists();
    void readerNonObject();
    void readerChildAndNestedPaths();
    void displayText();
    void decimalToDouble();
};

void TestJson::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("Z, no fraction") << "2026-04-29T14:00:00Z" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("6 digits") << "2026-03-12T00:32:13.782565Z" << utc(2026, 3, 12, 0, 32, 13, 782);
    QTest::newRow("9 digits") << "2026-04-30T08:00:00.123456789Z" << utc(2026, 4, 30, 8, 0, 0, 123);
    QTest::newRow("3 digits") << "2026-03-12T00:32:13.782Z" << utc(2026, 3, 12, 0, 32, 13, 782);
    QTest::newRow("2 digits") << "2026-03-12T00:32:13.78Z" << utc(2026, 3, 12, 0, 32, 13, 780);
    QTest::newRow("1 digit") << "2026-03-12T00:32:13.7Z" << utc(2026, 3, 12, 0, 32, 13, 700);
    QTest::newRow("truncated not rounded") << "2026-03-12T23:59:59.9999999Z" << utc(2026, 3, 12, 23, 59, 59, 999);
    QTest::newRow("+02:00") << "2026-04-29T16:00:00+02:00" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("-0500") << "2026-04-29T09:00:00-0500" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("+05:30 with fraction") << "2026-04-29T14:00:00.5+05:30" << utc(2026, 4, 29, 8, 30, 0, 500);
    QTest::newRow("+00") << "2026-04-29T14:00:00+00" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("offset crosses midnight") << "2026-04-30T00:30:00+01:00" << utc(2026, 4, 29, 23, 30, 0);
    QTest::newRow("6 digits and offset") << "2026-03-12T02:32:13.782565+02:00" << utc(2026, 3, 12, 0, 32, 13, 782);
    QTest::newRow("no zone means UTC") << "2026-04-29T14:00:00" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("no zone, fraction") << "2026-04-29T14:00:00.250" << utc(2026, 4, 29, 14, 0, 0, 250);
    QTest::newRow("space separator") << "2026-04-29 14:00:00Z" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("lower-case t and z") << "2026-04-29t14:00:00z" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("no seconds") << "2026-04-29T14:05Z" << utc(2026, 4, 29, 14, 5, 0);
    QTest::newRow("date only") << "2026-04-29" << utc(2026, 4, 29);
    QTest::newRow("surrounding blanks") << "  2026-04-29T14:00:00Z \n" << utc(2026, 4, 29, 14, 0, 0);
    QTest::newRow("leap day") << "2028-02-29T12:00:00Z" << utc(2028, 2, 29, 12, 0, 0);
}

void TestJson::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime got = IsoDateTime::parse(text);
    QVERIFY(got.isValid());
    QCOMPARE(got.timeSpec(), Qt::UTC);
    QCOMPARE(got, expected);
    QCOMPARE(got.time().msec(), expected.time().msec());
}

void TestJson::parseGarbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "garbage";
    QTest::newRow("epoch digits") << "1714399200";
    QTest::newRow("month 13") << "2026-13-01T00:00:00Z";
    QTest::newRow("Feb 30") << "2026-02-30T00:00:00Z";
    QTest::newRow("Feb 29 non-leap") << "2026-02-29T00:00:00Z";
    QTest::newRow("hour 25") << "2026-04-29T25:00:00Z";
    QTest::newRow("minute 61") << "2026-04-29T14:61:00Z";
    QTest::newRow("offset +25:00") << "2026-04-29T14:00:00+25:00";
    QTest::newRow("offset minutes 75") << "2026-04-29T14:00:00+01:75";
    QTest::newRow("dot without digits") << "2026-04-29T14:00:00.Z";
    QTest::newRow("trailing junk") << "2026-04-29T14:00:00Zjunk";
    QTest::newRow("single-digit month") << "2026-4-29T14:00:00Z";
    QTest::newRow("two zones") << "2026-04-29T14:00:00Z+02:00";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("٢٠٢٦-٠٤-٢٩T14:00:00Z");
    QTest::newRow("emoji") << QString::fromUtf8("📅");
    QTest::newRow("very long") << QString(5000, QLatin1Char('9'));
}

void TestJson::parseGarbage()
{
    QFETCH(QString, text);
    QVERIFY(!IsoDateTime::parse(text).isValid());
}

void TestJson::format()
{
    QCOMPARE(IsoDateTime::format(utc(2026, 4, 29, 14, 0, 0)), QStringLiteral("2026-04-29T14:00:00Z"));
    QCOMPARE(IsoDateTime::format(utc(2026, 3, 12, 0, 32, 13, 782)), QStringLiteral("2026-03-12T00:32:13Z"));
    const QDateTime plusTwo(QDate(2026, 4, 29), QTime(16, 0), Qt::OffsetFromUTC, 7200);
    QCOMPARE(IsoDateTime::format(plusTwo), QStringLiteral("2026-04-29T14:00:00Z"));
    QCOMPARE(IsoDateTime::format(QDateTime()), QString());
    const QDateTime t = utc(2026, 1, 2, 3, 4, 5);
    QCOMPARE(IsoDateTime::parse(IsoDateTime::format(t)), t);
}

void TestJson::readerScalars()
{
    JsonReader r(parse(R"({"s": "héllo", "n": null, "b": true, "f": false, "e": ""})"));
    QVERIFY(r.ok());
    QCOMPARE(r.string("s"), QString::fromUtf8("héllo"));
    QCOMPARE(r.string("n"), QString());
    QCOMPARE(r.string("missing"), QString());
    QCOMPARE(r.string("e"), QString());
    QCOMPARE(r.optBool("b"), std::optional<bool>(true));
    QCOMPARE(r.optBool("f"), std::optional<bool>(false));
    QVERIFY(!r.optBool("n").has_value());
    QVERIFY(!r.optBool("missing").has_value());
    QCOMPARE(r.boolean("missing", true), true);
    QVERIFY(r.has("s"));
    QVERIFY(!r.has("n"));
    QVERIFY(!r.has("missing"));
    QVERIFY(r.value("missing").isUndefined());
    QVERIFY(r.ok());
    QCOMPARE(r.error(), QString());
}

void TestJson::readerWrongTypesKeepFirstError()
{
    JsonReader r(parse(R"({"is_read": "yes", "data": 5, "name": {"a": 1}})"));
    QVERIFY(!r.optBool("is_read").has_value());
    QCOMPARE(r.error(), QStringLiteral("is_read: expected boolean"));
    QVERIFY(r.array("data").isEmpty());
    QCOMPARE(r.string("name"), QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("is_read: expected boolean"));
    const Decoded<int> d = r.result(42);
    QVERIFY(!d.ok());
    QCOMPARE(d.error(), QStringLiteral("is_read: expected boolean"));

    JsonReader r2(parse(R"({"data": 5})"));
    r2.array("data");
    QCOMPARE(r2.error(), QStringLiteral("data: expected array"));
    JsonReader r3(parse(R"({"name": {"a": 1}})"));
    r3.string("name");
    QCOMPARE(r3.error(), QStringLiteral("name: expected string"));
    JsonReader r4(parse(R"({"o": [1]})"));
    r4.object("o");
    QCOMPARE(r4.error(), QStringLiteral("o: expected object"));
}

void TestJson::readerNumbers()
{
    JsonReader r(parse(R"({"i": 3, "neg": -7, "frac": 2.6, "d": 0.46, "n": null, "big": 1e12})"));
    QCOMPARE(r.optInt("i"), std::optional<int>(3));
    QCOMPARE(r.integer("neg"), -7);
    QCOMPARE(r.integer("frac"), 3);
    QCOMPARE(r.integer("missing", 9), 9);
    QVERIFY(!r.optInt("n").has_value());
    QCOMPARE(r.optDouble("d"), std::optional<double>(0.46));
    QCOMPARE(r.number("i"), 3.0);
    QVERIFY(!r.optDouble("n").has_value());
    QVERIFY(r.ok());
    QVERIFY(!r.optInt("big").has_value());
    QCOMPARE(r.error(), QStringLiteral("big: expected integer"));

    JsonReader s(parse(R"({"count": "3"})"));
    QCOMPARE(s.integer("count"), 0);
    QCOMPARE(s.error(), QStringLiteral("count: expected integer"));
    JsonReader t(parse(R"({"rate": "0.5"})"));
    QVERIFY(!t.optDouble("rate").has_value());
    QCOMPARE(t.error(), QStringLiteral("rate: expected number"));
}

void TestJson::readerDecimal()
{
    JsonReader r(parse(R"({"a": "1200.00", "b": 1200, "c": 1999.5, "d": 0.1, "e": null, "f": "not a number"})"));
    QCOMPARE(r.decimal("a"), QStringLiteral("1200.00"));
    QCOMPARE(r.decimal("b"), QStringLiteral("1200"));
    QCOMPARE(r.decimal("c"), QStringLiteral("1999.5"));
    QCOMPARE(r.decimal("d"), QStringLiteral("0.1"));
    QCOMPARE(r.decimal("e"), QString());
    QCOMPARE(r.decimal("f"), QStringLiteral("not a number"));
    QVERIFY(r.ok());
    JsonReader bad(parse(R"({"price": true})"));
    QCOMPARE(bad.decimal("price"), QString());
    QCOMPARE(bad.error(), QStringLiteral("price: expected decimal string or number"));
}

void TestJson::readerDates()
{
    JsonReader r(parse(R"({"a": "2026-03-12T00:32:13.782565Z", "b": "soon", "c": null})"));
    QCOMPARE(r.dateTime("a"), utc(2026, 3, 12, 0, 32, 13, 782));
    QVERIFY(!r.dateTime("b").isValid());
    QVERIFY(!r.dateTime("c").isValid());
    QVERIFY(!r.dateTime("missing").isValid());
    QVERIFY(r.ok());
    JsonReader bad(parse(R"({"at": 1714399200})"));
    QVERIFY(!bad.dateTime("at").isValid());
    QCOMPARE(bad.error(), QStringLiteral("at: expected date-time string"));
}

void TestJson::readerLists()
{
    JsonReader r(parse(R"({"cc": ["a@x.io", null, "b@x.io"], "empty": [], "n": null})"));
    QCOMPARE(r.stringList("cc"), (QStringList{QStringLiteral("a@x.io"), QStringLiteral("b@x.io")}));
    QVERIFY(r.stringList("empty").isEmpty());
    QVERIFY(r.stringList("n").isEmpty());
    QVERIFY(r.stringList("missing").isEmpty());
    QVERIFY(r.ok());
    JsonReader bad(parse(R"({"cc": ["a@x.io", 7]})"));
    QVERIFY(bad.stringList("cc").isEmpty());
    QCOMPARE(bad.error(), QStringLiteral("cc[1]: expected string"));
    JsonReader notList(parse(R"({"cc": "a@x.io"})"));
    QVERIFY(notList.stringList("cc").isEmpty());
    QCOMPARE(notList.error(), QStringLiteral("cc: expected array"));
}

void TestJson::readerNonObject()
{
    const QList<QJsonValue> values{parse("5"), parse("\"text\""), parse("[1,2]"), parse("null"), parse("true"),
                                   QJsonValue(QJsonValue::Undefined)};
    for (const QJsonValue &v : values) {
        JsonReader r(v);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("expected object"));
        QCOMPARE(r.string("x"), QString());
        QVERIFY(!TrackedLink::fromJson(v).ok());
    }
}

void TestJson::readerChildAndNestedPaths()
{
    JsonReader r(parse(R"({"outer": {"inner": {"n": "x"}}, "ok": {"v": 1}})"));
    JsonReader ok = r.child("ok");
    QCOMPARE(ok.integer("v"), 1);
    JsonReader outer = r.child("outer");
    JsonReader inner = outer.child("inner");
    QCOMPARE(inner.integer("n"), 0);
    QCOMPARE(inner.error(), QStringLiteral("n: expected integer"));
    QCOMPARE(outer.error(), QStringLiteral("inner.n: expected integer"));
    QCOMPARE(r.error(), QStringLiteral("outer.inner.n: expected integer"));

    JsonReader wrongChild(parse(R"({"outer": 3})"));
    wrongChild.child("outer").string("x");
    QCOMPARE(wrongChild.error(), QStringLiteral("outer: expected object"));

    JsonReader links(parse(R"({"links": [{"click_count": 1}, null, {"click_count": "many"}]})"));
    QVERIFY(links.list<TrackedLink>("links").isEmpty());
    QCOMPARE(links.error(), QStringLiteral("links[2].click_count: expected integer"));
    JsonReader notObject(parse(R"({"links": [{"click_count": 1}, 5], "one": "x"})"));
    notObject.list<TrackedLink>("links");
    QCOMPARE(notObject.error(), QStringLiteral("links[1]: expected object"));
    JsonReader rec(parse(R"({"one": "x"})"));
    QVERIFY(!rec.optRecord<TrackedLink>("one").has_value());
    QCOMPARE(rec.error(), QStringLiteral("one: expected object"));
    JsonReader good(parse(R"({"links": [null, {"link_id": "l", "click_count": 2}], "one": null})"));
    const QList<TrackedLink> l = good.list<TrackedLink>("links");
    QCOMPARE(l.size(), 1);
    QCOMPARE(l.first().clickCount, 2);
    QVERIFY(!good.optRecord<TrackedLink>("one").has_value());
    QCOMPARE(good.record<TrackedLink>("missing").clickCount, 0);
    QVERIFY(good.ok());
}

void TestJson::displayText()
{
    QCOMPARE(JsonReader::displayText(QJsonValue(QStringLiteral("plain"))), QStringLiteral("plain"));
    QCOMPARE(JsonReader::displayText(parse("12")), QStringLiteral("12"));
    QCOMPARE(JsonReader::displayText(parse("9.5")), QStringLiteral("9.5"));
    QCOMPARE(JsonReader::displayText(parse("true")), QStringLiteral("true"));
    QCOMPARE(JsonReader::displayText(parse("null")), QStringLiteral("null"));
    QCOMPARE(JsonReader::displayText(QJsonValue(QJsonValue::Undefined)), QString());
    QCOMPARE(JsonReader::displayText(parse(R"([ "a", 1 ])")), QStringLiteral(R"(["a",1])"));
    QCOMPARE(JsonReader::displayText(parse(R"({ "k" : { "v": [] } })")), QStringLiteral(R"({"k":{"v":[]}})"));
    QCOMPARE(JsonReader::compactText(QJsonValue(QStringLiteral("q\"uote"))), QStringLiteral("\"q\\\"uote\""));
    QCOMPARE(JsonReader::displayText(QJsonValue(QString::fromUtf8("日本 🚀"))), QString::fromUtf8("日本 🚀"));
    const auto pairs = JsonReader::displayPairs(parse(R"({"b": 2, "a": "x"})").toObject());
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs.at(0), (QPair<QString, QString>(QStringLiteral("a"), QStringLiteral("x"))));
    QCOMPARE(pairs.at(1), (QPair<QString, QString>(QStringLiteral("b"), QStringLiteral("2"))));
}

void TestJson::decimalToDouble()
{
    QCOMPARE(JsonReader::decimalToDouble(QStringLiteral("1200.00")), std::optional<double>(1200.0));
    QCOMPARE(JsonReader::decimalToDouble(QStringLiteral(" 12.5 ")), std::optional<double>(12.5));
    QCOMPARE(JsonReader::decimalToDouble(QStringLiteral("-3")), std::optional<double>(-3.0));
    QVERIFY(!JsonReader::decimalToDouble(QString()).has_value());
    QVERIFY(!JsonReader::decimalToDouble(QStringLiteral("abc")).has_value());
    QVERIFY(!JsonReader::decimalToDouble(QStringLiteral("1,200.00")).has_value());
    QVERIFY(!JsonReader::decimalToDouble(QStringLiteral("nan")).has_value());
    QVERIFY(!JsonReader::decimalToDouble(QStringLiteral("inf")).has_value());
    QVERIFY(!JsonReader::decimalToDouble(QStringLiteral("12 USD")).has_value());
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
