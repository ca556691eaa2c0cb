#include "DemoReplyWriter.h"

#include "DemoContent.h"

#include <QMap>

namespace repdesk {

// What to say for one kind of ask; every line names the ask ("quote", "visit", "price"...), so the
// reply reads as an answer to that message and not a form letter. {visit}, {slot}, {slot2} and
// {day} are filled in per reply.
struct DemoReplyWriter::Phrases
{
    QStringList acknowledgements; // e-mail: the first sentence, about what they asked
    QStringList nextSteps;        // e-mail: what happens next, with a time
    QStringList texts;            // text and chat: the whole message after "Hi Name,"
};

namespace {

using Kind = DemoAsk::Kind;

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

const DemoReplyWriter::Phrases &DemoReplyWriter::phrases(Kind kind)
{
    static const QMap<Kind, Phrases> table{
        {Kind::Quote, {lines({"Thanks for asking for a quote — happy to put one together for you.",
                              "Thank you for the quote request; I have most of what I need to work out the numbers."}),
                       lines({"If you're free for {visit} on {slot}, I can make the quote exact (or {slot2}, if that suits better).",
                              "I'll send the written quote by {day}; shall we go through it together on a short call afterwards?"}),
                       lines({"thanks for the quote request! Could we do {visit} on {slot} so I can price it exactly?",
                              "happy to quote that. Does {slot} work for {visit}?"})}},
        {Kind::Appointment, {lines({"Thanks for getting in touch about the appointment.",
                                    "Of course — let's find an appointment time that works for you."}),
                             lines({"I can offer {slot} or {slot2} for the visit; just reply with the one you prefer and I'll confirm it.",
                                    "{slot} is still open on our side — shall I book that visit for you?"}),
                             lines({"sure, we can set up the appointment. Would {slot} or {slot2} work?",
                                    "yes, we can do that. Shall I book the visit for {slot}?"})}},
        {Kind::Price, {lines({"Good question on the price.", "Thanks for asking about pricing — here's where things stand."}),
                       lines({"The total depends on a couple of details, so I'd suggest a 10-minute call on {slot} to give you an exact price.",
                              "I'll send a breakdown of the price by {day}, including tax and the financing options."}),
                       lines({"good question! The total depends on a few details. Could I call you {slot} to go over the price?",
                              "I'll text you the full price with tax by {day}. Any questions before then?"})}},
        {Kind::Availability, {lines({"Thanks for checking our availability.", "Good news: we do have availability in the coming days."}),
                              lines({"I can hold {slot} for you, or {slot2} if that's easier; let me know which you'd like.",
                                     "Would {slot} suit you? I'll keep it available for you until I hear back."}),
                              lines({"yes, we have availability {slot}. Want me to hold it for you?",
                                     "we're available {slot} or {slot2}. Which works best?"})}},
        {Kind::Repair, {lines({"Sorry to hear about the damage — thanks for letting us know so quickly.",
                               "Thanks for the details; that sounds like a repair we should look at soon."}),
                        lines({"We can come by {slot} to take a look and stop the damage from getting worse; does that work?",
                               "Could you send a photo or two? I'll then book the repair visit for {slot}."}),
                        lines({"sorry about the damage! We can come by {slot} to look at the repair. OK?",
                               "thanks for letting us know. Can we stop by {slot} to check the damage?"})}},
        {Kind::Insurance, {lines({"Thanks for the heads-up about the insurance adjuster.", "Happy to help with the insurance claim."}),
                           lines({"One of our estimators can meet the adjuster {slot}; we'll bring the photos and measurements.",
                                  "I'll prepare a damage report for your claim and send it by {day}."}),
                           lines({"yes, we can meet the insurance adjuster {slot}. We'll bring the photos.",
                                  "happy to help with the claim. I'll send our report by {day}."})}},
        {Kind::Decision, {lines({"Of course, no rush — it's a big decision to talk over with your partner.",
                                 "Thanks for letting me know; take the time you need to decide."}),
                          lines({"If any questions come up, I'm happy to join a quick call on {slot}.",
                                 "I'll check in on {day} unless I hear from you first."}),
                          lines({"no rush at all! Happy to answer any questions before you decide.",
                                 "sounds good, take your time to decide. I'll check in on {day}."})}},
        {Kind::FollowUp, {lines({"Thanks for following up, and sorry for the wait.", "Thanks for your patience — here's a quick update."}),
                          lines({"Everything is on track; I'll send the details by {day}, and I can call you {slot} to talk it through.",
                                 "We're ready to move forward whenever you are; would {slot} work for the next step?"}),
                          lines({"thanks for following up! Quick update: all on track, details coming by {day}.",
                                 "sorry for the wait! Quick update: we can start {slot}. Does that work?"})}},
        {Kind::Thanks, {lines({"Thank you for letting me know!", "Thanks for the quick reply."}),
                        lines({"Everything is set on our side; I'll send a short confirmation with the details by {day}.",
                               "If anything changes, just reply here; otherwise we'll see you {slot}."}),
                        lines({"thanks for letting me know! See you {slot}.", "thank you! I'll send a reminder on {day}."})}},
        {Kind::General, {lines({"Thanks for your message.", "Thanks for reaching out — good question."}),
                         lines({"The easiest way to answer properly is a quick call; would {slot} or {slot2} suit you?",
                                "I'll put the details in writing by {day}; in the meantime, feel free to call me directly."}),
                         lines({"thanks for your message! Could I give you a quick call {slot}?",
                                "thanks for reaching out. Does {slot} work for a quick call?"})}},
    };
    const auto found = table.constFind(kind);
    return found == table.cend() ? *table.constFind(Kind::General) : *found;
}

QString DemoReplyWriter::pick(const QStringList &options)
{
    return options.at(int(m_random.bounded(quint32(options.size()))));
}

QString DemoReplyWriter::fill(QString text, int topic)
{
    static const QStringList days{QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"),
                                  QStringLiteral("Thursday"), QStringLiteral("Friday")};
    static const QStringList times{QStringLiteral("9am"), QStringLiteral("10:30am"), QStringLiteral("1pm"),
                                   QStringLiteral("2:30pm"), QStringLiteral("4pm")};
    // Two different days, so "{slot} or {slot2}" is a real choice.
    const int first = int(m_random.bounded(quint32(days.size())));
    const int second = (first + 1 + int(m_random.bounded(quint32(days.size() - 1)))) % int(days.size());
    text.replace(QLatin1String("{slot}"), days.at(first) + QStringLiteral(" at ") + pick(times));
    text.replace(QLatin1String("{slot2}"), days.at(second) + QStringLiteral(" at ") + pick(times));
    text.replace(QLatin1String("{day}"), days.at(second));
    text.replace(QLatin1String("{visit}"), topic == 1 ? QStringLiteral("a walk-around at the hangar")
                                                      : QStringLiteral("a quick roof inspection"));
    return text;
}

QString DemoReplyWriter::write(const Request &request)
{
    const Phrases &say = phrases(DemoAsk::classify(request.inbound));
    // A contact made through the API may have no name (a phone number only).
    const QString first = request.contactName.trimmed().isEmpty() ? QStringLiteral("there")
                                                                  : DemoContent::firstName(request.contactName.trimmed());
    const QString greeting = pick({QStringLiteral("Hi"), QStringLiteral("Hello"), QStringLiteral("Hi")});
    if (request.modality != QLatin1String("email")) {
        return QStringLiteral("%1 %2, %3 – %4, %5")
            .arg(greeting, first, fill(pick(say.texts), request.topic), DemoContent::firstName(request.agentName),
                 request.organizationName);
    }
    const QString signOff = pick({QStringLiteral("Best regards"), QStringLiteral("Kind regards"),
                                  QStringLiteral("Thanks again"), QStringLiteral("Talk soon")});
    return QStringLiteral("<p>%1 %2,</p><p>%3</p><p>%4</p><p>%5,<br>%6<br>%7</p>")
        .arg(greeting, first.toHtmlEscaped(), pick(say.acknowledgements).toHtmlEscaped(),
             fill(pick(say.nextSteps), request.topic).toHtmlEscaped(), signOff, request.agentName.toHtmlEscaped(),
             request.organizationName.toHtmlEscaped());
}

} // namespace repdesk
