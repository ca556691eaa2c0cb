#pragma once

// Every fuzz target as a check: bytes in, an empty string when the code under
// test behaved, else what it did wrong. One mechanism, two uses: the libFuzzer
// binaries (fuzz_main.cpp, one per target, named fuzz_<name>) abort on a
// problem, and tst_fuzz_regressions replays tests/fuzz/corpus/<name>/ and
// tests/fuzz/regressions/<name>/ through the same checks in the normal build.
// Crashes, leaks and undefined behaviour are the sanitizers' to catch; these
// checks add the properties a crash would not show (lost items, unsafe output).

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace repdesk::fuzz {

using Check = QString (*)(QByteArrayView input);

struct Target
{
    const char *name; // tests/fuzz/corpus/<name>, binary fuzz_<name>
    Check check;
};

// One list per family, each defined next to its checks.
QList<Target> recordTargets(); // FuzzRecords.cpp: record_<resource>, one per decoded response type
QList<Target> apiTargets();    // FuzzApi.cpp: page (the pagination envelope and walk), iso_date
QList<Target> htmlTargets();   // FuzzHtml.cpp: html (HtmlSanitizer), css (CssSanitizer)

inline QList<Target> allTargets()
{
    return recordTargets() + apiTargets() + htmlTargets();
}

inline Check findCheck(QByteArrayView name)
{
    for (const Target &t : allTargets()) {
        if (name == QByteArrayView(t.name))
            return t.check;
    }
    return nullptr;
}

} // namespace repdesk::fuzz
