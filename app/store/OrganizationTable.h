#pragma once

#include "Organization.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

namespace repdesk {

// The account-level list of organizations, kept in the server's order.
class OrganizationTable
{
public:
    // GET /organizations is not paginated, so a save replaces the whole list.
    static bool replaceAll(QSqlDatabase &db, const QList<Organization> &items, QSqlError *error);
    static QList<Organization> all(const QSqlDatabase &db, QSqlError *error);
};

} // namespace repdesk
