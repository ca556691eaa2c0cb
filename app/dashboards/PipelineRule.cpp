#include "PipelineRule.h"

#include <QHash>
#include <QSet>

namespace repdesk {

namespace {
bool within(const QDateTime &at, const DateRange &range)
{
    if (!at.isValid())
        return !range.start.isValid() && !range.end.isValid();
    return (!range.start.isValid() || at >= range.start) && (!range.end.isValid() || at < range.end);
}

// Every stage a sale has been in: its history and its current status (a history may be cut short).
QSet<QString> stagesReached(const Sale &sale)
{
    QSet<QString> stages;
    for (const SaleStatus &status : sale.statusHistory)
        stages.insert(status.label);
    if (sale.currentStatus)
        stages.insert(sale.currentStatus->label);
    return stages;
}

// The stages `sale` counts in by `rule` (each once).
QSet<QString> stagesCounted(PipelineRule::Rule rule, const Sale &sale, const DateRange &range)
{
    using Rule = PipelineRule::Rule;
    QSet<QString> stages;
    switch (rule) {
    case Rule::CreatedNowInStage:
        if (sale.currentStatus && within(sale.createdAt, range))
            stages.insert(sale.currentStatus->label);
        break;
    case Rule::CreatedReachedStage:
        if (within(sale.createdAt, range))
            stages = stagesReached(sale);
        break;
    case Rule::EnteredNowInStage:
        if (sale.currentStatus && within(sale.currentStatus->changedAt, range))
            stages.insert(sale.currentStatus->label);
        break;
    case Rule::EnteredStage:
        for (const SaleStatus &status : sale.statusHistory) {
            if (within(status.changedAt, range))
                stages.insert(status.label);
        }
        if (sale.currentStatus && within(sale.currentStatus->changedAt, range))
            stages.insert(sale.currentStatus->label);
        break;
    }
    return stages;
}
} // namespace

QList<PipelineRule::Rule> PipelineRule::all()
{
    return {Rule::CreatedNowInStage, Rule::CreatedReachedStage, Rule::EnteredNowInStage, Rule::EnteredStage};
}

bool PipelineRule::counts(Rule rule, const Sale &sale, const QString &stage, const DateRange &range)
{
    return stagesCounted(rule, sale, range).contains(stage);
}

std::optional<PipelineRule::Rule> PipelineRule::match(const SalesPipeline &figures, const QList<Sale> &sales,
                                                      const DateRange &range, std::optional<Rule> preferred)
{
    if (figures.pipeline.isEmpty())
        return std::nullopt;
    QList<Rule> order = all();
    if (preferred) {
        order.removeAll(*preferred);
        order.prepend(*preferred);
    }
    for (Rule rule : std::as_const(order)) {
        QHash<QString, int> counted;
        for (const Sale &sale : sales) {
            const QSet<QString> stages = stagesCounted(rule, sale, range);
            for (const QString &stage : stages)
                ++counted[stage];
        }
        // Every stage the server lists; stages it does not list are its business.
        bool everyStage = true;
        for (const PipelineStage &stage : figures.pipeline)
            everyStage = everyStage && counted.value(stage.name) == stage.volume;
        if (everyStage)
            return rule;
    }
    return std::nullopt;
}

QString PipelineRule::listCaption(Rule rule, int count, const QString &range)
{
    switch (rule) {
    case Rule::CreatedNowInStage:
        //: The drill-down's rows: %n = number of sales, %1 = the range ("Last 30 days")
        return tr("%n sale(s) created in %1 and now in this stage.", nullptr, count).arg(range);
    case Rule::CreatedReachedStage:
        //: The drill-down's rows: %n = number of sales, %1 = the range ("Last 30 days")
        return tr("%n sale(s) created in %1 that reached this stage.", nullptr, count).arg(range);
    case Rule::EnteredNowInStage:
        //: The drill-down's rows: %n = number of sales, %1 = the range ("Last 30 days")
        return tr("%n sale(s) that moved into this stage in %1 and are still in it.", nullptr, count).arg(range);
    case Rule::EnteredStage:
        //: The drill-down's rows: %n = number of sales, %1 = the range ("Last 30 days")
        return tr("%n sale(s) that moved into this stage in %1.", nullptr, count).arg(range);
    }
    return {};
}

} // namespace repdesk
