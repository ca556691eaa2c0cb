#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace repdesk {

class DemoRandom;
struct DemoOrganization;

// Message bodies of the demo data. Inbound e-mails include hostile HTML on purpose (scripts,
// tracking pixels, event handlers, javascript: links, iframes, remote CSS, forms) so that a
// client's sanitizer has something to chew on.
class DemoContent
{
public:
    DemoContent(DemoRandom &random, const DemoOrganization &org);

    QString subject();
    QString inboundEmail(const QString &contactName);
    // `links` receives the URLs worth tracking.
    QString outboundEmail(const QString &contactName, const QString &agentName, QStringList *links);
    QString text(bool inbound);
    QString liveChat(bool inbound);
    QString callTranscript(const QString &agentName, const QString &contactName, int lines);
    QString callSummary(bool inbound, int durationSeconds);
    QJsonObject formRequest(const QString &name, const QString &email, const QString &phone, QString *message);
    QString responseDraft(const QString &contactName, const QString &agentName);

    static int hostileVariantCount();
    static QString firstName(const QString &name);

private:
    QString hostileEmail(int variant, const QString &contactName);
    QString newsletter();
    QString sentence(bool inbound);

    DemoRandom &m_random;
    int m_topic;
    QString m_brand;  // who the agents say they are
    QString m_domain; // where their quote and booking links point
    int m_inboundEmails = 0;
};

} // namespace repdesk
