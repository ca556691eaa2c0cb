#pragma once

#include "DemoNames.h"
#include "DemoOrganization.h"

namespace repdesk {

class DemoRandom;

// The staff of a demo organization, each with a working style. The first nine positions follow a
// fixed cast (a fast star closer, a quick responder who rarely closes, a new hire, a part-timer...)
// jittered by the seed, so a leaderboard tells the same kind of story for every seed while the
// figures themselves differ.
class DemoTeam
{
public:
    static QList<DemoOrganization::Agent> build(DemoRandom &random, const QList<DemoNames::Person> &people,
                                                const QString &domain);
};

} // namespace repdesk
