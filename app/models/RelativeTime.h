#pragma once

#include <QDateTime>
#include <QString>

namespace repdesk {

// "now", "5 min", "3 h", "Tue", "12 Mar", "12 Mar 2025": short enough for a
// list row, with the full local date left for tooltips.
class RelativeTime
{
public:
    static QString format(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
    static QString full(const QDateTime &when);
};

} // namespace repdesk
