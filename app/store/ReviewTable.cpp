#include "ReviewTable.h"

#include "SqlTransaction.h"
#include "SqlValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace repdesk {

namespace {
QJsonValue timeValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QJsonValue textValue(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QByteArray ReviewTable::encode(const ResponseDraft &d)
{
    const QJsonObject o{
        {QStringLiteral("response_id"), textValue(d.responseId)},
        {QStringLiteral("conversation_id"), textValue(d.conversationId)},
        {QStringLiteral("body_html"), textValue(d.bodyHtml)},
        {QStringLiteral("recipient_name"), textValue(d.recipientName)},
        {QStringLiteral("recipient_email"), textValue(d.recipientEmail)},
        {QStringLiteral("recipient_phone_number"), textValue(d.recipientPhoneNumber)},
        {QStringLiteral("cc_emails"), QJsonArray::fromStringList(d.ccEmails)},
        {QStringLiteral("bcc_emails"), QJsonArray::fromStringList(d.bccEmails)},
        {QStringLiteral("scheduled_send_at"), timeValue(d.scheduledSendAt)},
        {QStringLiteral("created_at"), timeValue(d.createdAt)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ResponseDraft> ReviewTable::decode(const QByteArray &payload)
{
    if (payload.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return std::nullopt;
    Decoded<ResponseDraft> d = ResponseDraft::fromJson(doc.object());
    if (!d.ok())
        return std::nullopt;
    return d.takeValue();
}

bool ReviewTable::save(QSqlDatabase &db, const QList<ReviewCheck> &checks, QSqlError *error)
{
    if (checks.isEmpty())
        return true;
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive()
        || !query.prepare(QStringLiteral("INSERT OR REPLACE INTO review_checks (conversation_id, checked_activity_at,"
                                         " checked_at, payload) VALUES (?, ?, ?, ?)")))
        return transaction.fail(query, error);
    for (const ReviewCheck &c : checks) {
        if (c.conversationId.isEmpty())
            continue;
        query.bindValue(0, c.conversationId);
        query.bindValue(1, SqlValue::fromDateTime(c.checkedActivityAt));
        query.bindValue(2, SqlValue::fromDateTime(c.checkedAt));
        query.bindValue(3, c.draft ? QVariant(encode(*c.draft)) : QVariant(QMetaType(QMetaType::QByteArray)));
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

QHash<QString, ReviewCheck> ReviewTable::all(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT conversation_id, checked_activity_at, checked_at, payload FROM review_checks"))) {
        *error = query.lastError();
        return {};
    }
    QHash<QString, ReviewCheck> out;
    while (query.next()) {
        ReviewCheck c;
        c.conversationId = query.value(0).toString();
        c.checkedActivityAt = SqlValue::toDateTime(query.value(1));
        c.checkedAt = SqlValue::toDateTime(query.value(2));
        // A payload that no longer decodes counts as "not checked": the conversation is asked again.
        const QByteArray payload = query.value(3).toByteArray();
        c.draft = decode(payload);
        if (!payload.isEmpty() && !c.draft)
            continue;
        out.insert(c.conversationId, std::move(c));
    }
    return out;
}

bool ReviewTable::remove(QSqlDatabase &db, const QStringList &conversationIds, QSqlError *error)
{
    if (conversationIds.isEmpty())
        return true;
    SqlTransaction transaction(db);
    QSqlQuery query(db);
    if (!transaction.isActive() || !query.prepare(QStringLiteral("DELETE FROM review_checks WHERE conversation_id = ?")))
        return transaction.fail(query, error);
    for (const QString &id : conversationIds) {
        query.bindValue(0, id);
        if (!query.exec())
            return transaction.fail(query, error);
    }
    query.finish();
    return transaction.commit(error);
}

bool ReviewTable::prune(QSqlDatabase &db, const QDateTime &before, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("DELETE FROM review_checks WHERE checked_activity_at < ? OR conversation_id NOT IN"
                                      " (SELECT conversation_id FROM conversations)"))) {
        *error = query.lastError();
        return false;
    }
    query.bindValue(0, SqlValue::fromDateTime(before));
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    return true;
}

QList<Conversation> ReviewTable::activeSince(const QSqlDatabase &db, const QDateTime &since, QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The first branch reads the activity index; rows without an activity fall back to their start.
    bool ok = query.prepare(QStringLiteral(
        "SELECT conversation_id, start_at, last_activity_at, folder, is_read, contact_id FROM conversations"
        " WHERE last_activity_at >= ? OR (last_activity_at IS NULL AND start_at >= ?)"
        " ORDER BY COALESCE(last_activity_at, start_at) DESC, conversation_id"));
    if (ok) {
        query.bindValue(0, SqlValue::fromDateTime(since));
        query.bindValue(1, SqlValue::fromDateTime(since));
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError();
        return {};
    }
    QList<Conversation> out;
    while (query.next()) {
        Conversation c;
        c.conversationId = query.value(0).toString();
        c.startAt = SqlValue::toDateTime(query.value(1));
        c.lastActivityAt = SqlValue::toDateTime(query.value(2));
        c.folder = query.value(3).toString();
        c.isRead = SqlValue::toOptionalBool(query.value(4));
        c.contactId = query.value(5).toString();
        out.append(std::move(c));
    }
    return out;
}

} // namespace repdesk
