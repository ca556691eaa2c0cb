#pragma once

#include <QList>
#include <QString>

namespace repdesk {

// The in-memory plan of one demo organization, shared by the generators that write it out.
struct DemoOrganization
{
    struct Agent
    {
        QString id;
        QString name;
        QString email;
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
        QString folder;
        bool isRead = true;
        QList<qint64> times; // one per message, ascending
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
