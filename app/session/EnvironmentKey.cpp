#include "EnvironmentKey.h"

#include "SecretRedactor.h"

#include <cstdlib>
#include <cstring>

namespace repdesk {

QByteArray EnvironmentKey::take(const char *name)
{
    char *value = std::getenv(name);
    if (!value)
        return {};
    const QByteArray key(value);
    SecretRedactor::instance().remember(key); // never in Help > Copy diagnostics
    // getenv points into the environment block; for a variable set at exec
    // time that block is what /proc/<pid>/environ reads. Blank it in place
    // (volatile so the compiler cannot drop the stores), then unset.
    volatile char *p = value;
    for (std::size_t i = 0, n = std::strlen(value); i < n; ++i)
        p[i] = '\0';
    ::unsetenv(name);
    return key;
}

} // namespace repdesk
