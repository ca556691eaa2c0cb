#pragma once

#include "DemoOrganization.h"

#include <QString>

namespace repdesk {

class DemoRandom;
class SandboxDatabase;

// The review queue of the demo data: every conversation that a contact wrote to last, within the
// last two weeks, with something to answer has a reply HyperRep drafted (DemoReplyWriter) waiting
// for a person to approve, change or delete it, and one in seven older ones keeps a stale draft
// (outside the default review window); a few recent ones are already approved and sending (the
// server promotes them after SandboxOptions::autosendDelayMs). It runs after DemoSalesGenerator,
// whose pending response drafts join the queue: they count toward the stale share and are rewritten to
// answer their conversation.
class DemoReviewQueue
{
public:
    static constexpr int kRecentDays = 14;
    static constexpr int kStaleShare = 7; // one older conversation in kStaleShare

    DemoReviewQueue(SandboxDatabase &db, qint64 anchorMicros) : m_db(db), m_anchor(anchorMicros) {}

    // `seed` starts this organization's own random stream, so that the rest of the demo data is
    // the same with or without the queue.
    void write(const DemoOrganization &org, quint32 seed);

    // Where the organization's topic (DemoOrganization::topic) is kept for replies written later.
    static QString topicKey(const QString &organizationId);

private:
    struct Entry
    {
        int conversation = 0; // index in DemoOrganization::conversations
        QString draftId;
        qint64 createdAt = 0;
        bool existing = false;
    };

    QList<Entry> choose(const DemoOrganization &org, DemoRandom &random);
    void writeEntry(const DemoOrganization &org, const Entry &entry, bool copyColleague, DemoRandom &random);
    void queueSome(const QList<Entry> &entries, DemoRandom &random);

    SandboxDatabase &m_db;
    qint64 m_anchor;
};

} // namespace repdesk
