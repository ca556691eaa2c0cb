#pragma once

#include <QByteArray>

namespace repdesk {

// An API key handed over in the environment (HYPERREP_API_KEY) is for this
// run only. take() reads it and removes it from the process at once, before
// any child process (WebEngine's zygote and renderers, a browser opened for a
// link) can inherit it: the variable is unset, and the original bytes are
// overwritten too, so /proc/<pid>/environ of this process no longer shows
// them either (that file reads the memory the kernel set up at exec time,
// which unsetenv alone leaves untouched).
class EnvironmentKey
{
public:
    // Returns the value (empty when unset) and removes it. Call it first
    // thing in main(), before any thread starts.
    static QByteArray take(const char *name);
};

} // namespace repdesk
