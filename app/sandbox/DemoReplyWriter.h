#pragma once

#include "DemoAsk.h"

#include <QRandomGenerator>
#include <QString>

namespace repdesk {

// Writes the reply HyperRep suggests to a contact's last message: it greets them by first name,
// answers what they asked (DemoAsk), proposes a next step with a time, and signs with the agent's
// name. E-mail replies are HTML paragraphs; text and chat replies one short plain line.
class DemoReplyWriter
{
public:
    struct Request
    {
        QString contactName;
        QString agentName;
        QString organizationName;
        int topic = 0;    // DemoOrganization::topic: 0 roofing, 1 aircraft sales
        QString modality; // the reply's channel (SandboxActivity::replyModality); "email" gets HTML
        QString inbound;  // the message being answered, as stored
    };

    explicit DemoReplyWriter(QRandomGenerator &random) : m_random(random) {}

    QString write(const Request &request);

private:
    struct Phrases;
    static const Phrases &phrases(DemoAsk::Kind kind);
    QString pick(const QStringList &options);
    QString fill(QString text, int topic);

    QRandomGenerator &m_random;
};

} // namespace repdesk
