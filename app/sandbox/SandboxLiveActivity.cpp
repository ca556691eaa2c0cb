#include "SandboxLiveActivity.h"

#include "SandboxActivity.h"
#include "SandboxContext.h"
#include "SandboxDraftProposer.h"

namespace repdesk {

SandboxLiveActivity::SandboxLiveActivity(SandboxContext &context, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&m_timer, &QTimer::timeout, this, &SandboxLiveActivity::tick);
    m_timer.start(intervalMs);
}

void SandboxLiveActivity::tick()
{
    if (--m_ticksToProposal > 0) {
        SandboxActivity(m_context).addInbound();
        return;
    }
    m_ticksToProposal = 2 + int(m_context.random().bounded(2));
    // The proposal brings its own inbound message; without a conversation to propose for, the
    // tick still delivers one.
    if (SandboxDraftProposer(m_context).propose().isEmpty())
        SandboxActivity(m_context).addInbound();
}

} // namespace repdesk
