#pragma once

#include "DateRange.h"
#include "Sale.h"
#include "SalesPipeline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace repdesk {

// Which sales a stage of an analytics pipeline counts. The API docs do not
// say: a stage's volume for a range could be the sales created in the range
// that are in that stage now (the sandbox's rule), the sales created in the
// range that ever reached it (the funnel the docs' example fits: its
// salesRate is Accepted over Qualified), or the sales that moved into it
// during the range. The client must not pick one and contradict the server,
// so the drill-down asks which of these rules rebuilds, from the sales it
// walked, every stage volume the server gave, and lists the sales of the
// rule that does; when none does, the page says so.
class PipelineRule
{
    Q_DECLARE_TR_FUNCTIONS(repdesk::PipelineRule)
public:
    enum class Rule {
        CreatedNowInStage,   // created in the range, counted in the stage it is in now
        CreatedReachedStage, // created in the range, counted in every stage it reached
        EnteredNowInStage,   // moved into its current stage during the range and still there
        EnteredStage,        // moved into the stage during the range (it may have moved on since)
    };

    // In the order they are tried: the sandbox's rule first.
    static QList<Rule> all();
    // The rule the list falls back to when no rule rebuilds the figures.
    static constexpr Rule kFallback = Rule::CreatedNowInStage;

    // Whether `sale` counts in `stage` for `range` by `rule`. Invalid ends do not limit the range.
    static bool counts(Rule rule, const Sale &sale, const QString &stage, const DateRange &range);
    // The first rule (trying `preferred` first) by which `sales` give every stage of `figures`
    // exactly its volume; nullopt when none does or the figures list no stage.
    static std::optional<Rule> match(const SalesPipeline &figures, const QList<Sale> &sales, const DateRange &range,
                                     std::optional<Rule> preferred = std::nullopt);

    // The drill-down's sentence for `count` sales listed by `rule` in the range labelled `range`:
    // "3 sales created in Last 7 days and now in this stage."
    static QString listCaption(Rule rule, int count, const QString &range);
};

} // namespace repdesk
