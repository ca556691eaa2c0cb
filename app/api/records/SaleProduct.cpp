#include "SaleProduct.h"

#include "JsonReader.h"

namespace repdesk {

std::optional<double> SaleProduct::unitPriceAmount() const
{
    return JsonReader::decimalToDouble(unitPrice);
}

Decoded<SaleProduct> SaleProduct::fromJson(const QJsonValue &json)
{
    JsonReader r(json);
    SaleProduct p;
    p.quantity = r.number("quantity");
    p.unitPrice = r.decimal("unit_price");
    p.productName = r.string("product_name");
    return r.result(std::move(p));
}

} // namespace repdesk
