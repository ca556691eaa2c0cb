#include "DemoTeam.h"

#include "DemoRandom.h"

namespace repdesk {

namespace {

struct Style
{
    double volume;
    double responseMinutes;
    double drift;
    double missRate;
    double leadRate;
    double closeRate;
    double draftRate;
    int joinedWeeksAgo;
};

// Busiest first. Volumes span about 6x and close rates about 3x, so the spread survives the noise
// of a few hundred conversations; drifts go both ways so the team trend is not one straight line.
constexpr Style kCast[] = {
    {2.6, 14, -0.55, 0.03, 0.30, 0.58, 0.55, 1000}, // the star: fast and getting faster
    {2.0, 38, -0.15, 0.05, 0.26, 0.42, 0.35, 1000},
    {1.7, 22, 0.35, 0.04, 0.33, 0.64, 0.50, 1000},  // best closer, slowing down under her load
    {1.35, 95, -0.60, 0.08, 0.20, 0.30, 0.20, 1000}, // slow starter who improved a lot
    {1.15, 48, 0.0, 0.05, 0.25, 0.48, 0.45, 1000},
    {0.95, 160, 0.40, 0.12, 0.18, 0.24, 0.15, 1000}, // struggling
    {0.85, 26, -0.30, 0.04, 0.28, 0.52, 0.62, 15},  // joined four months ago, leans on drafts
    {0.6, 70, 0.10, 0.07, 0.22, 0.36, 0.30, 1000},  // part-time
    {0.45, 210, -0.40, 0.10, 0.15, 0.20, 0.25, 7},  // the newest hire, still learning
};

} // namespace

QList<DemoOrganization::Agent> DemoTeam::build(DemoRandom &random, const QList<DemoNames::Person> &people,
                                               const QString &domain)
{
    QList<DemoOrganization::Agent> agents;
    for (int i = 0; i < people.size(); ++i) {
        const DemoNames::Person &person = people.at(i);
        const qsizetype castSize = qsizetype(std::size(kCast));
        const Style &style = kCast[i < castSize ? i : random.index(castSize)];
        const auto jitter = [&random](double value) { return value * (0.9 + 0.2 * random.real()); };
        DemoOrganization::Agent agent;
        agent.id = random.hrId();
        agent.name = person.name;
        agent.email = person.emailLocal + QLatin1Char('@') + domain;
        agent.volume = jitter(style.volume);
        agent.responseMinutes = jitter(style.responseMinutes);
        agent.drift = style.drift + 0.2 * (random.real() - 0.5);
        agent.missRate = jitter(style.missRate);
        agent.leadRate = jitter(style.leadRate);
        agent.closeRate = jitter(style.closeRate);
        agent.draftRate = jitter(style.draftRate);
        // The first agent has always been there: someone must take the oldest conversations.
        agent.joinedWeeksAgo = i == 0 ? 1000 : style.joinedWeeksAgo;
        agents.append(agent);
    }
    return agents;
}

} // namespace repdesk
