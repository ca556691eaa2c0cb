#pragma once

#include "SandboxTenant.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace repdesk {

// The sandbox's SQLite store: schema and small query helpers. A connection belongs to the
// thread that opened it, so the server opens it in start() on its own thread.
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    // Empty dataDir: private in-memory database. Otherwise a file in dataDir, created or reused.
    bool open(const QString &dataDir, QString *error);
    bool isEmpty() const;
    bool hasTenant(SandboxTenant tenant) const; // whether that tenant's organizations were generated
    // Secondary indexes; call once the bulk data is in (idempotent).
    bool createIndexes() const;
    QSqlDatabase handle() const { return QSqlDatabase::database(m_connectionName, false); }

    QSqlQuery prepare(const QString &sql) const;
    bool exec(const QString &sql, const QVariantList &binds = {}) const;
    QList<QVariantMap> rows(const QString &sql, const QVariantList &binds = {}) const;
    std::optional<QVariantMap> row(const QString &sql, const QVariantList &binds = {}) const;
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

    bool transaction() const;
    bool commit() const;
    void rollback() const;

    QString metaValue(const QString &key) const;
    void setMetaValue(const QString &key, const QString &value) const;

private:
    bool createSchema(QString *error) const;
    QSqlQuery run(const QString &sql, const QVariantList &binds) const;

    QString m_connectionName;
};

} // namespace repdesk
