// The one libFuzzer entry point: built once per target with REPDESK_FUZZ_TARGET
// set to its name (tests/fuzz/CMakeLists.txt), it runs that target's check and
// aborts on a problem, so libFuzzer keeps the input as a crash.

#include "FuzzTargets.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
repdesk::fuzz::Check check = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    check = repdesk::fuzz::findCheck(REPDESK_FUZZ_TARGET);
    if (!check) {
        std::fprintf(stderr, "no fuzz target named %s in FuzzTargets.h\n", REPDESK_FUZZ_TARGET);
        std::abort();
    }
    // Some checks post deferred deletes; a core application gives them a thread to live on.
    // Its own argv: libFuzzer's flags are not Qt's.
    static int argc = 1;
    static char name[] = "fuzz_" REPDESK_FUZZ_TARGET;
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = check(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "\n%s: %s\n", REPDESK_FUZZ_TARGET, qPrintable(problem));
        std::abort();
    }
    return 0;
}
