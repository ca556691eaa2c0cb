#pragma once

#include "DemoOrganization.h"

#include <QSqlQuery>

namespace repdesk {

class DemoCalendar;
class DemoContent;
class DemoRandom;
class SandboxDatabase;

// Conversations and their message threads. plan() decides who talks when (so contacts can be
// dated before their first conversation); write() renders and inserts the messages.
class DemoConversationGenerator
{
public:
    static constexpr int kLongThreadMessages = 240;
    // A long-running account: the thread reaches back four months.
    static constexpr int kLongThreadDays = 120;

    DemoConversationGenerator(SandboxDatabase &db, DemoRandom &random, qint64 anchorMicros);

    // Conversations spread over DemoCalendar's half year, newest first. With `longThread`,
    // conversation 0 gets exactly 240 messages and the most recent activity.
    void plan(DemoOrganization &org, int count, bool longThread);
    void write(DemoOrganization &org);

private:
    int pickAgent(const DemoOrganization &org, const DemoCalendar &calendar, qint64 start);
    QList<qint64> longThreadTimes(QList<qint64> times) const;
    void keepBeforeAnchor(QList<qint64> &times);
    void writeThread(DemoOrganization &org, DemoOrganization::Conversation &conversation, DemoContent &content);
    void insertMessage(const QVariantList &values);

    SandboxDatabase &m_db;
    DemoRandom &m_random;
    qint64 m_anchor;
    QSqlQuery m_insertMessage;
    QSqlQuery m_insertConversation;
};

} // namespace repdesk
