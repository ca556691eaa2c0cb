#include "AgentTable.h"

#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QSqlQuery>

namespace repdesk {

bool AgentTable::upsert(QSqlDatabase &db, const QList<Agent> &items, QSqlError *error)
{
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    const bool prepared = transaction.isActive()
        && query.prepare(QStringLiteral("INSERT OR REPLACE INTO agents (agent_id, name, email) VALUES (?, ?, ?)"));
    if (!prepared)
        return transaction.fail(query, error);
    for (const Agent &a : items) {
        if (a.agentId.isEmpty())
            continue;
        query.bindValue(0, a.agentId);
        query.bindValue(1, SqlValue::fromText(a.name));
        query.bindValue(2, SqlValue::fromText(a.email));
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

QHash<QString, Agent> AgentTable::all(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT agent_id, name, email FROM agents"))) {
        *error = query.lastError();
        return {};
    }
    QHash<QString, Agent> out;
    while (query.next()) {
        Agent a;
        a.agentId = query.value(0).toString();
        a.name = query.value(1).toString();
        a.email = query.value(2).toString();
        out.insert(a.agentId, a);
    }
    return out;
}

} // namespace repdesk
