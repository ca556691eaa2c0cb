#pragma once

#include <QDateTime>
#include <QString>

namespace repdesk {

// HyperRep timestamps come with microseconds, milliseconds or none, with "Z" or
// numeric offsets. Qt's ISODateWithMs rejects more than three fraction digits,
// so parsing is done here once for every record.
class IsoDateTime
{
public:
    // Returns a UTC QDateTime, or an invalid one for anything unparsable.
    // Fractions beyond milliseconds are truncated; a missing zone means UTC.
    static QDateTime parse(const QString &text);

    // "YYYY-MM-DDTHH:MM:SSZ" in UTC, the form the API takes for start_date /
    // end_date. Empty for an invalid QDateTime.
    static QString format(const QDateTime &dateTime);
};

} // namespace repdesk
