#pragma once

#include <QString>
#include <QStringList>

namespace repdesk {

// Client-side checks of the recipient fields, so a typo is pointed out next to
// the field instead of coming back as a 422 after a round trip. The email rule
// matches what HyperRep accepts (one @, a dotted domain, no spaces or
// brackets), so anything that passes here is not refused for its format.
class RecipientValidator
{
public:
    struct Result
    {
        QStringList valid;   // trimmed addresses, in the order typed, duplicates dropped
        QStringList invalid; // the pieces as typed
        bool ok() const { return invalid.isEmpty(); }
    };

    static bool isValidEmail(const QString &address);
    // Splits on commas, semicolons and line breaks. "Name <a@b.c>" is reduced
    // to a@b.c, because people paste addresses from their mail client.
    static Result check(const QString &text);
    // The address of one "Name <a@b.c>" or bare piece, trimmed.
    static QString addressOf(const QString &piece);
    // "a@b.c, d@e.f": how a list is shown back in a field.
    static QString join(const QStringList &addresses);

    // A phone number as people type it: digits with optional +, spaces, dots,
    // dashes and brackets, 7 to 15 digits (E.164 allows at most 15).
    static bool isValidPhone(const QString &number);
};

} // namespace repdesk
