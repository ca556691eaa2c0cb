#include "SaleCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace repdesk {

namespace {
QJsonValue timeValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QJsonValue textValue(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject statusJson(const SaleStatus &s)
{
    return QJsonObject{{QStringLiteral("label"), textValue(s.label)},
                       {QStringLiteral("status"), s.status.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.status)},
                       {QStringLiteral("changed_at"), timeValue(s.changedAt)}};
}

// A QuoteDetails built in code has no raw object: rebuild the documented halves.
QJsonValue quoteJson(const QuoteDetails &q)
{
    if (!q.raw.isEmpty())
        return q.raw;
    if (q.currency.isEmpty() && q.totalPrice.isEmpty() && q.products.isEmpty() && q.agentOverrides.isNull())
        return QJsonValue::Null;
    QJsonArray products;
    for (const SaleProduct &p : q.products) {
        products.append(QJsonObject{{QStringLiteral("quantity"), p.quantity},
                                    {QStringLiteral("unit_price"), textValue(p.unitPrice)},
                                    {QStringLiteral("product_name"), textValue(p.productName)}});
    }
    QJsonObject out{
        {QStringLiteral("output"), QJsonObject{{QStringLiteral("currency"), textValue(q.currency)},
                                               {QStringLiteral("total_price"), textValue(q.totalPrice)}}},
        {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("products"), products}}},
    };
    if (!q.agentOverrides.isNull() && !q.agentOverrides.isUndefined())
        out.insert(QStringLiteral("agent_overrides"), q.agentOverrides);
    return out;
}
} // namespace

QJsonObject SaleCodec::toJson(const Sale &s)
{
    QJsonArray contacts;
    for (const SaleContact &c : s.associatedContacts) {
        contacts.append(QJsonObject{{QStringLiteral("contact_id"), textValue(c.contactId)},
                                    {QStringLiteral("is_primary"), c.isPrimary}});
    }
    QJsonArray history;
    for (const SaleStatus &status : s.statusHistory)
        history.append(statusJson(status));
    return QJsonObject{
        {QStringLiteral("sale_id"), textValue(s.saleId)},
        {QStringLiteral("associated_conversation_ids"), QJsonArray::fromStringList(s.associatedConversationIds)},
        {QStringLiteral("company_id"), textValue(s.companyId)},
        {QStringLiteral("owner_id"), textValue(s.ownerId)},
        {QStringLiteral("associated_contacts"), contacts},
        {QStringLiteral("quote_details"), quoteJson(s.quoteDetails)},
        {QStringLiteral("custom_fields"), s.customFields},
        {QStringLiteral("current_status"), s.currentStatus ? QJsonValue(statusJson(*s.currentStatus)) : QJsonValue()},
        {QStringLiteral("status_history"), history},
        {QStringLiteral("created_at"), timeValue(s.createdAt)},
        {QStringLiteral("last_activity_at"), timeValue(s.lastActivityAt)},
    };
}

QByteArray SaleCodec::toBytes(const Sale &sale)
{
    return QJsonDocument(toJson(sale)).toJson(QJsonDocument::Compact);
}

std::optional<Sale> SaleCodec::fromBytes(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return std::nullopt;
    Decoded<Sale> decoded = Sale::fromJson(doc.object());
    if (!decoded.ok())
        return std::nullopt;
    return decoded.takeValue();
}

} // namespace repdesk
