#pragma once

#include "RequestSpec.h"

#include <QDateTime>
#include <QString>

namespace repdesk {

// Analytics routes require both ends.
struct DateRange
{
    QDateTime start;
    QDateTime end;

    void applyTo(RequestSpec &spec) const
    {
        spec.addQuery(QStringLiteral("start_date"), start);
        spec.addQuery(QStringLiteral("end_date"), end);
    }
};

} // namespace repdesk
