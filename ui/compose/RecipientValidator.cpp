#include "compose/RecipientValidator.h"

#include <QRegularExpression>

namespace repdesk {

bool RecipientValidator::isValidEmail(const QString &address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>(),;:\"]+@[^@\\s<>(),;:\"]+\\.[^@\\s<>(),;:\".]+$"));
    return pattern.match(address).hasMatch();
}

QString RecipientValidator::addressOf(const QString &piece)
{
    const QString trimmed = piece.trimmed();
    const int open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && trimmed.endsWith(QLatin1Char('>')))
        return trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
    return trimmed;
}

RecipientValidator::Result RecipientValidator::check(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r]+"));
    Result result;
    const QStringList pieces = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        if (piece.trimmed().isEmpty())
            continue;
        const QString address = addressOf(piece);
        if (!isValidEmail(address))
            result.invalid << piece.trimmed();
        else if (!result.valid.contains(address, Qt::CaseInsensitive))
            result.valid << address;
    }
    return result;
}

QString RecipientValidator::join(const QStringList &addresses)
{
    return addresses.join(QStringLiteral(", "));
}

bool RecipientValidator::isValidPhone(const QString &number)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ().\\-]+$"));
    const QString trimmed = number.trimmed();
    if (!allowed.match(trimmed).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 7 && digits <= 15;
}

} // namespace repdesk
