#pragma once

#include <QDateTime>
#include <QString>

namespace repdesk {

// How a SandboxServer behaves: the data it serves and the faults it injects.
struct SandboxOptions
{
    QString apiKey = QStringLiteral("sandbox-key");
    // Empty: off. Otherwise a second tenant: this key sees its own organizations (generated too) and
    // never the first key's, and the first key never sees its.
    QString secondApiKey;
    QString dataDir;            // empty: in-memory SQLite; else a file database in that dir (reused if it exists)
    quint32 seed = 42;
    int conversations = 200;    // in the first organization
    int secondTenantConversations = 30; // in the second tenant's first organization (when secondApiKey is set)
    int latencyMs = 0;
    double failRate = 0.0;      // probability of answering 500
    int rateLimitEvery = 0;     // every K-th request answers 429 with Retry-After: 1 (0 = off)
    double malformedRate = 0.0; // probability of a 200 with truncated/invalid JSON
    // Probability that a request is processed for real and its answer cut in the middle of the
    // body (the connection closes before Content-Length bytes arrived).
    double dropMidBodyRate = 0.0;
    // Probability that a request is processed for real and its connection dropped before any answer.
    double dropAfterRate = 0.0;
    // >0: every outageEveryMs the server goes away (the listening socket and every open connection
    // closed, as a crash or a restart would) and comes back on the same port, with the same data,
    // after outageMs (0: at once, a restart; otherwise connections are refused meanwhile).
    int outageEveryMs = 0;
    int outageMs = 0;
    int autosendDelayMs = 3000; // queued (autosend) drafts are promoted into messages after this delay
    // >0: every N ms a new inbound message lands in a random conversation (marks it unread); every
    // second or third time HyperRep also proposes a reply to it as the pending response draft.
    int liveActivityMs = 0;
    // About one in seven recently active conversations get a reply drafted by HyperRep, pending
    // review (DemoReviewQueue, a random stream of its own: turning it off changes nothing else).
    // Off for tests of the draft routes that need conversations without a draft.
    bool draftsToReview = true;
    QDateTime anchor;           // "now" for the generated data; invalid = current UTC time truncated to the minute
    // Which sales a stage of the analytics pipelines counts (SandboxAnalytics::salesStats). The API
    // docs do not say; CurrentStage is this server's rule, StagesReached the reading the docs'
    // example fits too (its salesRate is Accepted over Qualified), for clients that must cope with both.
    enum class PipelineRule { CurrentStage, StagesReached };
    PipelineRule pipelineRule = PipelineRule::CurrentStage;
};

} // namespace repdesk
