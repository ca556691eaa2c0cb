// The sandbox's review queue: the demo data's pending response drafts (HyperRep's suggested replies
// waiting for a person), the few already sending, the drafts live activity keeps proposing, and the
// proposeDraft / overwriteDraft hooks, all on the documented one-draft-per-conversation lifecycle.

#include "DemoAsk.h"
#include "SandboxServer.h"
#include "tst_sandbox_support.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace repdesk;
using namespace sandboxtest;

namespace {

const QDateTime kAnchor(QDate(2026, 5, 30), QTime(12, 0), QTimeZone::utc());

SandboxOptions queueOptions()
{
    SandboxOptions options;
    options.conversations = 700;
    options.anchor = kAnchor;
    options.autosendDelayMs = 60000; // the demo data's approved drafts stay "sending" for the whole test
    return options;
}

QString firstName(const QString &name)
{
    return name.section(QLatin1Char(' '), 0, 0);
}

QString conversationPath(const QString &org, const QString &conversation, const QString &rest)
{
    return orgPath(org, QStringLiteral("/conversations/") + seg(conversation) + rest);
}

QJsonArray messagesOf(Client &client, const QString &org, const QString &conversation)
{
    return client.get(conversationPath(org, conversation, QStringLiteral("/messages")), Client::query({{"limit", "500"}})).data();
}

// What the contact said in a message: a call's customer lines, or the stored content.
QString saidIn(const QJsonObject &message)
{
    const QString transcript = message.value(QStringLiteral("call_transcript")).toString();
    if (transcript.isEmpty())
        return message.value(QStringLiteral("content")).toString();
    return transcript.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^Customer: "))).join(QLatin1Char(' '));
}

// Whether a reply uses the words of what the message asked (anything goes for a general question).
bool answers(const QString &reply, const QJsonObject &message)
{
    using K = DemoAsk::Kind;
    static const QMap<K, QStringList> words{
        {K::Insurance, {"insurance", "claim", "adjuster"}}, {K::Price, {"price", "pricing", "total"}}, {K::Quote, {"quote"}},
        {K::Appointment, {"appointment", "visit"}}, {K::Availability, {"availab"}}, {K::Repair, {"damage", "repair"}},
        {K::Decision, {"decide", "decision"}}, {K::FollowUp, {"following up", "update"}}, {K::Thanks, {"thank"}}};
    const QStringList expected = words.value(DemoAsk::classify(saidIn(message)));
    return expected.isEmpty()
        || std::any_of(expected.cbegin(), expected.cend(), [&](const QString &w) { return reply.contains(w, Qt::CaseInsensitive); });
}

bool isSending(const QJsonObject &draft)
{
    return draft.value(QStringLiteral("scheduled_send_at")).isString();
}

bool hasCc(const QJsonObject &draft)
{
    return !draft.value(QStringLiteral("cc_emails")).toArray().isEmpty();
}

} // namespace

class TestSandboxReviewDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mostRecentConversationsAContactWroteLastHaveADraft();
    void draftsAnswerTheContactsLastMessage();
    void someDraftsAreSendingAndCannotBeDeleted();
    void generatedSendingDraftsArePromoted();
    void postOverwritesAndDeleteRemovesAGeneratedDraft();
    void proposeDraftAddsAnInboundMessageAndADraft();
    void overwriteDraftChangesTheBodyOnly();
    void liveActivityKeepsProposingDrafts();
    void sameSeedSameQueue();

private:
    struct Conversation
    {
        QString id;
        QJsonObject summary;   // as GET /conversations lists it
        QJsonObject lastMessage;
        QString agentId;       // of its last outbound message; empty if it has none
        QJsonObject draft;     // the pending or sending response draft; empty if none
    };
    QList<Conversation> walkRecent(Client &client, const QString &org);
    QString draftsPath(const QString &conversation) const
    {
        return conversationPath(m_org, conversation, QStringLiteral("/response-drafts"));
    }
    QJsonArray thread(const QString &conversation) { return messagesOf(*m_client, m_org, conversation); }
    // The first recent conversation whose generated draft matches.
    const Conversation *withDraft(const std::function<bool(const QJsonObject &)> &match) const;
    QString itemPath(const Conversation &c) const
    {
        return draftsPath(c.id) + QLatin1Char('/') + seg(c.draft.value(QStringLiteral("response_id")).toString());
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Client> m_client;
    QString m_org;
    QList<Conversation> m_recent;  // last activity within 14 days of the anchor, newest first, as generated
    QHash<QString, QString> m_agentNames;
};

QList<TestSandboxReviewDrafts::Conversation> TestSandboxReviewDrafts::walkRecent(Client &client, const QString &org)
{
    QList<Conversation> result;
    const QJsonArray all = client.all(orgPath(org, QStringLiteral("/conversations")), {}, 500);
    for (const QJsonValue &value : all) {
        Conversation c;
        c.summary = value.toObject();
        c.id = c.summary.value(QStringLiteral("conversation_id")).toString();
        // Same UTC ISO shape up to the seconds, so the strings compare as the times do.
        if (c.summary.value(QStringLiteral("last_activity_at")).toString() < kAnchor.addDays(-14).toString(Qt::ISODate))
            continue;
        const QJsonArray messages = messagesOf(client, org, c.id);
        c.lastMessage = messages.last().toObject();
        for (const QJsonValue &message : messages) {
            if (message.toObject().value(QStringLiteral("message_direction")).toString() == QLatin1String("sent"))
                c.agentId = message.toObject().value(QStringLiteral("agent_id")).toString();
        }
        c.draft = client.get(conversationPath(org, c.id, QStringLiteral("/response-drafts"))).data().at(0).toObject();
        result.append(c);
    }
    return result;
}

const TestSandboxReviewDrafts::Conversation *TestSandboxReviewDrafts::withDraft(const std::function<bool(const QJsonObject &)> &match) const
{
    for (const Conversation &c : m_recent) {
        if (!c.draft.isEmpty() && match(c.draft))
            return &c;
    }
    return nullptr;
}

void TestSandboxReviewDrafts::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(queueOptions());
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_client = std::make_unique<Client>(m_server->url(), "sandbox-key");
    m_org = m_server->organizationIds().at(0);
    for (const QJsonValue &agent : m_client->get(orgPath(m_org, QStringLiteral("/agents"))).data())
        m_agentNames.insert(agent.toObject().value(QStringLiteral("agent_id")).toString(), agent.toObject().value(QStringLiteral("name")).toString());
    m_recent = walkRecent(*m_client, m_org);
    QVERIFY(m_recent.size() > 40);
}

// Every recent message with an ask gets a reply (DemoReviewQueue): newsletters and thanks do not,
// and those with a reply queued for sending are no longer waiting.
void TestSandboxReviewDrafts::mostRecentConversationsAContactWroteLastHaveADraft()
{
    int inboundLast = 0;
    int drafted = 0;
    for (const Conversation &c : std::as_const(m_recent)) {
        if (c.lastMessage.value(QStringLiteral("message_direction")).toString() != QLatin1String("received"))
            continue;
        ++inboundLast;
        drafted += c.draft.isEmpty() ? 0 : 1;
    }
    QVERIFY(inboundLast >= 30);
    const double share = double(drafted) / inboundLast;
    QVERIFY2(share >= 0.5 && share < 1.0, qPrintable(QStringLiteral("%1 of %2").arg(drafted).arg(inboundLast)));
}

void TestSandboxReviewDrafts::draftsAnswerTheContactsLastMessage()
{
    QSet<QString> bodies;
    int drafts = 0, withCc = 0, email = 0, text = 0;
    for (const Conversation &c : std::as_const(m_recent)) {
        if (c.draft.isEmpty())
            continue;
        ++drafts;
        const QString body = c.draft.value(QStringLiteral("body_html")).toString();
        bodies.insert(body);
        const QString why = c.id + QStringLiteral(": ") + body;
        // Recipient from the contact.
        const QJsonObject contact = m_client->get(orgPath(m_org, QStringLiteral("/contacts/") + seg(c.summary.value(QStringLiteral("contact_id")).toString()))).object();
        QCOMPARE(c.draft.value(QStringLiteral("recipient_name")), contact.value(QStringLiteral("name")));
        QCOMPARE(c.draft.value(QStringLiteral("recipient_email")), contact.value(QStringLiteral("email")));
        QCOMPARE(c.draft.value(QStringLiteral("recipient_phone_number")), contact.value(QStringLiteral("phone_number")));
        // Greets the contact by first name, in the reply's format.
        const QString first = firstName(contact.value(QStringLiteral("name")).toString());
        QVERIFY(!first.isEmpty());
        const bool html = c.lastMessage.value(QStringLiteral("modality")).toString() == QLatin1String("email");
        (html ? email : text) += 1;
        const QString open = html ? QStringLiteral("<p>") : QString();
        QVERIFY2(body.startsWith(open + QStringLiteral("Hi ") + first + QLatin1Char(','))
                     || body.startsWith(open + QStringLiteral("Hello ") + first + QLatin1Char(',')), qPrintable(why));
        QVERIFY2(html ? body.endsWith(QLatin1String("</p>")) && body.count(QLatin1String("<p>")) >= 3
                      : !body.contains(QLatin1Char('<')) && body.size() < 200, qPrintable(why));
        withCc += hasCc(c.draft) ? 1 : 0;
        // Signed by the conversation's agent.
        if (!c.agentId.isEmpty())
            QVERIFY2(body.contains(firstName(m_agentNames.value(c.agentId))), qPrintable(why));
        // Answers what the contact asked last.
        QCOMPARE(c.lastMessage.value(QStringLiteral("message_direction")).toString(), QStringLiteral("received"));
        QVERIFY2(answers(body, c.lastMessage),
                 qPrintable(DemoAsk::name(DemoAsk::classify(saidIn(c.lastMessage))) + QStringLiteral(" unanswered in ") + why));
    }
    QVERIFY(drafts >= 5);
    QCOMPARE(bodies.size(), drafts);
    QVERIFY2(email > 0 && text > 0, qPrintable(QStringLiteral("%1 e-mail, %2 text").arg(email).arg(text)));
    QVERIFY(withCc > 0);
}

void TestSandboxReviewDrafts::someDraftsAreSendingAndCannotBeDeleted()
{
    const Conversation *sending = withDraft(isSending);
    QVERIFY(sending);
    QVERIFY(withDraft([](const QJsonObject &d) { return !isSending(d); }));
    const QString item = itemPath(*sending);
    const Reply deleted = m_client->del(item);
    QCOMPARE(deleted.status, 400);
    QCOMPARE(deleted.detail(), QStringLiteral("Response draft is currently sending"));
    QCOMPARE(m_client->post(draftsPath(sending->id), QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>x</p>")}}).status, 400);
    QCOMPARE(m_client->get(item).object().value(QStringLiteral("body_html")), sending->draft.value(QStringLiteral("body_html")));
}

void TestSandboxReviewDrafts::generatedSendingDraftsArePromoted()
{
    const Conversation *sending = withDraft(isSending);
    QVERIFY(sending);
    // The same data (same seed) with a short autosend delay: the approved draft goes out.
    SandboxOptions options = queueOptions();
    options.autosendDelayMs = 200;
    SandboxServer server(options);
    QVERIFY(server.start());
    Client client(server.url(), "sandbox-key");
    const QString item = itemPath(*sending);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(item).status, 404, 5000);
    const QString hint = QStringLiteral("/api/v2/organizations/%1/conversations/%2/messages/").arg(m_org, sending->id);
    const Reply gone = client.del(item);
    QCOMPARE(gone.status, 404);
    QVERIFY2(gone.detail().contains(hint), qPrintable(gone.detail()));
    const QJsonObject last = messagesOf(client, m_org, sending->id).last().toObject();
    QVERIFY2(gone.detail().endsWith(last.value(QStringLiteral("message_id")).toString()), qPrintable(gone.detail()));
    QCOMPARE(last.value(QStringLiteral("message_direction")).toString(), QStringLiteral("sent"));
    QCOMPARE(last.value(QStringLiteral("content")), sending->draft.value(QStringLiteral("body_html")));
    const QString agent = m_agentNames.value(last.value(QStringLiteral("agent_id")).toString());
    QVERIFY(!agent.isEmpty());
    QVERIFY(last.value(QStringLiteral("content")).toString().contains(firstName(agent)));
    QCOMPARE(client.get(draftsPath(sending->id)).data().size(), 0);
}

void TestSandboxReviewDrafts::postOverwritesAndDeleteRemovesAGeneratedDraft()
{
    const Conversation *pending = withDraft([](const QJsonObject &d) { return !isSending(d) && !hasCc(d); });
    QVERIFY(pending);
    const QString id = pending->draft.value(QStringLiteral("response_id")).toString();
    const Reply saved = m_client->post(draftsPath(pending->id), QJsonObject{{QStringLiteral("body_html"), QStringLiteral("<p>Edited by me</p>")}});
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value(QStringLiteral("response_id")).toString(), id);
    const QJsonArray listed = m_client->get(draftsPath(pending->id)).data();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("body_html")).toString(), QStringLiteral("<p>Edited by me</p>"));
    QCOMPARE(m_client->del(itemPath(*pending)).status, 204);
    QCOMPARE(m_client->get(itemPath(*pending)).status, 404);
    QCOMPARE(m_client->get(draftsPath(pending->id)).data().size(), 0);
}

void TestSandboxReviewDrafts::proposeDraftAddsAnInboundMessageAndADraft()
{
    QString conversation;
    for (const Conversation &c : std::as_const(m_recent)) {
        if (c.draft.isEmpty() && c.summary.value(QStringLiteral("is_read")).toBool())
            conversation = c.id;
    }
    QVERIFY(!conversation.isEmpty());
    const qsizetype before = thread(conversation).size();
    const QString responseId = m_server->proposeDraft(conversation);
    QVERIFY(!responseId.isEmpty());
    const QJsonArray messages = thread(conversation);
    QCOMPARE(messages.size(), before + 1);
    QCOMPARE(messages.last().toObject().value(QStringLiteral("message_direction")).toString(), QStringLiteral("received"));
    // The conversation moved to the top of the inbox, unread, with HyperRep's reply waiting.
    const QJsonObject top = m_client->get(orgPath(m_org, QStringLiteral("/conversations")), Client::query({{"limit", "1"}})).data().at(0).toObject();
    QCOMPARE(top.value(QStringLiteral("conversation_id")).toString(), conversation);
    QCOMPARE(top.value(QStringLiteral("is_read")).toBool(), false);
    QJsonArray drafts = m_client->get(draftsPath(conversation)).data();
    QCOMPARE(drafts.size(), 1);
    const QJsonObject draft = drafts.at(0).toObject();
    QCOMPARE(draft.value(QStringLiteral("response_id")).toString(), responseId);
    QVERIFY(draft.value(QStringLiteral("scheduled_send_at")).isNull());
    const QString body = draft.value(QStringLiteral("body_html")).toString();
    QVERIFY2(body.contains(QLatin1Char(' ') + firstName(draft.value(QStringLiteral("recipient_name")).toString()) + QLatin1Char(',')), qPrintable(body));
    QVERIFY2(answers(body, messages.last().toObject()), qPrintable(body));

    // Proposing again rewrites the same row for the newer message.
    QCOMPARE(m_server->proposeDraft(conversation), responseId);
    QCOMPARE(thread(conversation).size(), before + 2);
    QCOMPARE(m_client->get(draftsPath(conversation)).data().size(), 1);
    // HyperRep's drafts are audited without an agent.
    bool audited = false;
    for (const QJsonValue &row : m_client->all(orgPath(m_org, QStringLiteral("/audit-logs")), Client::query({{"record_type", "response_draft"}}), 500)) {
        const QJsonObject entry = row.toObject();
        audited |= entry.value(QStringLiteral("record")).toObject().value(QStringLiteral("id")).toString() == responseId
            && entry.value(QStringLiteral("action_type")).toString() == QLatin1String("update")
            && entry.value(QStringLiteral("agent_id")).isNull();
    }
    QVERIFY(audited);

    // A random conversation of the first organization; never one whose draft is sending.
    const QString random = m_server->proposeDraft();
    QVERIFY(!random.isEmpty());
    const Conversation *sending = withDraft(isSending);
    QVERIFY(sending);
    const qsizetype sendingBefore = thread(sending->id).size();
    QVERIFY(m_server->proposeDraft(sending->id).isEmpty());
    QCOMPARE(thread(sending->id).size(), sendingBefore);
    QVERIFY(m_server->proposeDraft(QStringLiteral("HR_id_nope")).isEmpty());
}

void TestSandboxReviewDrafts::overwriteDraftChangesTheBodyOnly()
{
    // Not the draft deleted above: that one has no cc.
    const Conversation *pending = withDraft([](const QJsonObject &d) { return !isSending(d) && hasCc(d); });
    QVERIFY(pending);
    const QString item = itemPath(*pending);
    m_server->overwriteDraft(pending->id, QStringLiteral("<p>Changed by a colleague</p>"));
    const QJsonObject after = m_client->get(item).object();
    QCOMPARE(after.value(QStringLiteral("body_html")).toString(), QStringLiteral("<p>Changed by a colleague</p>"));
    QCOMPARE(after.value(QStringLiteral("cc_emails")), pending->draft.value(QStringLiteral("cc_emails")));
    QVERIFY(after.value(QStringLiteral("created_at")).toString() > pending->draft.value(QStringLiteral("created_at")).toString());
    QCOMPARE(m_client->get(draftsPath(pending->id)).data().size(), 1);

    // A sending draft is out of reach, as it is for a POST.
    const Conversation *sending = withDraft(isSending);
    QVERIFY(sending);
    m_server->overwriteDraft(sending->id, QStringLiteral("<p>too late</p>"));
    QCOMPARE(m_client->get(draftsPath(sending->id)).data().at(0).toObject().value(QStringLiteral("body_html")),
             sending->draft.value(QStringLiteral("body_html")));
}

void TestSandboxReviewDrafts::liveActivityKeepsProposingDrafts()
{
    SandboxOptions options = queueOptions();
    options.conversations = 60;
    options.liveActivityMs = 40;
    SandboxServer server(options);
    QVERIFY(server.start());
    Client client(server.url(), "sandbox-key");
    const QString org = server.organizationIds().at(0);
    const auto conversationIds = [&] {
        QStringList ids;
        for (const QJsonValue &c : client.all(orgPath(org, QStringLiteral("/conversations")), {}, 500))
            ids << c.toObject().value(QStringLiteral("conversation_id")).toString();
        return ids;
    };
    const auto draftIds = [&] {
        QSet<QString> ids;
        for (const QString &c : conversationIds()) {
            for (const QJsonValue &d : client.get(conversationPath(org, c, QStringLiteral("/response-drafts"))).data())
                ids.insert(d.toObject().value(QStringLiteral("response_id")).toString());
        }
        return ids;
    };
    const QString started = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QSet<QString> before = draftIds();
    QTRY_VERIFY_WITH_TIMEOUT((draftIds() - before).size() >= 4, 10000);
    // Not every tick proposes: plain inbound messages arrive in between (each proposal brings one too).
    qsizetype inbound = 0;
    for (const QString &c : conversationIds()) {
        for (const QJsonValue &m : messagesOf(client, org, c)) {
            inbound += m.toObject().value(QStringLiteral("sent_at")).toString() >= started
                    && m.toObject().value(QStringLiteral("message_direction")).toString() == QLatin1String("received") ? 1 : 0;
        }
    }
    // Counted last, so ticks during the walk above can only make proposals look more frequent.
    qsizetype proposals = 0;
    for (const QJsonValue &row : client.all(orgPath(org, QStringLiteral("/audit-logs")), Client::query({{"record_type", "response_draft"}}), 500))
        proposals += row.toObject().value(QStringLiteral("occurred_at")).toString() >= started ? 1 : 0;
    // One tick in two or three proposes: at least one and a half inbound messages per proposal.
    QVERIFY2(proposals >= 4 && inbound * 2 >= proposals * 3, qPrintable(QStringLiteral("%1 inbound, %2 proposals").arg(inbound).arg(proposals)));
}

void TestSandboxReviewDrafts::sameSeedSameQueue()
{
    const auto queue = [](const QList<Conversation> &conversations) {
        QStringList rows;
        for (const Conversation &c : conversations) {
            if (!c.draft.isEmpty())
                rows << c.id + QString::fromUtf8(QJsonDocument(c.draft).toJson(QJsonDocument::Compact));
        }
        return rows;
    };
    SandboxServer again(queueOptions());
    QVERIFY(again.start());
    Client client(again.url(), "sandbox-key");
    const QStringList expected = queue(m_recent);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(queue(walkRecent(client, again.organizationIds().at(0))), expected);
}

QTEST_GUILESS_MAIN(TestSandboxReviewDrafts)
#include "tst_sandbox_review_drafts.moc"
