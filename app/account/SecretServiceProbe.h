#pragma once

namespace repdesk {

// Tells whether the freedesktop secret service (gnome-keyring, KeePassXC,
// KWallet's bridge...) can be reached on the D-Bus session bus.
//
// Why this exists: on Linux QtKeychain uses libsecret, and when there is no
// session bus, or a bus but nothing that provides org.freedesktop.secrets,
// it does not answer NoBackendAvailable but OtherError with a GLib message
// ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: No
// such file or directory", "The name org.freedesktop.secrets was not provided
// by any .service files"), in the user's language. Matching those strings
// would be fragile, so CredentialStore asks the bus itself after a failure.
class SecretServiceProbe
{
public:
    enum class Result {
        Available,      // a secret service runs or can be started by the bus
        NoSessionBus,   // no D-Bus session bus to talk to
        NoSecretService,// a bus, but nothing provides org.freedesktop.secrets
        Unknown,        // not a D-Bus platform, or the bus did not answer
    };

    // Blocks for at most a few seconds (two calls to the bus daemon, which
    // answers at once when it runs). Meant for after a keychain failure only.
    static Result check();
};

} // namespace repdesk
