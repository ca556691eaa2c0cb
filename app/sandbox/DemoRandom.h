#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace repdesk {

// The demo data's only source of randomness: one seeded generator, so that (seed, anchor,
// conversations) always yield the same dataset.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_generator(seed) {}

    int range(int low, int high); // inclusive
    qint64 range64(qint64 low, qint64 high);
    bool chance(double probability) { return m_generator.generateDouble() < probability; }
    double real() { return m_generator.generateDouble(); }
    // A standard normal draw (Box-Muller), for log-normal durations: most replies are quick, a few very slow.
    double normal();
    int index(qsizetype size) { return size > 0 ? int(m_generator.bounded(quint32(size))) : 0; }
    template<typename T>
    const T &pick(const QList<T> &items) { return items.at(index(items.size())); }
    // Picks an index according to relative weights.
    int weighted(const QList<double> &weights);

    QString hrId();
    QString fernetId();
    QString uuid();
    QRandomGenerator &generator() { return m_generator; }

private:
    QRandomGenerator m_generator;
};

} // namespace repdesk
