#pragma once

// Shared by the DraftJournal tests: sample entries and a second, read-only
// connection that shows what is really in the file.
#include "DraftJournal.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace repdesk::test {
inline const QString kOrg = QStringLiteral("HR_id_org_1");
inline const QString kAccount = QStringLiteral("acct");

inline JournalEntry reply(const QString &key, const QString &html)
{
    JournalEntry e;
    e.organizationId = kOrg;
    e.key = key;
    e.html = html;
    e.updatedAt = QDateTime::currentDateTimeUtc();
    return e;
}

inline JournalEntry everyField()
{
    JournalEntry e;
    e.organizationId = QStringLiteral("gAAAAABorg\u00e9/=+?#");
    e.key = QStringLiteral("compose:7d1f3c52-4b8e-4f0a-9a51-0c2f0e6b1d2e");
    QString html = QStringLiteral("<p dir=\"rtl\">\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD</p>"
                                  "<p>Zo\u00eb Dupr\u00e9 \U0001F44B\U0001F3FD \u4F60\u597D \u2014 'quotes' \"double\" \\ NUL-free</p>");
    while (html.size() < 100 * 1024)
        html += QStringLiteral("<p>Line %1: caf\u00e9 \U0001F600 \u0627\u0644\u0639\u0631\u0628\u064A\u0629</p>").arg(html.size());
    e.html = html;
    e.ccEmails = {QStringLiteral("zo\u00eb@example.com"), QStringLiteral("b@example.org")};
    e.bccEmails = {QStringLiteral("audit@example.com")};
    e.addNotification = true;
    e.modality = QStringLiteral("email");
    e.subject = QStringLiteral("Devis \u2014 25 postes \U0001F4C8");
    e.toName = QStringLiteral("\u0645\u0631\u064A\u0645 \u0627\u0644\u062D\u0633\u0646");
    e.toEmail = QStringLiteral("mariam@example.com");
    e.toPhone = QStringLiteral("+33 6 12 34 56 78");
    e.folder = QStringLiteral("Sales Follow-up");
    e.updatedAt = QDateTime(QDate(2026, 5, 21), QTime(14, 35, 12, 345), QTimeZone::utc());
    e.savedToServer = true;
    e.serverDraftId = QStringLiteral("HR_id_draft_\u00e9");
    e.serverBodyHtml = QStringLiteral("<p>older \U0001F600</p>");
    e.serverCreatedAt = QDateTime(QDate(2026, 5, 20), QTime(9, 0, 0, 7), QTimeZone::utc());
    e.sendAttemptedAt = QDateTime(QDate(2026, 5, 21), QTime(14, 36, 1, 250), QTimeZone::utc());
    return e;
}

inline void compareEntries(const JournalEntry &a, const JournalEntry &b)
{
    QCOMPARE(a.organizationId, b.organizationId);
    QCOMPARE(a.key, b.key);
    QCOMPARE(a.html.size(), b.html.size());
    QVERIFY(a.html == b.html);
    QCOMPARE(a.ccEmails, b.ccEmails);
    QCOMPARE(a.bccEmails, b.bccEmails);
    QCOMPARE(a.addNotification, b.addNotification);
    QCOMPARE(a.modality, b.modality);
    QCOMPARE(a.subject, b.subject);
    QCOMPARE(a.toName, b.toName);
    QCOMPARE(a.toEmail, b.toEmail);
    QCOMPARE(a.toPhone, b.toPhone);
    QCOMPARE(a.folder, b.folder);
    QCOMPARE(a.updatedAt, b.updatedAt);
    QCOMPARE(a.savedToServer, b.savedToServer);
    QCOMPARE(a.serverDraftId, b.serverDraftId);
    QCOMPARE(a.serverBodyHtml, b.serverBodyHtml);
    QCOMPARE(a.serverCreatedAt, b.serverCreatedAt);
    QCOMPARE(a.sendAttemptedAt, b.sendAttemptedAt);
}

// What is really in the file, read through a connection of its own (the
// journal's in-memory staging cannot hide anything from it).
class DiskReader
{
public:
    explicit DiskReader(const QString &path) : m_name(QStringLiteral("disk-reader-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~DiskReader() { QSqlDatabase::removeDatabase(m_name); }

    QString html(const QString &key) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT html FROM drafts WHERE organization_id = ? AND key = ?"));
        q.addBindValue(kOrg);
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return QStringLiteral("<missing>");
        return q.value(0).toString();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};
} // namespace repdesk::test
