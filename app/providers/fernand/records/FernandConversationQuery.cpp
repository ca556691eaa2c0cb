#include "FernandConversationQuery.h"

namespace repdesk {

QString FernandConversationQuery::queryText() const
{
    QStringList terms;
    if (!status.isEmpty())
        terms << QStringLiteral("status:") + status.toLower();
    if (!assignedEmail.isEmpty())
        terms << QStringLiteral("assigned:") + assignedEmail;
    if (unassigned)
        terms << QStringLiteral("unassigned:true");
    if (!tag.isEmpty())
        terms << QStringLiteral("tag:") + tag;
    const QString words = keywords.simplified();
    if (!words.isEmpty())
        terms << words;
    return terms.join(QLatin1Char(' '));
}

QString FernandConversationQuery::orderName(Order order)
{
    switch (order) {
    case Order::Default: return {};
    case Order::Priority: return QStringLiteral("priority");
    case Order::Oldest: return QStringLiteral("oldest");
    case Order::Newest: return QStringLiteral("newest");
    case Order::Longest: return QStringLiteral("longest");
    }
    return {};
}

void FernandConversationQuery::applyTo(RequestSpec &spec) const
{
    if (limit > 0)
        spec.addQuery(QStringLiteral("limit"), qBound(3, limit, 250));
    spec.addQuery(QStringLiteral("cursor"), cursor);
    spec.addQuery(QStringLiteral("query"), queryText());
    spec.addQuery(QStringLiteral("order"), orderName(order));
}

} // namespace repdesk
