#pragma once

#include <QList>
#include <QString>

namespace repdesk {

// The in-memory plan of one demo organization, shared by the generators that write it out.
struct DemoOrganization
{
    // Who an agent is and how they work, so a leaderboard has a spread and trends have causes.
    struct Agent
    {
        QString id;
        QString name;
        QString email;
        double volume = 1.0;          // relative share of new conversations
        double responseMinutes = 30;  // typical first reply to an e-mail, at the start of the history
        double drift = 0.0;           // log change of that delay from the start of the history to the anchor (< 0: faster)
        double missRate = 0.05;       // share of inbound conversations left unanswered
        double leadRate = 0.25;       // share of conversations that become a sale
        double closeRate = 0.45;      // share of quoted sales won
        double draftRate = 0.4;       // share of replies sent exactly as the assistant drafted them
        int joinedWeeksAgo = 1000;    // conversations older than this went to colleagues
    };
    struct Company
    {
        QString id;
        QString name;
        QString domain;
        int agent = -1;
    };
    struct Contact
    {
        QString id;
        QString name;
        QString email;
        QString phone;
        int company = -1;
        qint64 createdAt = 0;
        int conversations = 0;
    };
    struct Conversation
    {
        QString id;
        int contact = 0;
        int agent = 0;
        QString modality;   // email, text, call, live_chat or form
        QString subject;
        int messageCount = 0;
        qint64 startAt = 0;
        qint64 lastActivityAt = 0;
        bool lastReceived = false;
        // What the contact said last, as stored (HTML for e-mail; a call's customer lines), so a
        // suggested reply can answer it.
        QString lastInbound;
        QString folder;
        bool isRead = true;
        QList<qint64> times; // one per message, ascending
        QList<bool> sent;    // one per message: true for the agent's, false for the contact's
    };

    QString id;
    QString uuid;
    QString name;
    QString brand;          // the short trading name its agents use ("Thanks for calling ...")
    QString domain;         // the organization's own mail domain
    int topic = 0;          // 0: roofing, 1: aircraft sales (drives subjects, products, wording)
    bool textCredentials = true;
    bool longIds = false;   // Fernet-like contact and conversation ids
    QList<Agent> agents;
    QList<Company> companies;
    QList<Contact> contacts;
    QList<Conversation> conversations;
};

} // namespace repdesk
