#include "SaleDetail.h"

#include "AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>
#include <limits>

namespace repdesk {

namespace {
constexpr qint64 kMatchWindowMs = 60 * 1000;

QString nameOf(const QHash<QString, Agent> &agents, const QString &agentId)
{
    const auto it = agents.constFind(agentId);
    if (it == agents.constEnd())
        return {};
    return it->name.trimmed().isEmpty() ? it->email : it->name.trimmed();
}
QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// "agent_overrides" → "agent overrides": keys are read by people here.
QString readable(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

void flatten(const QJsonObject &object, const QString &prefix, const QSet<QString> &skip,
             QList<QPair<QString, QString>> *out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (skip.contains(path))
            continue;
        const QString label = prefix.isEmpty() ? readable(it.key()) : readable(prefix) + QStringLiteral(" › ") + readable(it.key());
        // One level down (agent_overrides.discount_percent); deeper values stay compact JSON.
        if (it->isObject() && prefix.isEmpty())
            flatten(it->toObject(), it.key(), skip, out);
        else
            out->append({label, valueText(*it)});
    }
}
} // namespace

QList<QPair<QString, QString>> SaleDetail::quoteFieldPairs(const QJsonObject &quoteDetails)
{
    // The products, currency and total are shown in their own places.
    static const QSet<QString> shown{QStringLiteral("output.currency"), QStringLiteral("output.total_price"),
                                     QStringLiteral("arguments.products")};
    QList<QPair<QString, QString>> pairs;
    flatten(quoteDetails, QString(), shown, &pairs);
    return pairs;
}

bool SaleDetail::totalsAgree() const
{
    if (!total || !linesTotal)
        return true;
    return std::abs(*total - *linesTotal) < 0.005;
}

SaleDetail SaleDetail::fromSale(const Sale &sale, const QHash<QString, Agent> &agents)
{
    SaleDetail d;
    d.valid = !sale.saleId.isEmpty();
    d.saleId = sale.saleId;
    d.ownerId = sale.ownerId;
    d.ownerName = nameOf(agents, sale.ownerId);
    d.currency = sale.quoteDetails.currency.trimmed().toUpper();
    d.totalPrice = sale.quoteDetails.totalPrice;
    d.total = sale.quoteDetails.totalPriceAmount();
    for (const SaleProduct &p : sale.quoteDetails.products) {
        Line line;
        line.product = p.productName;
        line.quantity = p.quantity;
        line.unitPrice = p.unitPrice;
        line.unitAmount = p.unitPriceAmount();
        if (line.unitAmount) {
            line.lineTotal = p.quantity * *line.unitAmount;
            d.linesTotal = d.linesTotal.value_or(0.0) + *line.lineTotal;
        }
        d.lines.append(line);
    }
    if (sale.currentStatus) {
        d.currentStage = sale.currentStatus->label;
        d.currentStatus = sale.currentStatus->status;
    }
    for (const SaleStatus &s : sale.statusHistory)
        d.history.append({s.label, s.status, s.changedAt, {}, {}});
    d.createdAt = sale.createdAt;
    d.lastActivityAt = sale.lastActivityAt;
    d.conversationIds = sale.associatedConversationIds;
    d.primaryContactId = sale.primaryContactId();
    d.customFields = sale.customFieldPairs();
    d.quoteFields = quoteFieldPairs(sale.quoteDetails.raw);
    return d;
}

int SaleDetail::attribute(const QList<AuditLog> &logs, const QHash<QString, Agent> &agents)
{
    int attributed = 0;
    for (StatusChange &change : history) {
        if (!change.changedAt.isValid())
            continue;
        qint64 best = std::numeric_limits<qint64>::max();
        const AuditLog *match = nullptr;
        for (const AuditLog &log : logs) {
            if (log.record.type != QLatin1String("sale") || log.record.id != saleId || log.agentId.isEmpty())
                continue;
            for (const AuditChange &c : log.changes) {
                if (c.field != QLatin1String("status") || c.toText() != change.label)
                    continue;
                const qint64 gap = std::abs(log.occurredAt.msecsTo(change.changedAt));
                if (gap <= kMatchWindowMs && gap < best) {
                    best = gap;
                    match = &log;
                }
            }
        }
        if (match) {
            change.agentId = match->agentId;
            change.agentName = nameOf(agents, match->agentId);
            ++attributed;
        }
    }
    return attributed;
}

} // namespace repdesk
