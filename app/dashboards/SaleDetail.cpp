#include "SaleDetail.h"

#include "AuditLog.h"

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
} // namespace

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
