#pragma once

#include <QString>

namespace repdesk {

// One row of the shortcuts dialog, already in display form: keys as the
// user reads them ("Ctrl+R", "J / K"), action as a translated sentence.
struct ShortcutInfo
{
    QString keys;
    QString action;
};

} // namespace repdesk
