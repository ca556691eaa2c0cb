#pragma once

#include "Sale.h"

#include <QList>
#include <QString>

namespace repdesk {

// Analytics carry values without a currency. When every sale of the
// organization that names a currency names the same one, that is the
// currency of the figures; otherwise there is none to show and values are
// plain amounts "in the sales' own currencies". Never guessed.
class SalesCurrency
{
public:
    // The ISO 4217 code (upper case) shared by every sale that names one; empty otherwise.
    static QString common(const QList<Sale> &sales);
};

} // namespace repdesk
