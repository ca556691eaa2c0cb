#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <gumbo.h>

namespace repdesk {

// Presentational attributes allowed on every kept element, plus <font>'s own.
// Values are validated, not just copied: a colspan of 10^9 or a "width" full
// of markup is dropped, so renderers only ever see the shapes they expect.
// href and src are not handled here (TreeSanitizer owns URL policy).
class AttributePolicy
{
public:
    // Returns the output attribute name (static storage) and sets *value to
    // the normalised value, or returns nullptr if the attribute is dropped.
    static const char *filter(GumboTag tag, const char *name, QByteArrayView raw, QByteArray *value);

private:
    static bool isLength(QByteArrayView v);
    static bool isInteger(QByteArrayView v, int min, int max);
    static bool isColor(QByteArrayView v);
    static bool isOneOf(QByteArrayView v, std::initializer_list<const char *> allowed);
};

} // namespace repdesk
