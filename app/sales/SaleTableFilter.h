#pragma once

#include "ListQuery.h"
#include "Sale.h"

#include <QDate>
#include <QString>

namespace repdesk {

// What the sales table is filtered by. The API's GET .../sales documents no filter of its own but
// the list routes' start_date/end_date, and says neither which date they compare (the sandbox
// compares last_activity_at) nor anything about stage or company; an owner's sales have their own
// route (GET .../agents/{id}/sales). So:
// - the owner goes to the API as that route, and the first created day as start_date: whichever
//   date the server compares, a sale's activity and status changes come after its creation, so no
//   sale created on or after that day is left out;
// - everything (the owner and the created days too) is also checked here on what is loaded,
//   exactly: the stage, the company, created_at between the first and the last day (both local
//   days included). end_date is never sent: a sale created before it may have activity after it.
struct SaleTableFilter
{
    QString stage;     // a stage label (SalesBoardModel::noStageLabel() for none); empty: any
    QString ownerId;   // empty: any owner
    QString companyId; // empty: any company
    QDate createdFrom; // invalid: no lower bound; local day, included
    QDate createdTo;   // invalid: no upper bound; local day, included

    bool isEmpty() const;
    // Whether a request can narrow the list (an owner or a first day): else the table shows the
    // organization's sales index as it is.
    bool asksServer() const { return !ownerId.isEmpty() || createdFrom.isValid(); }
    // The query for one page: limit, cursor, and start_date for the first day.
    ListQuery serverQuery(int limit, const QString &cursor) const;
    // Every condition, checked on a loaded sale.
    bool matches(const Sale &sale) const;
    // A first day after the last one: nothing can match, nothing is asked.
    bool isContradictory() const { return createdFrom.isValid() && createdTo.isValid() && createdFrom > createdTo; }

    bool operator==(const SaleTableFilter &other) const;
    bool operator!=(const SaleTableFilter &other) const { return !(*this == other); }
};

} // namespace repdesk
