#pragma once

#include "Company.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace repdesk {

// Company <-> row of the `companies` table; custom_fields as compact JSON text.
class CompanyTable
{
public:
    // Items without an id are skipped.
    static bool upsert(QSqlDatabase &db, const QList<Company> &items, QSqlError *error);
    static std::optional<Company> find(const QSqlDatabase &db, const QString &companyId, QSqlError *error);
};

} // namespace repdesk
