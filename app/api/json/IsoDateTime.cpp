#include "IsoDateTime.h"

#include <QRegularExpression>

namespace repdesk {

namespace {
int digits(QStringView s, qsizetype from, qsizetype count, bool *ok)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The shape servers actually send ("2026-03-12T00:32:13.782565Z", "+02:00"),
// parsed without a regex: list pages decode two dates per row, 100k rows at a time.
bool parseCommon(QStringView s, QDateTime *out)
{
    if (s.size() < 19 || s[4] != u'-' || s[7] != u'-' || (s[10] != u'T' && s[10] != u't') || s[13] != u':'
        || s[16] != u':')
        return false;
    bool ok = true;
    const int year = digits(s, 0, 4, &ok), month = digits(s, 5, 2, &ok), day = digits(s, 8, 2, &ok);
    const int hour = digits(s, 11, 2, &ok), minute = digits(s, 14, 2, &ok), second = digits(s, 17, 2, &ok);
    if (!ok)
        return false;
    qsizetype pos = 19;
    int ms = 0;
    if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
        ++pos;
        int taken = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (taken < 3) {
                ms = ms * 10 + (s[pos].unicode() - u'0');
                ++taken;
            }
            ++pos;
        }
        if (taken == 0)
            return false;
        while (taken++ < 3)
            ms *= 10;
    }
    int offset = 0;
    if (pos < s.size()) {
        const QChar sign = s[pos];
        if ((sign == u'Z' || sign == u'z') && pos + 1 == s.size()) {
            pos = s.size();
        } else if (sign == u'+' || sign == u'-') {
            const qsizetype rest = s.size() - pos - 1;
            int oh = 0, om = 0;
            if (rest == 5 && s[pos + 3] == u':') {
                oh = digits(s, pos + 1, 2, &ok);
                om = digits(s, pos + 4, 2, &ok);
            } else if (rest == 4) {
                oh = digits(s, pos + 1, 2, &ok);
                om = digits(s, pos + 3, 2, &ok);
            } else if (rest == 2) {
                oh = digits(s, pos + 1, 2, &ok);
            } else {
                return false;
            }
            if (!ok || oh > 23 || om > 59)
                return false;
            offset = (oh * 3600 + om * 60) * (sign == u'-' ? -1 : 1);
        } else {
            return false;
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, ms);
    if (!date.isValid() || !time.isValid()) {
        *out = QDateTime();
        return true; // well-formed but impossible: invalid, no regex needed
    }
    *out = QDateTime(date, time, Qt::UTC);
    if (offset)
        *out = out->addSecs(-offset);
    return true;
}

// An offset can carry 0001-01-01 or 9999-12-31 out of the years format() (and
// the API) can write; such a time is as unusable as a garbled one (found by fuzz_iso_date).
QDateTime withinWritableYears(const QDateTime &utc)
{
    const int year = utc.date().year();
    return utc.isValid() && year >= 1 && year <= 9999 ? utc : QDateTime();
}
} // namespace

QDateTime IsoDateTime::parse(const QString &text)
{
    QDateTime fast;
    if (parseCommon(QStringView(text), &fast))
        return withinWritableYears(fast);

    // [0-9] rather than \d: \d also matches non-ASCII digits, which toInt() rejects.
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})"
        "(?:[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?)?"
        "\\s*(?:([Zz])|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$"));

    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = m.captured(7);
    const int ms = fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};

    int offsetSeconds = 0;
    if (!m.captured(9).isEmpty()) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    return withinWritableYears(QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds));
}

QString IsoDateTime::format(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace repdesk
