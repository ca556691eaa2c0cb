#pragma once

#include <QObject>
#include <QTimer>

namespace repdesk {

class SandboxContext;

// SandboxOptions::liveActivityMs at work: every tick a contact writes in somewhere, and every second
// or third tick HyperRep also proposes a reply to that message (SandboxDraftProposer), so an inbox
// and a review queue both keep moving while a client watches.
class SandboxLiveActivity : public QObject
{
    Q_OBJECT
public:
    SandboxLiveActivity(SandboxContext &context, int intervalMs, QObject *parent = nullptr);

    void tick();

private:
    SandboxContext &m_context;
    QTimer m_timer;
    int m_ticksToProposal = 2;
};

} // namespace repdesk
