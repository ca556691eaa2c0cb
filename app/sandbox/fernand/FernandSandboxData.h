#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace repdesk {

// The Fernand sandbox's whole state, in memory: agents, contacts,
// conversations with their mixed stream (messages, notes, events) and drafts.
// Generated from a seed, so tests and `repdesk --demo --provider fernand` see
// the same inbox every time for a given anchor.
class FernandSandboxData
{
public:
    struct Agent
    {
        qint64 id = 0;
        QString email, name, timezone, signature;
    };
    struct Contact
    {
        qint64 id = 0;
        QString email, name, company;
    };
    struct Item
    {
        QString id; // "m-N", "n-N", "e-N"
        QString type; // "message", "note", "event"
        QDateTime timestamp;
        QString way; // "in" / "out" for messages; empty otherwise
        QString status;
        qint64 agentId = 0;
        qint64 contactId = 0;
        QString message; // HTML
        bool isRead = true;
        bool isAutomated = false;
    };
    struct Conversation
    {
        qint64 id = 0;
        qint64 contactId = 0;
        QString subject;
        QString status; // OPENED, CLOSED, SPAM, SNOOZED
        QDateTime lastUpdate;
        QList<int> tags;
        qint64 agentId = 0; // 0: unassigned
        qint64 channelId = 1;
        QDateTime snoozeUntil;
        QList<Item> items; // oldest first
    };
    struct Draft
    {
        qint64 id = 0;
        qint64 conversationId = 0;
        QString title, content;
        qint64 authorId = 0, targetId = 0;
        QDateTime created, lastUpdated;
    };

    void generate(quint32 seed, int conversations, const QDateTime &anchor);

    QList<Agent> agents;
    QList<Contact> contacts;
    QMap<qint64, Conversation> conversations;
    QMap<qint64, Draft> drafts;

    const Agent *agent(qint64 id) const;
    const Agent *agentByEmail(const QString &email) const;
    const Contact *contact(qint64 id) const;
    QString nextItemId(const QString &prefix) { return prefix + QString::number(++m_lastItem); }
    qint64 nextDraftId() { return ++m_lastDraft; }

private:
    qint64 m_lastItem = 0;
    qint64 m_lastDraft = 0;
};

} // namespace repdesk
