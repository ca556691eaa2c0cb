#include "SalesCurrency.h"

namespace repdesk {

QString SalesCurrency::common(const QList<Sale> &sales)
{
    QString found;
    for (const Sale &sale : sales) {
        const QString code = sale.quoteDetails.currency.trimmed().toUpper();
        if (code.isEmpty())
            continue;
        if (found.isEmpty())
            found = code;
        else if (found != code)
            return {};
    }
    return found;
}

} // namespace repdesk
