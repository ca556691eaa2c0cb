#include "QuoteDetails.h"

#include "JsonReader.h"

namespace repdesk {

std::optional<double> QuoteDetails::totalPriceAmount() const
{
    return JsonReader::decimalToDouble(totalPrice);
}

Decoded<QuoteDetails> QuoteDetails::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    QuoteDetails q;
    q.raw = r.json();
    JsonReader output = r.child("output");
    q.currency = output.string("currency");
    q.totalPrice = output.decimal("total_price");
    JsonReader arguments = r.child("arguments");
    q.products = arguments.list<SaleProduct>("products");
    // Documented only as "quote_details may also carry agent_overrides": look
    // at the top level first, then inside either half.
    for (const JsonReader *where : {&r, &output, &arguments}) {
        if (where->has("agent_overrides")) {
            q.agentOverrides = where->value("agent_overrides");
            break;
        }
    }
    return r.result(std::move(q));
}

} // namespace repdesk
