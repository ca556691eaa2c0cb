#pragma once

#include "Contact.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace repdesk {

// Contact <-> row of the `contacts` table; custom_fields as compact JSON text.
class ContactTable
{
public:
    // Items without an id are skipped.
    static bool upsert(QSqlDatabase &db, const QList<Contact> &items, QSqlError *error);
    static std::optional<Contact> find(const QSqlDatabase &db, const QString &contactId, QSqlError *error);
    static QHash<QString, Contact> all(const QSqlDatabase &db, QSqlError *error);
};

} // namespace repdesk
