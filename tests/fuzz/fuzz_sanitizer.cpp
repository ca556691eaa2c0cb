// libFuzzer harness for HtmlSanitizer: build and run instructions are in
// CMakeLists.txt next to this file.
//
// The first input byte selects the options and the decoding, so one corpus
// covers every mode and both UTF-8 and raw UTF-16 (lone surrogates included).
// Beyond "no crash/leak/UB", every output must pass the same independent
// well-formedness and allowlist checks as the unit tests.

#include "HtmlSanitizer.h"
#include "tst_html_safety.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

[[noreturn]] void fail(const char *what, const QString &problem, const QString &input, const QString &output)
{
    std::fprintf(stderr, "\n%s: %s\n  input: %s\n  output: %s\n", what, qPrintable(problem),
                 qPrintable(input.left(2000)), qPrintable(output.left(2000)));
    std::abort();
}

QString decode(const uint8_t *data, size_t size, bool utf16)
{
    if (!utf16)
        return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<char16_t> units(size / 2);
    if (!units.empty())
        std::memcpy(units.data(), data, units.size() * sizeof(char16_t));
    return QString::fromUtf16(units.data(), qsizetype(units.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QString input = decode(data + 1, size - 1, flags & 0x4);

    repdesk::SanitizeOptions options;
    options.allowRemoteImages = flags & 0x1;
    options.forEditor = flags & 0x2;

    const repdesk::SanitizeResult result = repdesk::HtmlSanitizer::sanitize(input, options);
    QString problem = repdesk::htmltest::checkOutput(result.html, options.allowRemoteImages && !options.forEditor);
    if (!problem.isEmpty())
        fail("unsafe or malformed output", problem, input, result.html);
    if (!QStringView(result.html).isValidUtf16())
        fail("invalid UTF-16 in output", {}, input, result.html);
    if (result.blockedRemoteImages < 0 || result.removedElements < 0
        || (result.blockedRemoteImages > 0 && !result.hasRemoteImages)) {
        fail("inconsistent counters", {}, input, result.html);
    }

    const int maxChars = (flags >> 3) == 31 ? -1 : int(flags >> 3);
    const QString text = repdesk::HtmlSanitizer::toPlainText(input, maxChars);
    if ((maxChars >= 0 && text.size() > maxChars) || !QStringView(text).isValidUtf16())
        fail("toPlainText limit/encoding", text, input, {});

    const QString fromText = repdesk::HtmlSanitizer::plainTextToHtml(input);
    problem = repdesk::htmltest::checkWellFormed(fromText);
    if (!problem.isEmpty())
        fail("plainTextToHtml not well-formed", problem, input, fromText);
    return 0;
}
