#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace repdesk {

// Filters inline style="" declarations. Only allowlisted properties survive,
// and a value must be made of plain tokens (words, numbers, colours, quoted
// font names) with no functions except the colour ones rgb/rgba/hsl/hsla:
// that rules out url(), expression(), escapes and comments by construction,
// and calc()/min()/max()/clamp()/var()/env()/attr(), whose result could be a
// negative offset the sign check cannot see. The explicit deny list below is
// a second line of defence. No property that positions a box (position, top,
// left, transform, ...) is allowed, and margins and vertical-align may not be
// negative, so content cannot move outside its own box.
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
