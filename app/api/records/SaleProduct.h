#pragma once

#include "Decoded.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace repdesk {

// One line of a sale's quote (quote_details.arguments.products).
struct SaleProduct
{
    // A double: quantities such as hours of service need not be whole.
    double quantity = 0;
    // Exact decimal text as sent ("1200.00"); see unitPriceAmount().
    QString unitPrice;
    QString productName;

    std::optional<double> unitPriceAmount() const;

    static Decoded<SaleProduct> fromJson(const QJsonValue &json);
};

} // namespace repdesk
