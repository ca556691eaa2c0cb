#include "RetryPolicy.h"

#include <QRandomGenerator>
#include <QtGlobal>

namespace repdesk {

int RetryPolicy::delayForAttempt(int attempt, int retryAfterMs) const
{
    if (retryAfterMs >= 0)
        return retryAfterMs;
    const qint64 exp = qint64(baseDelayMs) << qBound(0, attempt - 1, 16);
    const double capped = double(qMin<qint64>(exp, maxDelayMs));
    const double factor = 1.0 - jitter * QRandomGenerator::global()->generateDouble();
    return int(capped * factor);
}

} // namespace repdesk
