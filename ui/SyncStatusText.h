#pragma once

#include <QDateTime>
#include <QString>

namespace repdesk {

// The status bar's one-line sync state.
class SyncStatusText
{
public:
    struct Inputs
    {
        int conversations = 0;
        bool offline = false;
        bool syncing = false;
        bool rateLimited = false;
        QDateTime lastSync;
    };
    static QString format(const Inputs &in);
};

} // namespace repdesk
