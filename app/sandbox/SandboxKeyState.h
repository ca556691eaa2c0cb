#pragma once

namespace repdesk {

// What an API key answers (SandboxServer::setKeyState): Active is served as configured, the others
// answer 403 with the documented detail on every route.
enum class SandboxKeyState {
    Active,
    Inactive, // "API Key is inactive"
    Expired,  // "API Key has expired"
    Invalid,  // "Invalid API Key": revoked, as if it had never existed
};

} // namespace repdesk
