#include "DemoRandom.h"

#include "SandboxIds.h"

namespace repdesk {

int DemoRandom::range(int low, int high)
{
    if (high <= low)
        return low;
    return low + int(m_generator.bounded(quint32(high - low + 1)));
}

qint64 DemoRandom::range64(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(m_generator.bounded(quint64(high - low + 1)));
}

int DemoRandom::weighted(const QList<double> &weights)
{
    double total = 0;
    for (double weight : weights)
        total += weight;
    double roll = real() * total;
    for (int i = 0; i < weights.size(); ++i) {
        roll -= weights.at(i);
        if (roll < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

QString DemoRandom::hrId()
{
    return SandboxIds::hrId(m_generator);
}

QString DemoRandom::fernetId()
{
    return SandboxIds::fernetId(m_generator);
}

QString DemoRandom::uuid()
{
    return SandboxIds::uuid(m_generator);
}

} // namespace repdesk
