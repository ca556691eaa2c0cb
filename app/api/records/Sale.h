#pragma once

#include "Decoded.h"
#include "QuoteDetails.h"
#include "SaleContact.h"
#include "SaleStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace repdesk {

// A (non-draft) sale, from the sales and agent-sales routes.
struct Sale
{
    QString saleId;
    QStringList associatedConversationIds;
    QString companyId;
    QString ownerId;
    QList<SaleContact> associatedContacts;
    QuoteDetails quoteDetails;
    // Organization-defined, arbitrary JSON: kept whole so nothing is lost.
    QJsonObject customFields;
    std::optional<SaleStatus> currentStatus;
    // Oldest first, as sent.
    QList<SaleStatus> statusHistory;
    QDateTime createdAt;
    QDateTime lastActivityAt;

    // For display: non-string values rendered as compact JSON text.
    QList<QPair<QString, QString>> customFieldPairs() const;
    // The contact flagged is_primary, else the first one; empty if none.
    QString primaryContactId() const;

    static Decoded<Sale> fromJson(const QJsonValue &json);
};

} // namespace repdesk
