#pragma once

#include "Decoded.h"
#include "SaleProduct.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace repdesk {

// A sale's quote_details, flattened from its "output" and "arguments" halves.
struct QuoteDetails
{
    QString currency;
    // Exact decimal text as sent ("1200.00"); see totalPriceAmount().
    QString totalPrice;
    QList<SaleProduct> products;
    // Undocumented shape, so kept raw; Null when absent.
    QJsonValue agentOverrides;
    // The whole quote_details object, for fields this struct does not model.
    QJsonObject raw;

    bool isEmpty() const { return raw.isEmpty(); }
    std::optional<double> totalPriceAmount() const;

    static Decoded<QuoteDetails> fromJson(const QJsonValue &json);
};

} // namespace repdesk
