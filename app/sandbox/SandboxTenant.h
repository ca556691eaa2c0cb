#pragma once

namespace repdesk {

// Whose data a request may see: every organization belongs to exactly one tenant, the owner of
// one API key. Stored in organizations.tenant as the integer value.
enum class SandboxTenant : int {
    None = -1,  // no authenticated request: organization lookups find nothing
    First = 0,  // SandboxOptions::apiKey
    Second = 1, // SandboxOptions::secondApiKey
};

} // namespace repdesk
