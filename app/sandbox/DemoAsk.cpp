#include "DemoAsk.h"

#include <QList>
#include <QRegularExpression>

namespace repdesk {

namespace {

struct Rule
{
    DemoAsk::Kind kind;
    QRegularExpression words;
};

QRegularExpression words(const char *pattern)
{
    return QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(QLatin1String(pattern)),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

const QList<Rule> &rules()
{
    static const QList<Rule> list{
        {DemoAsk::Kind::None, words("unsubscribe|verify (your )?account|needs verification")},
        {DemoAsk::Kind::Insurance, words("insurance|adjuster|claim")},
        {DemoAsk::Kind::Price, words("prices?|pricing|total|financing|costs?|how much|down payment")},
        {DemoAsk::Kind::Quote, words("quotes?|estimates?|bids?")},
        {DemoAsk::Kind::Appointment, words("appointment|schedule|scheduling|inspect|inspection|come by|book it|pre-buy|"
                                           "tomorrow|tuesday|thursday|demo flight")},
        {DemoAsk::Kind::Availability, words("available|availability|service the|anyone|trainers")},
        {DemoAsk::Kind::Repair, words("leaks?|stains?|damage|gutters?|pulling away|chimney")},
        {DemoAsk::Kind::Decision, words("partner|get back to you")},
        {DemoAsk::Kind::FollowUp, words("following up|follow up|any update")},
        // Not "Thanks," on its own line: that is how half the e-mails are signed, not what they say.
        {DemoAsk::Kind::Thanks, QRegularExpression(QStringLiteral("\\b(thanks|thank you)\\b(?!,)|\\b(sounds good|late|bye)\\b"),
                                                   QRegularExpression::CaseInsensitiveOption)},
    };
    return list;
}

// Only what a reader sees counts: a style block or a link target must not decide the answer.
QString visibleText(const QString &message)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = message;
    text.remove(hidden);
    text.replace(tag, QStringLiteral(" "));
    return text;
}

} // namespace

DemoAsk::Kind DemoAsk::classify(const QString &message)
{
    const QString text = visibleText(message);
    for (const Rule &rule : rules()) {
        if (rule.words.match(text).hasMatch())
            return rule.kind;
    }
    return Kind::General;
}

QString DemoAsk::name(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Insurance: return QStringLiteral("insurance");
    case Kind::Price: return QStringLiteral("price");
    case Kind::Quote: return QStringLiteral("quote");
    case Kind::Appointment: return QStringLiteral("appointment");
    case Kind::Availability: return QStringLiteral("availability");
    case Kind::Repair: return QStringLiteral("repair");
    case Kind::Decision: return QStringLiteral("decision");
    case Kind::FollowUp: return QStringLiteral("follow-up");
    case Kind::Thanks: return QStringLiteral("thanks");
    case Kind::General: break;
    }
    return QStringLiteral("general");
}

} // namespace repdesk
