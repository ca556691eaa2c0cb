#include "SandboxDatabase.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace repdesk {

namespace {

Q_LOGGING_CATEGORY(lcSandboxDb, "repdesk.sandbox.db")

// Timestamps are INTEGER microseconds (UTC); JSON-valued fields are TEXT holding compact JSON.
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS organizations (id TEXT PRIMARY KEY, uuid TEXT, name TEXT NOT NULL,"
    " position INTEGER, email_credentials INTEGER, text_credentials INTEGER, tenant INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS agents (id TEXT PRIMARY KEY, org_id TEXT, name TEXT, email TEXT,"
    " position INTEGER)",
    "CREATE TABLE IF NOT EXISTS companies (id TEXT PRIMARY KEY, org_id TEXT, name TEXT, domain TEXT,"
    " custom_fields TEXT, address TEXT, agent_id TEXT, created_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS contacts (id TEXT PRIMARY KEY, org_id TEXT, name TEXT, email TEXT,"
    " phone_number TEXT, created_at INTEGER, company_id TEXT, custom_fields TEXT, company_role TEXT)",
    "CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, org_id TEXT, contact_id TEXT,"
    " agent_id TEXT, modality TEXT, subject TEXT, start_at INTEGER, last_activity_at INTEGER,"
    " folder TEXT, is_read INTEGER)",
    "CREATE TABLE IF NOT EXISTS messages (id TEXT NOT NULL, org_id TEXT, conversation_id TEXT,"
    " agent_id TEXT, modality TEXT, direction TEXT, is_form_request INTEGER, subject TEXT, content TEXT,"
    " call_transcript TEXT, form_request_body TEXT, sent_at INTEGER, drafted_at INTEGER,"
    " email_message_id TEXT, cc_emails TEXT, bcc_emails TEXT, duration INTEGER, tracked_links TEXT)",
    "CREATE TABLE IF NOT EXISTS response_drafts (id TEXT PRIMARY KEY, org_id TEXT, conversation_id TEXT,"
    " agent_id TEXT, body_html TEXT, cc_emails TEXT, bcc_emails TEXT, add_notification INTEGER,"
    " scheduled_send_at INTEGER, created_at INTEGER, state TEXT, message_id TEXT)",
    "CREATE TABLE IF NOT EXISTS message_drafts (id TEXT PRIMARY KEY, org_id TEXT, agent_id TEXT,"
    " modality TEXT, subject TEXT, body_html TEXT, recipient_name TEXT, recipient_email TEXT,"
    " recipient_phone_number TEXT, cc_emails TEXT, bcc_emails TEXT, add_notification INTEGER,"
    " scheduled_send_at INTEGER, folder TEXT, created_at INTEGER, state TEXT)",
    "CREATE TABLE IF NOT EXISTS sales (id TEXT PRIMARY KEY, org_id TEXT, company_id TEXT, owner_id TEXT,"
    " conversation_ids TEXT, contacts TEXT, quote_details TEXT, custom_fields TEXT, status_label TEXT,"
    " status_code TEXT, status_changed_at INTEGER, status_history TEXT, total_cents INTEGER,"
    " is_draft INTEGER, created_at INTEGER, last_activity_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS audit_logs (id TEXT PRIMARY KEY, org_id TEXT, occurred_at INTEGER,"
    " agent_id TEXT, action_type TEXT, record_type TEXT, record_id TEXT, changes TEXT)",
};

// Built after the bulk insert of the demo data: sorting once is far cheaper than growing
// B-trees keyed by long random ids row by row.
const char *const kIndexes[] = {
    "CREATE INDEX IF NOT EXISTS conversations_by_activity ON conversations (org_id, last_activity_at)",
    "CREATE INDEX IF NOT EXISTS conversations_by_contact ON conversations (contact_id)",
    "CREATE INDEX IF NOT EXISTS conversations_by_agent ON conversations (agent_id)",
    "CREATE INDEX IF NOT EXISTS messages_by_conversation ON messages (conversation_id, sent_at)",
    "CREATE INDEX IF NOT EXISTS messages_by_org_time ON messages (org_id, sent_at)",
    "CREATE INDEX IF NOT EXISTS contacts_by_org ON contacts (org_id, created_at)",
    "CREATE INDEX IF NOT EXISTS companies_by_org ON companies (org_id, created_at)",
    "CREATE INDEX IF NOT EXISTS sales_by_org ON sales (org_id, last_activity_at)",
    "CREATE INDEX IF NOT EXISTS audit_by_org ON audit_logs (org_id, occurred_at)",
    "CREATE INDEX IF NOT EXISTS response_drafts_by_conversation ON response_drafts (conversation_id)",
};

} // namespace

SandboxDatabase::SandboxDatabase()
    : m_connectionName(QStringLiteral("repdesk-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxDatabase::~SandboxDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::open(const QString &dataDir, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (dataDir.isEmpty()) {
        db.setDatabaseName(QStringLiteral(":memory:"));
    } else {
        if (!QDir().mkpath(dataDir)) {
            if (error)
                *error = QStringLiteral("Cannot create data directory %1").arg(dataDir);
            return false;
        }
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("hyperrep-sandbox.sqlite")));
    }
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("Cannot open the sandbox database: %1").arg(db.lastError().text());
        return false;
    }
    // Durability is irrelevant for a test server; generation speed is not.
    exec(QStringLiteral("PRAGMA synchronous = OFF"));
    exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!dataDir.isEmpty())
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    return createSchema(error);
}

bool SandboxDatabase::createSchema(QString *error) const
{
    for (const char *statement : kSchema) {
        QSqlQuery query(handle());
        if (!query.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = QStringLiteral("Cannot create the sandbox schema: %1").arg(query.lastError().text());
            return false;
        }
    }
    // A data dir written before tenants existed: all of its organizations are the first key's.
    if (!scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('organizations') WHERE name = 'tenant'")).toInt()
        && !exec(QStringLiteral("ALTER TABLE organizations ADD COLUMN tenant INTEGER NOT NULL DEFAULT 0"))) {
        if (error)
            *error = QStringLiteral("Cannot add tenants to the sandbox schema");
        return false;
    }
    return true;
}

bool SandboxDatabase::createIndexes() const
{
    for (const char *statement : kIndexes) {
        if (!exec(QString::fromLatin1(statement)))
            return false;
    }
    return true;
}

bool SandboxDatabase::isEmpty() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM organizations")).toLongLong() == 0;
}

bool SandboxDatabase::hasTenant(SandboxTenant tenant) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM organizations WHERE tenant = ?"), {int(tenant)}).toLongLong() > 0;
}

QSqlQuery SandboxDatabase::prepare(const QString &sql) const
{
    QSqlQuery query(handle());
    if (!query.prepare(sql))
        qCWarning(lcSandboxDb) << "prepare failed:" << sql << query.lastError().text();
    return query;
}

QSqlQuery SandboxDatabase::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcSandboxDb) << "prepare failed:" << sql << query.lastError().text();
        return query;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcSandboxDb) << "exec failed:" << sql << query.lastError().text();
    return query;
}

bool SandboxDatabase::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = run(sql, binds);
    return query.isActive();
}

QList<QVariantMap> SandboxDatabase::rows(const QString &sql, const QVariantList &binds) const
{
    QList<QVariantMap> result;
    QSqlQuery query = run(sql, binds);
    const QSqlRecord record = query.record();
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    while (query.next()) {
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i)
            row.insert(names.at(i), query.value(i));
        result.append(row);
    }
    return result;
}

std::optional<QVariantMap> SandboxDatabase::row(const QString &sql, const QVariantList &binds) const
{
    const QList<QVariantMap> all = rows(sql, binds);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

QVariant SandboxDatabase::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = run(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

bool SandboxDatabase::transaction() const
{
    return handle().transaction();
}

bool SandboxDatabase::commit() const
{
    return handle().commit();
}

void SandboxDatabase::rollback() const
{
    handle().rollback();
}

QString SandboxDatabase::metaValue(const QString &key) const
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void SandboxDatabase::setMetaValue(const QString &key, const QString &value) const
{
    exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, value});
}

} // namespace repdesk
