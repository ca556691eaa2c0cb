#include "JournalTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QVariant>

namespace repdesk {

namespace {
const QString kColumns = QStringLiteral(
    "organization_id, key, html, cc_emails, bcc_emails, add_notification, modality, subject, to_name,"
    " to_email, to_phone, folder, updated_at, saved_to_server, server_draft_id, server_body_html,"
    " server_created_at, send_attempted_at");
constexpr int kColumnCount = 18;
// Layout 1 had no send marker; a salvaged file of that layout reads it as NULL.
const QString kColumnsV1 = QString(kColumns).replace(QStringLiteral(", send_attempted_at"),
                                                      QStringLiteral(", NULL AS send_attempted_at"));
// Owned by setSendAttempted(): an upsert (an edit being staged) never changes it on an existing row.
const QString kMarkerColumn = QStringLiteral("send_attempted_at");

// SQLite lets NULLs repeat in a non-integer primary key, so a null QString
// (which Qt binds as NULL) would defeat the upsert.
QString keyText(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString encodeList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList decodeList(const QVariant &value)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    for (const QJsonValue &v : doc.array()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QVariant encodeTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime decodeTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

void bindEntry(QSqlQuery &q, const JournalEntry &e)
{
    const QVariant values[kColumnCount] = {
        keyText(e.organizationId), keyText(e.key), e.html, encodeList(e.ccEmails), encodeList(e.bccEmails),
        e.addNotification ? 1 : 0, e.modality, e.subject, e.toName, e.toEmail, e.toPhone, e.folder,
        encodeTime(e.updatedAt), e.savedToServer ? 1 : 0, e.serverDraftId, e.serverBodyHtml,
        encodeTime(e.serverCreatedAt), encodeTime(e.sendAttemptedAt),
    };
    for (int i = 0; i < kColumnCount; ++i)
        q.bindValue(i, values[i]);
}

JournalEntry readEntry(const QSqlQuery &q)
{
    JournalEntry e;
    e.organizationId = q.value(0).toString();
    e.key = q.value(1).toString();
    e.html = q.value(2).toString();
    e.ccEmails = decodeList(q.value(3));
    e.bccEmails = decodeList(q.value(4));
    e.addNotification = q.value(5).toInt() != 0;
    e.modality = q.value(6).toString();
    e.subject = q.value(7).toString();
    e.toName = q.value(8).toString();
    e.toEmail = q.value(9).toString();
    e.toPhone = q.value(10).toString();
    e.folder = q.value(11).toString();
    e.updatedAt = decodeTime(q.value(12));
    e.savedToServer = q.value(13).toInt() != 0;
    e.serverDraftId = q.value(14).toString();
    e.serverBodyHtml = q.value(15).toString();
    e.serverCreatedAt = decodeTime(q.value(16));
    e.sendAttemptedAt = decodeTime(q.value(17));
    return e;
}

QString upsertSql(const QString &conflictClause)
{
    return QStringLiteral("INSERT INTO drafts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) %2")
        .arg(kColumns, conflictClause);
}
} // namespace

JournalDatabase::Layout JournalTable::layout()
{
    JournalDatabase::Layout l;
    // 2: send_attempted_at, the marker of a Send whose outcome is not known yet.
    l.version = 2;
    // A rowid table, not WITHOUT ROWID: a draft can be 100 KB of HTML.
    l.create = {QStringLiteral(
        "CREATE TABLE drafts (organization_id TEXT NOT NULL, key TEXT NOT NULL, html TEXT, cc_emails TEXT,"
        " bcc_emails TEXT, add_notification INTEGER NOT NULL DEFAULT 0, modality TEXT, subject TEXT,"
        " to_name TEXT, to_email TEXT, to_phone TEXT, folder TEXT, updated_at INTEGER,"
        " saved_to_server INTEGER NOT NULL DEFAULT 0, server_draft_id TEXT, server_body_html TEXT,"
        " server_created_at INTEGER, send_attempted_at INTEGER, PRIMARY KEY (organization_id, key))")};
    l.upgrades = {{QStringLiteral("ALTER TABLE drafts ADD COLUMN send_attempted_at INTEGER")}};
    l.probes = {QStringLiteral("SELECT %1 FROM drafts LIMIT 0").arg(kColumns)};
    return l;
}

JournalTable::JournalTable(const QSqlDatabase &db)
    : m_db(db), m_upsert(m_db), m_find(m_db), m_list(m_db), m_markSaved(m_db), m_markSend(m_db), m_remove(m_db)
{
    QStringList updates;
    for (const QString &column : kColumns.split(QLatin1Char(','))) {
        const QString c = column.trimmed();
        if (c != QLatin1String("organization_id") && c != QLatin1String("key") && c != kMarkerColumn)
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    const struct
    {
        QSqlQuery *query;
        QString sql;
    } statements[] = {
        {&m_upsert, upsertSql(QStringLiteral("ON CONFLICT (organization_id, key) DO UPDATE SET ") + updates.join(QStringLiteral(", ")))},
        {&m_find, QStringLiteral("SELECT %1 FROM drafts WHERE organization_id = ? AND key = ?").arg(kColumns)},
        {&m_list, QStringLiteral("SELECT %1 FROM drafts WHERE organization_id = ? ORDER BY updated_at DESC, key").arg(kColumns)},
        {&m_markSaved, QStringLiteral("UPDATE drafts SET saved_to_server = (COALESCE(html, '') = COALESCE(?, '')),"
                                      " server_draft_id = ?, server_body_html = ?, server_created_at = ?"
                                      " WHERE organization_id = ? AND key = ?")},
        {&m_markSend, QStringLiteral("UPDATE drafts SET send_attempted_at = ? WHERE organization_id = ? AND key = ?")},
        {&m_remove, QStringLiteral("DELETE FROM drafts WHERE organization_id = ? AND key = ?")},
    };
    m_ready = true;
    for (const auto &s : statements) {
        if (!s.query->prepare(s.sql)) {
            m_error = s.query->lastError();
            m_ready = false;
            return;
        }
    }
}

int JournalTable::unsavedCount()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM drafts WHERE saved_to_server = 0")) || !q.next()) {
        m_error = q.lastError();
        return 0;
    }
    return q.value(0).toInt();
}

bool JournalTable::run(QSqlQuery &query)
{
    if (!m_ready)
        return false;
    if (!query.exec()) {
        m_error = query.lastError();
        return false;
    }
    m_error = QSqlError();
    return true;
}

bool JournalTable::upsert(const JournalEntry &entry)
{
    bindEntry(m_upsert, entry);
    return run(m_upsert);
}

std::optional<JournalEntry> JournalTable::find(const QString &organizationId, const QString &key)
{
    m_find.bindValue(0, keyText(organizationId));
    m_find.bindValue(1, keyText(key));
    if (!run(m_find))
        return std::nullopt;
    std::optional<JournalEntry> out;
    if (m_find.next())
        out = readEntry(m_find);
    // A statement left open would pin an old WAL snapshot.
    m_find.finish();
    return out;
}

QList<JournalEntry> JournalTable::list(const QString &organizationId)
{
    QList<JournalEntry> out;
    m_list.bindValue(0, keyText(organizationId));
    if (!run(m_list))
        return out;
    while (m_list.next())
        out.append(readEntry(m_list));
    m_list.finish();
    return out;
}

bool JournalTable::markSaved(const QString &organizationId, const QString &key, const QString &serverDraftId,
                             const QString &serverBodyHtml, const QDateTime &serverCreatedAt)
{
    m_markSaved.bindValue(0, serverBodyHtml);
    m_markSaved.bindValue(1, serverDraftId);
    m_markSaved.bindValue(2, serverBodyHtml);
    m_markSaved.bindValue(3, encodeTime(serverCreatedAt));
    m_markSaved.bindValue(4, keyText(organizationId));
    m_markSaved.bindValue(5, keyText(key));
    return run(m_markSaved);
}

bool JournalTable::setSendAttempted(const QString &organizationId, const QString &key, const QDateTime &at)
{
    m_markSend.bindValue(0, encodeTime(at));
    m_markSend.bindValue(1, keyText(organizationId));
    m_markSend.bindValue(2, keyText(key));
    return run(m_markSend);
}

bool JournalTable::remove(const QString &organizationId, const QString &key)
{
    m_remove.bindValue(0, keyText(organizationId));
    m_remove.bindValue(1, keyText(key));
    return run(m_remove);
}

int JournalTable::salvage(const QString &filePath)
{
    if (!m_ready)
        return 0;
    QSqlDatabase old = JournalDatabase::openReadOnly(filePath, QStringLiteral("salvage"));
    if (!old.isValid())
        return 0;
    int copied = 0;
    {
        QSqlQuery read(old);
        QSqlQuery insert(m_db);
        // Reads until the first damaged page answers an error: every row before it is worth having.
        const bool readable = read.exec(QStringLiteral("SELECT %1 FROM drafts").arg(kColumns))
            || read.exec(QStringLiteral("SELECT %1 FROM drafts").arg(kColumnsV1));
        if (readable
            && insert.prepare(upsertSql(QStringLiteral("ON CONFLICT (organization_id, key) DO NOTHING")))) {
            while (read.next()) {
                bindEntry(insert, readEntry(read));
                if (insert.exec() && insert.numRowsAffected() > 0)
                    ++copied;
            }
        }
    }
    JournalDatabase::closeReadOnly(old);
    return copied;
}

} // namespace repdesk
