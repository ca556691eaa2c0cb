#pragma once

// Shared builders and comparisons of the tst_cache* test executables.

#include "Cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace repdesk::cachetest {

// Accents, CJK, right-to-left and emoji (a surrogate pair and a ZWJ sequence).
inline QString accents() { return QStringLiteral("Zoë Ångström-Müller, Façade Ñandú"); }
inline QString cjk() { return QStringLiteral("山田太郎 株式会社テスト"); }
inline QString rtl() { return QStringLiteral("مرحبا بالعالم שלום"); }
inline QString emoji() { return QStringLiteral("Deal 🎉 closed 👩‍💻"); }

// Ids as long as the old gAAAAAB tokens, with a distinguishing prefix.
inline QString longId(const QString &prefix)
{
    QString id = prefix + QLatin1Char('_');
    while (id.size() < 150)
        id += QStringLiteral("gAAAAABxLs9dV5kTr8cY1hJ6uW3mN4qP2");
    return id.left(150);
}

inline QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

inline Conversation conversation(const QString &id, const QDateTime &lastActivity, const QString &folder = QStringLiteral("inbox"),
                                 std::optional<bool> isRead = false)
{
    Conversation c;
    c.conversationId = id;
    c.startAt = lastActivity.isValid() ? lastActivity.addDays(-1) : QDateTime();
    c.lastActivityAt = lastActivity;
    c.folder = folder;
    c.isRead = isRead;
    c.contactId = QStringLiteral("contact-") + id.left(8);
    return c;
}

// A message with every field set, the text fields carrying `text`.
inline Message fullMessage(const QString &conversationId, int index, const QString &text)
{
    Message m;
    m.messageId = longId(QStringLiteral("msg%1").arg(index));
    m.conversationId = conversationId;
    m.agentId = QStringLiteral("agent-%1").arg(index);
    m.modality = index % 2 ? QStringLiteral("call") : QStringLiteral("email");
    m.messageDirection = index % 2 ? QStringLiteral("received") : QStringLiteral("sent");
    m.isFormRequest = true;
    m.subject = QStringLiteral("Re: ") + text;
    m.content = QStringLiteral("<p>") + text + QStringLiteral("</p>\n<b>\"quoted\" & 'single'</b>");
    m.callTranscript = QStringLiteral("Agent: hello\nCustomer: ") + text;
    m.formRequestBody = {{QStringLiteral("utm_source"), QStringLiteral("newsletter")},
                         {QStringLiteral("name"), text},
                         {QStringLiteral("name"), QStringLiteral("repeated name keeps order")},
                         {QStringLiteral("budget"), QStringLiteral("{\"amount\":1200.5}")}};
    m.sentAt = utc(2026, 3, 12, 0, 32, 13, 782).addSecs(index * 60);
    m.draftedAt = utc(2026, 3, 11, 23, 59, 59, 1).addSecs(index * 60);
    m.emailMetadata.emailMessageId = QStringLiteral("<%1@mail.example>").arg(index);
    m.emailMetadata.ccEmails = {QStringLiteral("cc1@example.com"), QStringLiteral("zoë@exämple.com")};
    m.emailMetadata.bccEmails = {QStringLiteral("bcc@example.com")};
    if (index % 3 != 2)
        m.callMetadata.duration = index * 17; // index 0 gives a 0-second call, not "unknown"
    m.trackedLinks = {{QStringLiteral("link-a"), QStringLiteral("https://example.com/ä?x=1&y=2"), 3},
                      {QStringLiteral("link-b"), QStringLiteral("https://example.com/b"), 0}};
    return m;
}

// QCOMPARE per field, so a failure names the field; check QTest::currentTestFailed() after calling.
inline void compareMessages(const Message &a, const Message &b)
{
    QCOMPARE(a.messageId, b.messageId);
    QCOMPARE(a.conversationId, b.conversationId);
    QCOMPARE(a.agentId, b.agentId);
    QCOMPARE(a.modality, b.modality);
    QCOMPARE(a.messageDirection, b.messageDirection);
    QCOMPARE(a.isFormRequest, b.isFormRequest);
    QCOMPARE(a.subject, b.subject);
    QCOMPARE(a.content, b.content);
    QCOMPARE(a.callTranscript, b.callTranscript);
    QCOMPARE(a.formRequestBody.size(), b.formRequestBody.size());
    for (int i = 0; i < a.formRequestBody.size(); ++i) {
        QCOMPARE(a.formRequestBody.at(i).name, b.formRequestBody.at(i).name);
        QCOMPARE(a.formRequestBody.at(i).value, b.formRequestBody.at(i).value);
    }
    QCOMPARE(a.sentAt, b.sentAt);
    QCOMPARE(a.sentAt.time().msec(), b.sentAt.time().msec());
    QCOMPARE(a.draftedAt, b.draftedAt);
    QCOMPARE(a.emailMetadata.emailMessageId, b.emailMetadata.emailMessageId);
    QCOMPARE(a.emailMetadata.ccEmails, b.emailMetadata.ccEmails);
    QCOMPARE(a.emailMetadata.bccEmails, b.emailMetadata.bccEmails);
    QCOMPARE(a.callMetadata.duration.has_value(), b.callMetadata.duration.has_value());
    QCOMPARE(a.callMetadata.duration.value_or(-1), b.callMetadata.duration.value_or(-1));
    QCOMPARE(a.trackedLinks.size(), b.trackedLinks.size());
    for (int i = 0; i < a.trackedLinks.size(); ++i) {
        QCOMPARE(a.trackedLinks.at(i).linkId, b.trackedLinks.at(i).linkId);
        QCOMPARE(a.trackedLinks.at(i).url, b.trackedLinks.at(i).url);
        QCOMPARE(a.trackedLinks.at(i).clickCount, b.trackedLinks.at(i).clickCount);
    }
}

// The documented file layout: <dir>/<accountKey>/org-<sha1(orgId) first 16 hex>.sqlite.
inline QString organizationFile(const QString &directory, const QString &accountKey, const QString &organizationId)
{
    const QByteArray hash = QCryptographicHash::hash(organizationId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(directory).filePath(accountKey + QStringLiteral("/org-") + QString::fromLatin1(hash) + QStringLiteral(".sqlite"));
}

} // namespace repdesk::cachetest
