#include "SaleTableFilter.h"

#include "SalesBoardModel.h"

namespace repdesk {

bool SaleTableFilter::isEmpty() const
{
    return stage.isEmpty() && ownerId.isEmpty() && companyId.isEmpty() && !createdFrom.isValid() && !createdTo.isValid();
}

bool SaleTableFilter::operator==(const SaleTableFilter &other) const
{
    return stage == other.stage && ownerId == other.ownerId && companyId == other.companyId
        && createdFrom == other.createdFrom && createdTo == other.createdTo;
}

ListQuery SaleTableFilter::serverQuery(int limit, const QString &cursor) const
{
    ListQuery query;
    query.limit = limit;
    query.cursor = cursor;
    if (createdFrom.isValid())
        query.startDate = createdFrom.startOfDay().toUTC(); // the local day's first moment
    return query;
}

bool SaleTableFilter::matches(const Sale &sale) const
{
    if (!stage.isEmpty()) {
        const QString label = sale.currentStatus && !sale.currentStatus->label.isEmpty() ? sale.currentStatus->label
                                                                                         : SalesBoardModel::noStageLabel();
        if (label != stage)
            return false;
    }
    if (!ownerId.isEmpty() && sale.ownerId != ownerId)
        return false;
    if (!companyId.isEmpty() && sale.companyId != companyId)
        return false;
    if (createdFrom.isValid() || createdTo.isValid()) {
        // A sale without a creation time cannot be said to fall in the range.
        if (!sale.createdAt.isValid())
            return false;
        const QDate day = sale.createdAt.toLocalTime().date();
        if ((createdFrom.isValid() && day < createdFrom) || (createdTo.isValid() && day > createdTo))
            return false;
    }
    return true;
}

} // namespace repdesk
