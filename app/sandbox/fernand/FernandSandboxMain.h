#pragma once

#include <QStringList>

namespace repdesk {

// `repdesk-sandbox --provider fernand [...]`: parses its own options, serves
// until the event loop quits, and returns the exit code.
int runFernandSandbox(const QStringList &arguments);

} // namespace repdesk
