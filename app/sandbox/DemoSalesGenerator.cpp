#include "DemoSalesGenerator.h"

#include "DemoContent.h"
#include "DemoRandom.h"
#include "SandboxDatabase.h"
#include "SandboxRecordJson.h"
#include "SandboxSalesStages.h"
#include "SandboxTime.h"

namespace repdesk {

namespace {

struct Product
{
    const char *name;
    qint64 cents;
};

const Product kRoofing[] = {{"Asphalt Shingle Replacement", 850000}, {"Gutter Guard Install", 120000},
                            {"Roof Inspection", 25000}, {"Skylight Install", 240000},
                            {"Metal Roof Upgrade", 1850000}, {"Storm Damage Repair", 320050}};
const Product kAviation[] = {{"Cessna 172S Skyhawk (2016, used)", 28500000}, {"Annual Inspection", 450000},
                             {"Garmin G1000 NXi Retrofit", 3800000}, {"Pilot Training Package", 1200000}};

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

DemoSalesGenerator::DemoSalesGenerator(SandboxDatabase &db, DemoRandom &random, qint64 anchorMicros)
    : m_db(db)
    , m_random(random)
    , m_anchor(anchorMicros)
{
    m_insertSale = m_db.prepare(QStringLiteral(
        "INSERT INTO sales (id, org_id, company_id, owner_id, conversation_ids, contacts, quote_details, custom_fields,"
        " status_label, status_code, status_changed_at, status_history, total_cents, is_draft, created_at,"
        " last_activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertAudit = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_logs (id, org_id, occurred_at, agent_id, action_type, record_type, record_id, changes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
}

void DemoSalesGenerator::audit(const DemoOrganization &org, qint64 at, const QString &agentId, const QString &action,
                               const QString &recordType, const QString &recordId, const QJsonArray &changes)
{
    const QVariantList values{m_random.hrId(), org.id, at, agentId, action, recordType, recordId,
                              SandboxRecordJson::serialize(changes)};
    for (int i = 0; i < values.size(); ++i)
        m_insertAudit.bindValue(i, values.at(i));
    m_insertAudit.exec();
}

QJsonObject DemoSalesGenerator::quote(int topic, qint64 *totalCents)
{
    QJsonArray products;
    *totalCents = 0;
    const int lines = m_random.range(1, 3);
    for (int i = 0; i < lines; ++i) {
        const Product &product = topic == 1 ? kAviation[m_random.index(qsizetype(std::size(kAviation)))]
                                            : kRoofing[m_random.index(qsizetype(std::size(kRoofing)))];
        const int quantity = m_random.range(1, 3);
        *totalCents += product.cents * quantity;
        products.append(QJsonObject{{QStringLiteral("quantity"), quantity},
                                    {QStringLiteral("unit_price"), SandboxRecordJson::cents(product.cents)},
                                    {QStringLiteral("product_name"), QString::fromUtf8(product.name)}});
    }
    QJsonObject details{{QStringLiteral("output"),
                         QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")},
                                     {QStringLiteral("total_price"), SandboxRecordJson::cents(*totalCents)}}},
                        {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("products"), products}}}};
    if (m_random.chance(0.2))
        details.insert(QStringLiteral("agent_overrides"), QJsonObject{{QStringLiteral("discount_percent"), 5}});
    return details;
}

void DemoSalesGenerator::writeSales(const DemoOrganization &org)
{
    const int count = qMax(6, int(org.conversations.size()) / 4);
    double topLeadRate = 0.01;
    for (const DemoOrganization::Agent &agent : org.agents)
        topLeadRate = qMax(topLeadRate, agent.leadRate);
    const qsizetype conversations = org.conversations.size();
    for (int i = 0; i < count; ++i) {
        // The first five cover every stage whatever their age, and the whole history: one from each
        // fifth of the conversations (newest first), the last on the oldest one (always in the oldest
        // week), so that even a small organization's oldest weeks opened a sale, whatever the rest of
        // the draws do.
        if (i < 5) {
            const qsizetype from = conversations * i / 5;
            const qsizetype to = qMax(from + 1, conversations * (i + 1) / 5);
            const qsizetype picked = i == 4 ? conversations - 1 : qMin(conversations - 1, from + m_random.index(to - from));
            writeSale(org, int(picked), stagesTo(i), true, false, false);
            continue;
        }
        // Conversations of agents who turn more leads into deals carry more of them.
        int conversation = m_random.index(conversations);
        for (int attempt = 0; attempt < 16; ++attempt) {
            if (m_random.chance(org.agents.at(org.conversations.at(conversation).agent).leadRate / topLeadRate))
                break;
            conversation = m_random.index(conversations);
        }
        // The rest follow the owner's record. One draw after the other: the order of a call's
        // arguments is not fixed, and the same seed must give the same data with every compiler.
        const QList<int> path = plannedStages(org.agents.at(org.conversations.at(conversation).agent));
        const bool quick = m_random.chance(kQuickShare);
        writeSale(org, conversation, path, false, false, quick);
    }
    // Analytics count the sales created in a range by where they are now, so a week whose deals all
    // take weeks would show a sales rate of 0 until long after. Small jobs are decided within days:
    // the newest days always hold one won that way, beside one still open.
    const QList<int> recent{SandboxSalesStages::Accepted, SandboxSalesStages::Quoted};
    qsizetype next = 0;
    for (int c = 0; c < org.conversations.size() && next < recent.size(); ++c) {
        const qint64 age = m_anchor - org.conversations.at(c).startAt;
        if (age >= 6 * SandboxTime::kHour && age <= 4 * SandboxTime::kDay)
            writeSale(org, c, stagesTo(recent.at(next++)), true, false, true);
    }
    writeSale(org, m_random.index(org.conversations.size()), {SandboxSalesStages::Qualified}, true, true, false);
}

QList<int> DemoSalesGenerator::stagesTo(int finalStage)
{
    QList<int> path{SandboxSalesStages::Qualified};
    if (finalStage != SandboxSalesStages::Qualified)
        path.append(SandboxSalesStages::Quoted);
    if (finalStage == SandboxSalesStages::Negotiation
        || ((finalStage == SandboxSalesStages::Accepted || finalStage == SandboxSalesStages::Lost) && m_random.chance(0.5)))
        path.append(SandboxSalesStages::Negotiation);
    if (finalStage == SandboxSalesStages::Accepted || finalStage == SandboxSalesStages::Lost)
        path.append(finalStage);
    return path;
}

QList<int> DemoSalesGenerator::plannedStages(const DemoOrganization::Agent &owner)
{
    // Where the deal would end given time: some stall before a quote or in negotiation, the rest
    // are won at the owner's close rate. Recent deals have not got there yet (see writeSale).
    if (m_random.chance(0.12))
        return stagesTo(SandboxSalesStages::Qualified);
    if (m_random.chance(0.08))
        return stagesTo(m_random.chance(0.5) ? SandboxSalesStages::Quoted : SandboxSalesStages::Negotiation);
    return stagesTo(m_random.chance(owner.closeRate) ? SandboxSalesStages::Accepted : SandboxSalesStages::Lost);
}

void DemoSalesGenerator::writeSale(const DemoOrganization &org, int conversationIndex, QList<int> path,
                                   bool keepWholePath, bool draft, bool quick)
{
    const auto &stages = SandboxSalesStages::all();
    const DemoOrganization::Conversation &conversation = org.conversations.at(conversationIndex);
    const DemoOrganization::Contact &contact = org.contacts.at(conversation.contact);
    const QString owner = org.agents.at(conversation.agent).id;
    const QString saleId = m_random.hrId();

    // Days to weeks between stages, so status changes spread over the whole half year; hours for a
    // quick deal (a small job quoted on the spot and decided the next day).
    QList<qint64> times{conversation.startAt
                        + m_random.range64(10 * SandboxTime::kMinute, quick ? 6 * SandboxTime::kHour : 2 * SandboxTime::kDay)};
    for (int i = 1; i < path.size(); ++i) {
        const qint64 longest = quick ? 36 * SandboxTime::kHour
            : (path.at(i) == SandboxSalesStages::Quoted ? 10 : i + 1 == path.size() ? 21 : 14) * SandboxTime::kDay;
        times.append(times.last() + m_random.range64(quick ? SandboxTime::kHour : 2 * SandboxTime::kHour, longest));
    }
    const qint64 limit = m_anchor - m_random.range64(SandboxTime::kMinute, 6 * SandboxTime::kHour);
    // A deal whose next steps lie in the future is still at the stage it has reached.
    if (!keepWholePath) {
        while (path.size() > 1 && times.last() > limit) {
            path.removeLast();
            times.removeLast();
        }
    }
    // Squeeze a history that would run past the anchor into the time that is left, keeping its shape.
    if (times.last() > limit) {
        const qint64 begin = qMin(times.first(), limit - m_random.range64(SandboxTime::kHour, 2 * SandboxTime::kDay));
        const double scale = double(limit - begin) / double(qMax<qint64>(1, times.last() - times.first()));
        const qint64 origin = times.first();
        for (qint64 &time : times)
            time = begin + qint64(double(time - origin) * scale);
    }

    QJsonArray history;
    for (int i = 0; i < path.size(); ++i) {
        history.append(QJsonObject{{QStringLiteral("label"), stages.at(path.at(i)).label},
                                   {QStringLiteral("status"), nullable(stages.at(path.at(i)).status)},
                                   {QStringLiteral("changed_at"), SandboxTime::format(times.at(i))}});
    }
    qint64 totalCents = 0;
    QJsonValue quoteDetails = QJsonValue::Null;
    if (path.last() != SandboxSalesStages::Qualified || m_random.chance(0.5))
        quoteDetails = quote(org.topic, &totalCents);
    QJsonArray contacts{QJsonObject{{QStringLiteral("contact_id"), contact.id}, {QStringLiteral("is_primary"), true}}};
    if (m_random.chance(0.2)) {
        const DemoOrganization::Contact &other = org.contacts.at(m_random.index(org.contacts.size()));
        if (other.id != contact.id)
            contacts.append(QJsonObject{{QStringLiteral("contact_id"), other.id}, {QStringLiteral("is_primary"), false}});
    }
    const QJsonObject customFields = m_random.chance(0.15)
        ? QJsonObject{{QStringLiteral("notes"), QStringLiteral("Customer asked for a weekend install 🏠")}}
        : QJsonObject{{QStringLiteral("notes"), QStringLiteral("Backfilled sale for new sales framework compatibility.")},
                      {QStringLiteral("lead_source"), QStringLiteral("inbound")}};
    const int companyIndex = contact.company >= 0 ? contact.company : m_random.index(org.companies.size());
    const int last = path.last();
    const QVariantList values{saleId, org.id, org.companies.at(companyIndex).id, owner,
                              SandboxRecordJson::serialize(QJsonArray{conversation.id}),
                              SandboxRecordJson::serialize(contacts), SandboxRecordJson::serialize(quoteDetails),
                              SandboxRecordJson::serialize(customFields), stages.at(last).label,
                              stages.at(last).status.isEmpty() ? QVariant() : QVariant(stages.at(last).status),
                              times.last(), SandboxRecordJson::serialize(history), totalCents, draft ? 1 : 0,
                              times.first(), times.last()};
    for (int i = 0; i < values.size(); ++i)
        m_insertSale.bindValue(i, values.at(i));
    m_insertSale.exec();
    if (draft)
        return;

    audit(org, times.first(), owner, QStringLiteral("insert"), QStringLiteral("sale"), saleId,
          QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                 {QStringLiteral("from"), QJsonValue::Null},
                                 {QStringLiteral("to"), stages.at(path.first()).label}}});
    for (int i = 1; i < path.size(); ++i) {
        QJsonArray changes{QJsonObject{{QStringLiteral("field"), QStringLiteral("status")},
                                       {QStringLiteral("from"), stages.at(path.at(i - 1)).label},
                                       {QStringLiteral("to"), stages.at(path.at(i)).label}}};
        // Changes carry arbitrary JSON: objects, not just strings.
        if (path.at(i) == SandboxSalesStages::Quoted && quoteDetails.isObject()) {
            changes.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("quote_details")},
                                       {QStringLiteral("from"), QJsonValue::Null},
                                       {QStringLiteral("to"), quoteDetails.toObject().value(QStringLiteral("output"))}});
        } else if (m_random.chance(0.3)) {
            changes.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("custom_fields")},
                                       {QStringLiteral("from"), QJsonObject()},
                                       {QStringLiteral("to"), QJsonObject{{QStringLiteral("notes"),
                                                                           QStringLiteral("Customer requested implementation call.")}}}});
        }
        audit(org, times.at(i), owner, QStringLiteral("update"), QStringLiteral("sale"), saleId, changes);
    }
}

void DemoSalesGenerator::writeFolderAudits(const DemoOrganization &org)
{
    for (const DemoOrganization::Conversation &c : org.conversations) {
        if (c.folder == QLatin1String("inbox"))
            continue;
        const qint64 at = c.startAt + (c.lastActivityAt - c.startAt) / 2;
        audit(org, at, org.agents.at(c.agent).id, QStringLiteral("update"), QStringLiteral("conversation"), c.id,
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("folder")},
                                     {QStringLiteral("from"), QStringLiteral("inbox")},
                                     {QStringLiteral("to"), c.folder}}});
    }
}

void DemoSalesGenerator::writeDrafts(const DemoOrganization &org)
{
    DemoContent content(m_random, org);
    // Pending replies on a few conversations still waiting for the agent.
    int responses = 0;
    for (const DemoOrganization::Conversation &c : org.conversations) {
        if (responses >= 4)
            break;
        if (!c.lastReceived || c.modality == QLatin1String("call") || m_random.chance(0.5))
            continue;
        const DemoOrganization::Contact &contact = org.contacts.at(c.contact);
        const DemoOrganization::Agent &agent = org.agents.at(c.agent);
        const QString id = m_random.hrId();
        const qint64 created = qMin(c.lastActivityAt + m_random.range64(SandboxTime::kMinute, SandboxTime::kHour),
                                    m_anchor - SandboxTime::kMinute);
        m_db.exec(QStringLiteral("INSERT INTO response_drafts (id, org_id, conversation_id, agent_id, body_html, cc_emails,"
                                 " bcc_emails, add_notification, scheduled_send_at, created_at, state, message_id)"
                                 " VALUES (?, ?, ?, ?, ?, '[]', '[]', 1, NULL, ?, 'pending', NULL)"),
                  {id, org.id, c.id, agent.id, content.responseDraft(contact.name, agent.name), created});
        audit(org, created, agent.id, QStringLiteral("insert"), QStringLiteral("response_draft"), id, QJsonArray());
        ++responses;
    }

    struct Draft
    {
        QString modality;
        QString folder;
    };
    QList<Draft> drafts{{QStringLiteral("email"), QStringLiteral("drafts")}};
    if (org.textCredentials) {
        drafts += {{QStringLiteral("email"), QStringLiteral("sales-follow-up")},
                   {QStringLiteral("text"), QStringLiteral("sales-follow-up")},
                   {QStringLiteral("email"), QStringLiteral("drafts")}};
    }
    for (int i = 0; i < drafts.size(); ++i) {
        const DemoOrganization::Contact &contact = org.contacts.at(m_random.index(org.contacts.size()));
        const DemoOrganization::Agent &agent = org.agents.at(m_random.index(org.agents.size()));
        const bool text = drafts.at(i).modality == QLatin1String("text");
        const QString id = m_random.hrId();
        const qint64 created = m_anchor - m_random.range64(SandboxTime::kHour, 5 * SandboxTime::kDay);
        m_db.exec(QStringLiteral("INSERT INTO message_drafts (id, org_id, agent_id, modality, subject, body_html,"
                                 " recipient_name, recipient_email, recipient_phone_number, cc_emails, bcc_emails,"
                                 " add_notification, scheduled_send_at, folder, created_at, state)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 0, NULL, ?, ?, 'pending')"),
                  {id, org.id, agent.id, drafts.at(i).modality,
                   text ? QVariant() : QVariant(QStringLiteral("Following up on your quote")),
                   text ? QStringLiteral("Hi %1, just checking in on the quote. Any questions?").arg(DemoContent::firstName(contact.name))
                        : content.responseDraft(contact.name, agent.name),
                   contact.name, contact.email.isEmpty() ? QVariant() : QVariant(contact.email),
                   contact.phone.isEmpty() ? QVariant() : QVariant(contact.phone),
                   i == 1 ? QStringLiteral("[\"office@example.com\"]") : QStringLiteral("[]"),
                   drafts.at(i).folder, created});
        audit(org, created, agent.id, QStringLiteral("insert"), QStringLiteral("message_draft"), id, QJsonArray());
    }
}

} // namespace repdesk
