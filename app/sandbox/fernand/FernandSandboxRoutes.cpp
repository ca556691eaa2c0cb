#include "FernandSandboxRoutes.h"

#include "SandboxRequest.h"
#include "SandboxRouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace repdesk {

namespace {
QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(double(id)) : QJsonValue();
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

std::optional<QJsonObject> body(const SandboxRequest &r, SandboxResponse *failure)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = FernandSandboxRoutes::error(400, QStringLiteral("Invalid JSON body"));
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

SandboxResponse FernandSandboxRoutes::error(int status, const QString &message)
{
    return SandboxResponse::json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

void FernandSandboxRoutes::registerRoutes(SandboxRouter &router)
{
    const auto bind = [this](SandboxResponse (FernandSandboxRoutes::*fn)(const SandboxRequest &)) {
        return [this, fn](const SandboxRequest &r) { return (this->*fn)(r); };
    };
    router.add(QStringLiteral("GET"), QStringLiteral("conversations"), bind(&FernandSandboxRoutes::listConversations));
    router.add(QStringLiteral("GET"), QStringLiteral("conversations/{id}"), bind(&FernandSandboxRoutes::getConversation));
    router.add(QStringLiteral("PATCH"), QStringLiteral("conversations/{id}"), bind(&FernandSandboxRoutes::patchConversation));
    router.add(QStringLiteral("GET"), QStringLiteral("conversations/{id}/messages"), bind(&FernandSandboxRoutes::listMessages));
    router.add(QStringLiteral("POST"), QStringLiteral("conversations/{id}/reply"), bind(&FernandSandboxRoutes::reply));
    router.add(QStringLiteral("POST"), QStringLiteral("conversations/{id}/drafts"), bind(&FernandSandboxRoutes::createDraft));
    router.add(QStringLiteral("DELETE"), QStringLiteral("conversations/{id}/drafts/{draft}"), bind(&FernandSandboxRoutes::deleteDraft));
    router.add(QStringLiteral("GET"), QStringLiteral("contacts"), bind(&FernandSandboxRoutes::listContacts));
    router.add(QStringLiteral("GET"), QStringLiteral("contacts/{id}"), bind(&FernandSandboxRoutes::getContact));
    router.add(QStringLiteral("GET"), QStringLiteral("agents"), bind(&FernandSandboxRoutes::listAgents));
}

FernandSandboxData::Conversation *FernandSandboxRoutes::conversation(const SandboxRequest &r, const QString &param)
{
    bool ok = false;
    const qint64 id = r.param(param).toLongLong(&ok);
    auto it = ok ? m_data.conversations.find(id) : m_data.conversations.end();
    return it == m_data.conversations.end() ? nullptr : &*it;
}

QJsonObject FernandSandboxRoutes::conversationJson(const FernandSandboxData::Conversation &c) const
{
    QJsonArray tags;
    for (int t : c.tags)
        tags.append(t);
    QJsonArray recipients{QJsonObject{{QStringLiteral("id"), double(c.id * 10 + 1)},
                                      {QStringLiteral("contact_id"), double(c.contactId)},
                                      {QStringLiteral("kind"), QStringLiteral("to")},
                                      {QStringLiteral("conversation_id"), double(c.id)}}};
    return QJsonObject{{QStringLiteral("id"), double(c.id)},
                       {QStringLiteral("contact_id"), idOrNull(c.contactId)},
                       {QStringLiteral("subject"), c.subject},
                       {QStringLiteral("status"), c.status},
                       {QStringLiteral("last_update"), iso(c.lastUpdate)},
                       {QStringLiteral("tags"), tags},
                       {QStringLiteral("recipients"), recipients},
                       {QStringLiteral("agent_id"), idOrNull(c.agentId)},
                       {QStringLiteral("channel_id"), double(c.channelId)},
                       {QStringLiteral("snooze_until"), c.snoozeUntil.isValid() ? QJsonValue(iso(c.snoozeUntil)) : QJsonValue()}};
}

QJsonObject FernandSandboxRoutes::itemJson(const FernandSandboxData::Item &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("type"), m.type},
                       {QStringLiteral("timestamp"), iso(m.timestamp)},
                       {QStringLiteral("way"), m.way.isEmpty() ? QJsonValue() : QJsonValue(m.way)},
                       {QStringLiteral("status"), m.status.isEmpty() ? QJsonValue() : QJsonValue(m.status)},
                       {QStringLiteral("agent_id"), idOrNull(m.agentId)},
                       {QStringLiteral("contact_id"), idOrNull(m.contactId)},
                       {QStringLiteral("message"), m.message},
                       {QStringLiteral("attachments"), QJsonArray()},
                       {QStringLiteral("is_read"), m.isRead},
                       {QStringLiteral("is_automated"), m.isAutomated}};
}

QJsonObject FernandSandboxRoutes::draftJson(const FernandSandboxData::Draft &d)
{
    return QJsonObject{{QStringLiteral("id"), double(d.id)},
                       {QStringLiteral("conversation_id"), double(d.conversationId)},
                       {QStringLiteral("title"), d.title.isEmpty() ? QJsonValue() : QJsonValue(d.title)},
                       {QStringLiteral("content"), QJsonObject{{QStringLiteral("content"), d.content}}},
                       {QStringLiteral("author_id"), idOrNull(d.authorId)},
                       {QStringLiteral("target_id"), idOrNull(d.targetId)},
                       {QStringLiteral("created"), iso(d.created)},
                       {QStringLiteral("last_updated"), iso(d.lastUpdated)}};
}

qint64 FernandSandboxRoutes::agentFrom(const QJsonObject &b, const QString &prefix) const
{
    const QJsonValue id = b.value(prefix + QStringLiteral("_id"));
    if (id.isDouble())
        return m_data.agent(qint64(id.toDouble())) ? qint64(id.toDouble()) : -1;
    const QJsonValue email = b.value(prefix + QStringLiteral("_email"));
    if (email.isString()) {
        const auto *a = m_data.agentByEmail(email.toString());
        return a ? a->id : -1;
    }
    return 0;
}

SandboxResponse FernandSandboxRoutes::listConversations(const SandboxRequest &r)
{
    int limit = 25;
    if (r.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 3 || limit > 250)
            return error(400, QStringLiteral("limit must be between 3 and 250"));
    }
    // query: status:X, assigned:EMAIL, unassigned:true, tag:X; other words match subject or contact.
    QString status, assigned, tag;
    bool unassigned = false;
    QStringList words;
    for (const QString &term : r.queryValue(QStringLiteral("query")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (term.startsWith(QLatin1String("status:")))
            status = term.mid(7).toUpper();
        else if (term.startsWith(QLatin1String("assigned:")))
            assigned = term.mid(9);
        else if (term == QLatin1String("unassigned:true"))
            unassigned = true;
        else if (term.startsWith(QLatin1String("tag:")))
            tag = term.mid(4);
        else
            words << term;
    }
    const QString order = r.queryValue(QStringLiteral("order"));
    if (!order.isEmpty() && !QStringList{QStringLiteral("priority"), QStringLiteral("oldest"), QStringLiteral("newest"),
                                         QStringLiteral("longest")}.contains(order))
        return error(400, QStringLiteral("Unknown order"));
    const qint64 assignedId = assigned.isEmpty() ? 0 : (m_data.agentByEmail(assigned) ? m_data.agentByEmail(assigned)->id : -1);
    QList<const FernandSandboxData::Conversation *> hits;
    for (const auto &c : std::as_const(m_data.conversations)) {
        if (!status.isEmpty() && c.status != status)
            continue;
        if (assignedId && c.agentId != assignedId)
            continue;
        if (unassigned && c.agentId)
            continue;
        if (!tag.isEmpty() && !c.tags.contains(tag.toInt()))
            continue;
        const auto *contact = m_data.contact(c.contactId);
        const QString hay = c.subject + QLatin1Char(' ') + (contact ? contact->name + QLatin1Char(' ') + contact->email : QString());
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return hay.contains(w, Qt::CaseInsensitive); }))
            continue;
        hits.append(&c);
    }
    // This server's "priority" (the docs do not define it): open before the rest, then newest.
    std::stable_sort(hits.begin(), hits.end(), [&order](const auto *a, const auto *b) {
        if (order == QLatin1String("oldest"))
            return a->lastUpdate < b->lastUpdate;
        if (order == QLatin1String("longest"))
            return a->items.size() > b->items.size();
        if (order != QLatin1String("newest")) {
            const bool ao = a->status == QLatin1String("OPENED"), bo = b->status == QLatin1String("OPENED");
            if (ao != bo)
                return ao;
        }
        return a->lastUpdate > b->lastUpdate;
    });
    // Cursor: an opaque token holding the offset and the query it belongs to.
    int offset = 0;
    const QString cursor = r.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding));
        bool ok = false;
        offset = decoded.section(QLatin1Char('|'), 0, 0).toInt(&ok);
        if (!ok || offset < 0 || decoded.section(QLatin1Char('|'), 1) != r.queryValue(QStringLiteral("query")) + order)
            return error(400, QStringLiteral("Invalid cursor"));
    }
    QJsonArray data;
    for (int i = offset; i < hits.size() && i < offset + limit; ++i)
        data.append(conversationJson(*hits.at(i)));
    QJsonValue next;
    if (offset + limit < hits.size())
        next = QString::fromLatin1(QString(QString::number(offset + limit) + QLatin1Char('|') + r.queryValue(QStringLiteral("query")) + order)
                                       .toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    return SandboxResponse::json(QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("cursor"), next}});
}

SandboxResponse FernandSandboxRoutes::getConversation(const SandboxRequest &r)
{
    const auto *c = conversation(r, QStringLiteral("id"));
    return c ? SandboxResponse::json(conversationJson(*c)) : error(404, QStringLiteral("Conversation not found"));
}

SandboxResponse FernandSandboxRoutes::patchConversation(const SandboxRequest &r)
{
    auto *c = conversation(r, QStringLiteral("id"));
    if (!c)
        return error(404, QStringLiteral("Conversation not found"));
    SandboxResponse failure;
    const auto b = body(r, &failure);
    if (!b)
        return failure;
    if (b->contains(QStringLiteral("status"))) {
        const QString s = b->value(QStringLiteral("status")).toString().toUpper();
        if (!QStringList{QStringLiteral("OPENED"), QStringLiteral("CLOSED"), QStringLiteral("SPAM"), QStringLiteral("SNOOZED")}.contains(s))
            return error(400, QStringLiteral("Invalid status"));
        c->status = s;
        if (s != QLatin1String("SNOOZED"))
            c->snoozeUntil = {};
    }
    if (b->contains(QStringLiteral("snooze_until"))) {
        const QJsonValue v = b->value(QStringLiteral("snooze_until"));
        const QDateTime when = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isNull() && (!when.isValid() || when <= now()))
            return error(400, QStringLiteral("snooze_until must be a future date"));
        c->snoozeUntil = v.isNull() ? QDateTime() : when.toUTC();
        if (c->snoozeUntil.isValid())
            c->status = QStringLiteral("SNOOZED");
    }
    if (b->contains(QStringLiteral("agent_id")) && b->value(QStringLiteral("agent_id")).isNull()) {
        c->agentId = 0;
    } else {
        const qint64 agent = agentFrom(*b, QStringLiteral("agent"));
        if (agent < 0)
            return error(400, QStringLiteral("Unknown agent"));
        if (agent > 0)
            c->agentId = agent;
    }
    if (b->value(QStringLiteral("subject")).isString())
        c->subject = b->value(QStringLiteral("subject")).toString();
    c->lastUpdate = now();
    return SandboxResponse::json(conversationJson(*c));
}

SandboxResponse FernandSandboxRoutes::listMessages(const SandboxRequest &r)
{
    const auto *c = conversation(r, QStringLiteral("id"));
    if (!c)
        return error(404, QStringLiteral("Conversation not found"));
    // `before`: an item id (this server's reading; the docs do not say). The
    // page is the up to 25 items just before it, oldest first; an empty page ends.
    int end = c->items.size();
    const QString before = r.queryValue(QStringLiteral("before"));
    if (!before.isEmpty()) {
        end = -1;
        for (int i = 0; i < c->items.size(); ++i)
            if (c->items.at(i).id == before)
                end = i;
        if (end < 0)
            return error(400, QStringLiteral("Unknown message in before"));
    }
    QJsonArray out;
    for (int i = qMax(0, end - streamPageSize); i < end; ++i)
        out.append(itemJson(c->items.at(i)));
    return SandboxResponse::json(out);
}

SandboxResponse FernandSandboxRoutes::reply(const SandboxRequest &r)
{
    auto *c = conversation(r, QStringLiteral("id"));
    if (!c)
        return error(404, QStringLiteral("Conversation not found"));
    SandboxResponse failure;
    const auto b = body(r, &failure);
    if (!b)
        return failure;
    const QString content = b->value(QStringLiteral("content")).toString();
    if (content.trimmed().isEmpty())
        return error(400, QStringLiteral("content is required"));
    const qint64 agent = agentFrom(*b, QStringLiteral("agent"));
    if (agent < 0)
        return error(400, QStringLiteral("Unknown agent"));
    FernandSandboxData::Item m;
    m.id = m_data.nextItemId(QStringLiteral("m-"));
    m.type = QStringLiteral("message");
    m.way = QStringLiteral("out");
    // `delay` (unit undocumented) is accepted and only changes the status here.
    m.status = b->value(QStringLiteral("delay")).toDouble() > 0 ? QStringLiteral("scheduled") : QStringLiteral("sent");
    m.agentId = agent ? agent : (c->agentId ? c->agentId : m_data.agents.first().id);
    m.timestamp = now();
    m.message = content;
    c->items.append(m);
    c->lastUpdate = m.timestamp;
    return SandboxResponse::json(itemJson(m));
}

SandboxResponse FernandSandboxRoutes::createDraft(const SandboxRequest &r)
{
    auto *c = conversation(r, QStringLiteral("id"));
    if (!c)
        return error(404, QStringLiteral("Conversation not found"));
    SandboxResponse failure;
    const auto b = body(r, &failure);
    if (!b)
        return failure;
    FernandSandboxData::Draft d;
    d.content = b->value(QStringLiteral("content")).toString();
    if (d.content.trimmed().isEmpty())
        return error(400, QStringLiteral("content is required"));
    d.title = b->value(QStringLiteral("title")).toString();
    if (d.title.size() > 250)
        return error(400, QStringLiteral("title is too long"));
    d.authorId = agentFrom(*b, QStringLiteral("author"));
    d.targetId = agentFrom(*b, QStringLiteral("target"));
    if (d.authorId < 0 || d.targetId < 0)
        return error(400, QStringLiteral("Unknown agent"));
    if (!d.authorId)
        d.authorId = m_data.agents.first().id;
    d.id = m_data.nextDraftId();
    d.conversationId = c->id;
    d.created = d.lastUpdated = now();
    m_data.drafts.insert(d.id, d);
    return SandboxResponse::json(draftJson(d), 201);
}

SandboxResponse FernandSandboxRoutes::deleteDraft(const SandboxRequest &r)
{
    const auto *c = conversation(r, QStringLiteral("id"));
    if (!c)
        return error(404, QStringLiteral("Conversation not found"));
    const qint64 id = r.param(QStringLiteral("draft")).toLongLong();
    const auto it = m_data.drafts.find(id);
    if (it == m_data.drafts.end() || it->conversationId != c->id)
        return error(404, QStringLiteral("Draft not found"));
    m_data.drafts.erase(it);
    return SandboxResponse::noContent();
}

SandboxResponse FernandSandboxRoutes::listContacts(const SandboxRequest &r)
{
    int limit = 25;
    if (r.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 99)
            return error(400, QStringLiteral("limit must be between 1 and 99"));
    }
    const QString query = r.queryValue(QStringLiteral("query"));
    QJsonArray out;
    for (const auto &c : std::as_const(m_data.contacts)) {
        if (out.size() >= limit)
            break;
        if (!query.isEmpty() && !c.name.contains(query, Qt::CaseInsensitive) && !c.email.contains(query, Qt::CaseInsensitive))
            continue;
        out.append(QJsonObject{{QStringLiteral("id"), double(c.id)}, {QStringLiteral("email"), c.email},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("company"), c.company.isEmpty() ? QJsonValue() : QJsonValue(c.company)}});
    }
    return SandboxResponse::json(out);
}

SandboxResponse FernandSandboxRoutes::getContact(const SandboxRequest &r)
{
    const auto *c = m_data.contact(r.param(QStringLiteral("id")).toLongLong());
    if (!c)
        return error(404, QStringLiteral("Contact not found"));
    return SandboxResponse::json(QJsonObject{{QStringLiteral("id"), double(c->id)}, {QStringLiteral("email"), c->email},
                                             {QStringLiteral("name"), c->name},
                                             {QStringLiteral("company"), c->company.isEmpty() ? QJsonValue() : QJsonValue(c->company)}});
}

SandboxResponse FernandSandboxRoutes::listAgents(const SandboxRequest &)
{
    QJsonArray out;
    for (const auto &a : std::as_const(m_data.agents))
        out.append(QJsonObject{{QStringLiteral("id"), double(a.id)}, {QStringLiteral("email"), a.email},
                               {QStringLiteral("name"), a.name}, {QStringLiteral("timezone"), a.timezone},
                               {QStringLiteral("signature"), a.signature}});
    return SandboxResponse::json(out);
}

} // namespace repdesk
