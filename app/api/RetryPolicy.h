#pragma once

namespace repdesk {

// Exponential backoff with jitter, libQuotient-style: a table of limits rather
// than code paths. A Retry-After from the server wins over the computed delay,
// unless it asks for longer than maxRetryAfterMs: then the caller gets the 429
// (with its retry-after) instead of a request that hangs for minutes.
struct RetryPolicy
{
    int maxAttempts = 4;          // including the first
    int baseDelayMs = 400;
    int maxDelayMs = 10000;
    int maxRetryAfterMs = 30000;
    double jitter = 0.5;          // delay is scaled by a random factor in [1 - jitter, 1]

    int delayForAttempt(int attempt, int retryAfterMs) const; // attempt: 1 for the first retry
    static RetryPolicy none() { RetryPolicy p; p.maxAttempts = 1; return p; }
};

} // namespace repdesk
