#pragma once

#include <QList>
#include <QString>

namespace repdesk {

// One row of a FieldList: what a CopyableField needs, as plain data so the
// rows can be compared before anything is rebuilt.
struct FieldSpec
{
    QString caption;
    QString value;
    QString copyName;   // accessible name of the Copy button
    QString toolTip;
    bool emphasized = false;

    bool operator==(const FieldSpec &o) const
    {
        return caption == o.caption && value == o.value && copyName == o.copyName && toolTip == o.toolTip
            && emphasized == o.emphasized;
    }
    bool operator!=(const FieldSpec &o) const { return !(*this == o); }
};

} // namespace repdesk
