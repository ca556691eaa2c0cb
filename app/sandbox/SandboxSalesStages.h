#pragma once

#include <QList>
#include <QString>

namespace repdesk {

// The demo organizations' sales pipeline: an organization-defined label plus a system status code.
class SandboxSalesStages
{
public:
    struct Stage
    {
        QString label;
        QString status; // empty: null in JSON
    };
    enum Index { Qualified, Quoted, Negotiation, Accepted, Lost };

    static const QList<Stage> &all()
    {
        static const QList<Stage> stages{
            {QStringLiteral("Qualified"), QString()},
            {QStringLiteral("Quoted"), QStringLiteral("quote_sent")},
            {QStringLiteral("Negotiation"), QString()},
            {QStringLiteral("Accepted"), QStringLiteral("accepted")},
            {QStringLiteral("Lost"), QStringLiteral("lost")},
        };
        return stages;
    }
};

} // namespace repdesk
