#include "FernandSandboxData.h"

#include <QRandomGenerator>

namespace repdesk {

namespace {
const char *const kFirst[] = {"Ada", "Bruno", "Chloé", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ines", "Jonas",
                              "Keiko", "Luca", "Marta", "Nils", "Olu", "Priya", "Quentin", "Rosa", "Sami", "Tove"};
const char *const kLast[] = {"Martin", "Nakamura", "Okafor", "Petrov", "Quiroga", "Rossi", "Schmidt", "Tanaka",
                             "Ulloa", "Varga", "Weber", "Yilmaz", "Zhou", "Dubois", "Lindqvist"};
const char *const kCompanies[] = {"Northwind", "Blue Heron Labs", "Atelier Sud", "Kestrel Freight", "Mosaic Health"};
const char *const kSubjects[] = {"Cannot log in after the update", "Invoice for March is missing",
                                 "Question about the team plan", "Export to CSV fails", "Refund request",
                                 "How do I add a second inbox?", "Webhook stopped firing", "Feature request: dark mode",
                                 "Password reset mail never arrives", "Billing address change"};
const char *const kAsks[] = {"<p>Hi, since this morning I get an error when I try this. Can you help?</p>",
                             "<p>Hello team,</p><p>could you look into this for us? It blocks <b>three</b> people.</p>",
                             "<p>Quick question: is this expected? Thanks!</p>",
                             "<p>Following up on my last message, any news?</p>"};
const char *const kAnswers[] = {"<p>Thanks for writing! I have reset it on our side; could you try again?</p>",
                                "<p>Good news: this is fixed in today's release.</p>",
                                "<p>I've passed this to our billing team, you'll hear back today.</p>"};
const char *const kNotes[] = {"Customer on the annual plan, priority.", "Checked the logs: token expired.",
                              "Asked engineering in #support-escalations."};

template<typename T, std::size_t N>
QString pick(QRandomGenerator &r, const T (&list)[N])
{
    return QString::fromUtf8(list[r.bounded(int(N))]);
}
} // namespace

void FernandSandboxData::generate(quint32 seed, int conversationCount, const QDateTime &anchor)
{
    QRandomGenerator r(seed);
    const QStringList agentNames = {QStringLiteral("Richard Hendricks"), QStringLiteral("Monica Hall"),
                                    QStringLiteral("Jared Dunn"), QStringLiteral("Dinesh Chugtai")};
    for (int i = 0; i < agentNames.size(); ++i) {
        Agent a;
        a.id = 101 + i;
        a.name = agentNames.at(i);
        a.email = agentNames.at(i).section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@piedpiper.example");
        a.timezone = QStringLiteral("Europe/Paris");
        a.signature = QStringLiteral("<p>— %1, Pied Piper support</p>").arg(a.name);
        agents.append(a);
    }
    const int contactCount = qMax(4, conversationCount / 2);
    for (int i = 0; i < contactCount; ++i) {
        Contact c;
        c.id = 5001 + i;
        const QString first = pick(r, kFirst);
        const QString last = pick(r, kLast);
        c.name = first + QLatin1Char(' ') + last;
        c.email = QStringLiteral("%1.%2%3@example.com").arg(first.toLower().replace(QStringLiteral("é"), QStringLiteral("e")),
                                                              last.toLower()).arg(i);
        c.company = r.bounded(3) == 0 ? QString() : pick(r, kCompanies);
        contacts.append(c);
    }
    const QStringList statuses = {QStringLiteral("OPENED"), QStringLiteral("OPENED"), QStringLiteral("OPENED"),
                                  QStringLiteral("CLOSED"), QStringLiteral("SNOOZED"), QStringLiteral("SPAM")};
    for (int i = 0; i < conversationCount; ++i) {
        Conversation c;
        c.id = 9001 + i;
        c.contactId = contacts.at(i % contactCount).id;
        c.subject = pick(r, kSubjects);
        c.status = statuses.at(r.bounded(int(statuses.size())));
        c.agentId = r.bounded(3) == 0 ? 0 : agents.at(r.bounded(int(agents.size()))).id;
        c.tags = {int(r.bounded(1, 6))};
        if (c.status == QLatin1String("SNOOZED"))
            c.snoozeUntil = anchor.addSecs(3600 * (1 + r.bounded(72)));
        // Spread over the last 30 days, the first ones the most recent.
        QDateTime t = anchor.addSecs(-qint64(i) * 1800 - r.bounded(1500) - 3 * 24 * 3600);
        const int turns = 1 + r.bounded(5);
        for (int k = 0; k < turns; ++k) {
            Item in;
            in.id = nextItemId(QStringLiteral("m-"));
            in.type = QStringLiteral("message");
            in.way = QStringLiteral("in");
            in.status = QStringLiteral("received");
            in.contactId = c.contactId;
            in.timestamp = t;
            in.message = pick(r, kAsks);
            in.isRead = k + 1 < turns || c.status != QLatin1String("OPENED") || r.bounded(2) == 0;
            c.items.append(in);
            t = t.addSecs(600 + r.bounded(3600));
            if (k == 0 && c.agentId) {
                Item e;
                e.id = nextItemId(QStringLiteral("e-"));
                e.type = QStringLiteral("event");
                e.timestamp = t;
                e.agentId = c.agentId;
                e.message = QStringLiteral("Assigned to %1").arg(agent(c.agentId)->name);
                e.isAutomated = true;
                c.items.append(e);
            }
            if (r.bounded(4) == 0) {
                Item n;
                n.id = nextItemId(QStringLiteral("n-"));
                n.type = QStringLiteral("note");
                n.timestamp = t.addSecs(30);
                n.agentId = c.agentId ? c.agentId : agents.first().id;
                n.message = QStringLiteral("<p>%1</p>").arg(pick(r, kNotes));
                c.items.append(n);
            }
            if (k + 1 < turns || c.status != QLatin1String("OPENED")) {
                Item out;
                out.id = nextItemId(QStringLiteral("m-"));
                out.type = QStringLiteral("message");
                out.way = QStringLiteral("out");
                out.status = QStringLiteral("sent");
                out.agentId = c.agentId ? c.agentId : agents.first().id;
                out.timestamp = t.addSecs(60);
                out.message = pick(r, kAnswers);
                c.items.append(out);
                t = t.addSecs(3600 + r.bounded(7200));
            }
        }
        c.lastUpdate = c.items.constLast().timestamp;
        conversations.insert(c.id, c);
    }
}

const FernandSandboxData::Agent *FernandSandboxData::agent(qint64 id) const
{
    for (const Agent &a : agents)
        if (a.id == id)
            return &a;
    return nullptr;
}

const FernandSandboxData::Agent *FernandSandboxData::agentByEmail(const QString &email) const
{
    for (const Agent &a : agents)
        if (a.email.compare(email, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

const FernandSandboxData::Contact *FernandSandboxData::contact(qint64 id) const
{
    for (const Contact &c : contacts)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace repdesk
