#include "OutboxTable.h"

#include "LogCategories.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace repdesk {

namespace {
const QString kColumns = QStringLiteral("id, kind, organization_id, key, target_id, body, attempts, last_error, created_at");

std::optional<OutboxItem::Kind> kindFromName(const QString &name)
{
    for (auto kind : {OutboxItem::Kind::SaveResponseDraft, OutboxItem::Kind::DeleteResponseDraft,
                      OutboxItem::Kind::CreateMessageDraft, OutboxItem::Kind::DeleteMessageDraft}) {
        if (OutboxTable::kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString bodyText(const QJsonObject &body)
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Qt binds a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}
} // namespace

QString OutboxTable::kindName(OutboxItem::Kind kind)
{
    // Stored by name, not by enum value, so reordering the enum cannot reinterpret old rows.
    switch (kind) {
    case OutboxItem::Kind::SaveResponseDraft: return QStringLiteral("save_response_draft");
    case OutboxItem::Kind::DeleteResponseDraft: return QStringLiteral("delete_response_draft");
    case OutboxItem::Kind::CreateMessageDraft: return QStringLiteral("create_message_draft");
    case OutboxItem::Kind::DeleteMessageDraft: return QStringLiteral("delete_message_draft");
    }
    return {};
}

JournalDatabase::Layout OutboxTable::layout()
{
    JournalDatabase::Layout l;
    l.version = 1;
    l.create = {QStringLiteral(
        "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
        " organization_id TEXT NOT NULL, key TEXT NOT NULL, target_id TEXT NOT NULL DEFAULT '',"
        " body TEXT NOT NULL DEFAULT '{}', attempts INTEGER NOT NULL DEFAULT 0,"
        " last_error TEXT NOT NULL DEFAULT '', created_at INTEGER)")};
    l.probes = {QStringLiteral("SELECT %1 FROM outbox LIMIT 0").arg(kColumns)};
    return l;
}

OutboxTable::OutboxTable(const QSqlDatabase &db) : m_db(db) {}

bool OutboxTable::exec(const QString &sql, const QVariantList &binds, QSqlQuery *query)
{
    QSqlQuery local(m_db);
    QSqlQuery &q = query ? *query : local;
    if (!q.prepare(sql)) {
        m_error = q.lastError();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        m_error = q.lastError();
        return false;
    }
    m_error = QSqlError();
    return true;
}

QList<OutboxItem> OutboxTable::load()
{
    QList<OutboxItem> out;
    QSqlQuery q(m_db);
    if (!exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY id").arg(kColumns), {}, &q))
        return out;
    while (q.next()) {
        const auto kind = kindFromName(q.value(1).toString());
        if (!kind) {
            qCWarning(lcStore, "repdesk outbox: skipping item %lld of unknown kind %s", q.value(0).toLongLong(),
                     qPrintable(q.value(1).toString()));
            continue;
        }
        OutboxItem item;
        item.id = q.value(0).toLongLong();
        item.kind = *kind;
        item.organizationId = q.value(2).toString();
        item.key = q.value(3).toString();
        item.targetId = q.value(4).toString();
        item.body = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        item.attempts = q.value(6).toInt();
        item.lastError = q.value(7).toString();
        if (!q.value(8).isNull())
            item.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::utc());
        out.append(item);
    }
    return out;
}

qint64 OutboxTable::insert(const OutboxItem &item)
{
    QSqlQuery q(m_db);
    const QVariant created = item.createdAt.isValid() ? QVariant(item.createdAt.toMSecsSinceEpoch())
                                                      : QVariant(QMetaType::fromType<qlonglong>());
    if (!exec(QStringLiteral("INSERT INTO outbox (kind, organization_id, key, target_id, body, attempts, last_error,"
                             " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {kindName(item.kind), text(item.organizationId), text(item.key), text(item.targetId),
               bodyText(item.body), item.attempts, text(item.lastError), created},
              &q))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool OutboxTable::updateBody(qint64 id, const QJsonObject &body)
{
    return exec(QStringLiteral("UPDATE outbox SET body = ? WHERE id = ?"), {bodyText(body), id});
}

bool OutboxTable::updateAttempt(qint64 id, int attempts, const QString &lastError)
{
    return exec(QStringLiteral("UPDATE outbox SET attempts = ?, last_error = ? WHERE id = ?"),
                {attempts, text(lastError), id});
}

bool OutboxTable::remove(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

} // namespace repdesk
