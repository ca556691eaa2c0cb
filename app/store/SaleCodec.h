#pragma once

#include "Sale.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace repdesk {

// Sale -> the API's wire JSON, so Sale::fromJson reads a cached sale exactly
// like a fetched one. quote_details is written back whole from its raw
// object, so fields the record does not model survive the round trip.
class SaleCodec
{
public:
    static QJsonObject toJson(const Sale &sale);
    static QByteArray toBytes(const Sale &sale);
    // nullopt for a payload that no longer decodes (e.g. damaged by hand).
    static std::optional<Sale> fromBytes(const QByteArray &bytes);
};

} // namespace repdesk
