#pragma once

// A small, strict RFC 4180 reader for tests: it reads back what TableExport wrote, so a round
// trip proves the quoting, not just the look of the text. Strict on purpose: a bare quote inside
// an unquoted field or text after a closing quote fails the parse instead of being guessed at.

#include <QList>
#include <QString>
#include <QStringList>

namespace repdesk::test {

// Records of `csv` (CRLF line ends; the last record ends with CRLF too). Empty list and
// *ok = false on malformed input.
inline QList<QStringList> readRfc4180(const QString &csv, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool afterQuotes = false; // just closed a quoted field: only , or CRLF may follow
    *ok = false;
    for (int i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuotes = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            afterQuotes = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= csv.size() || csv.at(i + 1) != QLatin1Char('\n'))
                return {}; // a bare CR outside quotes
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            afterQuotes = false;
        } else if (c == QLatin1Char('\n')) {
            return {}; // LF without CR
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || afterQuotes)
                return {};
            inQuotes = true;
        } else {
            if (afterQuotes)
                return {};
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !record.isEmpty())
        return {}; // unterminated quote or a last record without CRLF
    *ok = true;
    return records;
}

} // namespace repdesk::test
