#pragma once

#include "Agent.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace repdesk {

// Agent <-> row of the `agents` table.
class AgentTable
{
public:
    // Items without an id are skipped.
    static bool upsert(QSqlDatabase &db, const QList<Agent> &items, QSqlError *error);
    static QHash<QString, Agent> all(const QSqlDatabase &db, QSqlError *error);
};

} // namespace repdesk
