#pragma once

#include "Agent.h"
#include "Sale.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace repdesk {

struct AuditLog;

// What the drill-down shows about one sale: its quote lines (quantity × unit
// price), totals and currency, and its status history with when and, where
// the audit log says so, who. Amounts keep the server's exact decimal text
// next to their numeric value.
struct SaleDetail
{
    struct Line
    {
        QString product;
        double quantity = 0;
        QString unitPrice;                  // exact decimal text as sent
        std::optional<double> unitAmount;   // nullopt when the text is not a number
        std::optional<double> lineTotal;    // quantity × unit price
    };
    struct StatusChange
    {
        QString label;      // stage name
        QString status;     // system code, may be empty
        QDateTime changedAt;
        QString agentId;    // who made the change; empty when unknown
        QString agentName;  // empty when unknown
    };

    bool valid = false;
    QString saleId;
    QString ownerId;
    QString ownerName;     // empty when the agent is unknown
    QString currency;      // ISO code of this sale; may be empty
    QString totalPrice;    // exact decimal text of quote_details.output.total_price
    std::optional<double> total;
    std::optional<double> linesTotal; // sum of the lines that have an amount
    QList<Line> lines;
    QString currentStage;
    QString currentStatus;
    QList<StatusChange> history; // oldest first
    QDateTime createdAt;
    QDateTime lastActivityAt;
    QStringList conversationIds;
    QString primaryContactId;
    QList<QPair<QString, QString>> customFields;
    // What the quote says beyond its products and total (agent_overrides and any field this
    // client does not model), as (readable path, value) pairs: nothing the server sent is hidden.
    QList<QPair<QString, QString>> quoteFields;

    // The quote total and the sum of its lines agree (to the cent), or one is missing.
    bool totalsAgree() const;

    static QList<QPair<QString, QString>> quoteFieldPairs(const QJsonObject &quoteDetails);
    static SaleDetail fromSale(const Sale &sale, const QHash<QString, Agent> &agents = {});
    // Fills who made each status change from the sale's audit log entries
    // (a "status" change to the same label within a minute). Returns how many
    // changes got a name or id.
    int attribute(const QList<AuditLog> &logs, const QHash<QString, Agent> &agents = {});
};

} // namespace repdesk
