#include "DemoRandom.h"

#include "SandboxIds.h"

#include <cmath>

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

double DemoRandom::normal()
{
    const double u1 = 1.0 - m_generator.generateDouble(); // (0, 1]: log stays finite
    const double u2 = m_generator.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
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
