#pragma once

#include "Decoded.h"

#include <QJsonValue>

namespace repdesk {

// Analytics: modalityStats / .../conversations/modality.
struct ModalityStats
{
    int textMessages = 0;
    int calls = 0;
    int emails = 0;
    int liveChats = 0;
    int formRequests = 0;

    static Decoded<ModalityStats> fromJson(const QJsonValue &json);
};

} // namespace repdesk
