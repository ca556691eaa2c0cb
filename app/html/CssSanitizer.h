#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace repdesk {

// Filters inline style="" declarations. Only allowlisted properties survive,
// and a value must be made of plain tokens (words, numbers, colours, quoted
// font names) with no functions except rgb/rgba/hsl/hsla/calc: that rules
// out url(), expression(), escapes and comments by construction, and the
// explicit deny list below is a second line of defence.
class CssSanitizer
{
public:
    // Returns "prop: value; prop: value", or empty if nothing survived.
    // !important is stripped so mail cannot override the viewer's own styles.
    static QByteArray sanitizeInlineStyle(QByteArrayView style);

private:
    static bool isAllowedProperty(QByteArrayView property);
    static bool isSafeValue(QByteArrayView property, QByteArrayView value);
    static bool functionsAllowed(QByteArrayView value);
};

} // namespace repdesk
