// DraftJournal contents: every field survives a restart, saved/unsaved
// bookkeeping, and a damaged file is moved aside, never deleted. The timing
// of writes is in tst_journal_timing.cpp.
#include "tst_journal_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace repdesk;
using namespace repdesk::test;

class TestJournal : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dir() const { return m_dir->path(); }
    QString file() const { return m_dir->filePath(kAccount + QStringLiteral("/drafts.sqlite")); }

    // A drafts file as version 0.1 wrote it (layout 1), with one unsaved reply.
    void writeLayoutOneFile(int userVersion)
    {
        QVERIFY(QDir().mkpath(QFileInfo(file()).absolutePath()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(file());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE drafts (organization_id TEXT NOT NULL, key TEXT NOT NULL, html TEXT, cc_emails TEXT,"
                " bcc_emails TEXT, add_notification INTEGER NOT NULL DEFAULT 0, modality TEXT, subject TEXT,"
                " to_name TEXT, to_email TEXT, to_phone TEXT, folder TEXT, updated_at INTEGER,"
                " saved_to_server INTEGER NOT NULL DEFAULT 0, server_draft_id TEXT, server_body_html TEXT,"
                " server_created_at INTEGER, PRIMARY KEY (organization_id, key))")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO drafts (organization_id, key, html, cc_emails, bcc_emails,"
                                             " updated_at) VALUES (?, ?, ?, '[\"cc@example.com\"]', '[]', 1779000000000)")));
            q.addBindValue(kOrg);
            q.addBindValue(QStringLiteral("conv-old"));
            q.addBindValue(QStringLiteral("<p>written by 0.1</p>"));
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void everyFieldSurvivesARestart()
    {
        const JournalEntry original = everyField();
        {
            DraftJournal journal(dir(), kAccount);
            QVERIFY2(journal.isOpen(), qPrintable(journal.lastError()));
            journal.stage(original);
            compareEntries(*journal.entry(original.organizationId, original.key), original);
            journal.flush();
        }
        QVERIFY(QFileInfo::exists(file()));
        DraftJournal reopened(dir(), kAccount);
        const auto loaded = reopened.entry(original.organizationId, original.key);
        QVERIFY(loaded);
        compareEntries(*loaded, original);
        QCOMPARE(reopened.entries(original.organizationId).size(), 1);
        QVERIFY(reopened.lastError().isEmpty());
    }

    void emptyFieldsStayEmpty()
    {
        JournalEntry bare;
        bare.organizationId = kOrg;
        bare.key = QStringLiteral("conv-bare");
        {
            DraftJournal journal(dir(), kAccount);
            QVERIFY(journal.writeNow(bare));
        }
        DraftJournal reopened(dir(), kAccount);
        const auto loaded = reopened.entry(kOrg, bare.key);
        QVERIFY(loaded);
        compareEntries(*loaded, bare);
        QVERIFY(!loaded->updatedAt.isValid());
        QVERIFY(!reopened.entry(kOrg, QStringLiteral("never-staged")));
    }

    void flushAndDestructorWriteStagedEdits()
    {
        {
            DraftJournal journal(dir(), kAccount);
            journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("one")));
            journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("two")));
            journal.flush();
            QCOMPARE(journal.diskWrites(), 2);
            QCOMPARE(DiskReader(file()).html(QStringLiteral("conv-1")), QStringLiteral("two"));
            journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("three, staged at close")));
            QCOMPARE(journal.diskWrites(), 2);
        }
        DraftJournal reopened(dir(), kAccount);
        QCOMPARE(reopened.entry(kOrg, QStringLiteral("conv-1"))->html, QStringLiteral("three, staged at close"));
    }

    void markSavedUnsavedAndRemove()
    {
        const QDateTime created(QDate(2026, 5, 21), QTime(14, 35), QTimeZone::utc());
        {
            DraftJournal journal(dir(), kAccount);
            journal.stage(reply(QStringLiteral("conv-a"), QStringLiteral("<p>A</p>")));
            journal.stage(reply(QStringLiteral("conv-b"), QStringLiteral("<p>B</p>")));
            JournalEntry other = reply(QStringLiteral("conv-a"), QStringLiteral("<p>other org</p>"));
            other.organizationId = QStringLiteral("HR_id_org_2");
            journal.stage(other);
            QCOMPARE(journal.unsaved(kOrg).size(), 2);
            QCOMPARE(journal.unsaved(other.organizationId).size(), 1);

            journal.markSaved(kOrg, QStringLiteral("conv-a"), QStringLiteral("HR_id_resp_a"), QStringLiteral("<p>A</p>"), created);
            const auto a = journal.entry(kOrg, QStringLiteral("conv-a"));
            QVERIFY(a->savedToServer);
            QCOMPARE(a->serverDraftId, QStringLiteral("HR_id_resp_a"));
            QCOMPARE(a->serverBodyHtml, QStringLiteral("<p>A</p>"));
            QCOMPARE(a->serverCreatedAt, created);
            QCOMPARE(a->html, QStringLiteral("<p>A</p>"));
            const auto unsaved = journal.unsaved(kOrg);
            QCOMPARE(unsaved.size(), 1);
            QCOMPARE(unsaved.first().key, QStringLiteral("conv-b"));
            QCOMPARE(journal.entries(kOrg).size(), 2);
            QVERIFY(!journal.entry(other.organizationId, QStringLiteral("conv-a"))->savedToServer);

            journal.remove(kOrg, QStringLiteral("conv-b"));
            QVERIFY(!journal.entry(kOrg, QStringLiteral("conv-b")));
            QVERIFY(journal.unsaved(kOrg).isEmpty());
        }
        DraftJournal reopened(dir(), kAccount);
        QVERIFY(reopened.entry(kOrg, QStringLiteral("conv-a"))->savedToServer);
        QVERIFY(!reopened.entry(kOrg, QStringLiteral("conv-b")));
        QCOMPARE(reopened.entries(kOrg).size(), 1);
        QCOMPARE(reopened.unsaved(QStringLiteral("HR_id_org_2")).size(), 1);
    }

    void editsDuringTheSaveRoundTripStayUnsaved()
    {
        DraftJournal journal(dir(), kAccount);
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("sent text")));
        journal.flush();
        // Typed while the save was on the wire: staged, not yet written.
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("sent text, and more")));
        journal.markSaved(kOrg, QStringLiteral("conv-1"), QStringLiteral("HR_id_r"), QStringLiteral("sent text"), {});
        auto e = journal.entry(kOrg, QStringLiteral("conv-1"));
        QVERIFY(!e->savedToServer);
        QCOMPARE(e->serverDraftId, QStringLiteral("HR_id_r"));
        QCOMPARE(journal.unsaved(kOrg).size(), 1);
        journal.flush();
        QCOMPARE(journal.entry(kOrg, QStringLiteral("conv-1"))->html, QStringLiteral("sent text, and more"));
        QVERIFY(!journal.entry(kOrg, QStringLiteral("conv-1"))->savedToServer);
        // Already written when the answer came back: the same rule applies to the file.
        journal.markSaved(kOrg, QStringLiteral("conv-1"), QStringLiteral("HR_id_r"), QStringLiteral("sent text"), {});
        QVERIFY(!journal.entry(kOrg, QStringLiteral("conv-1"))->savedToServer);
        journal.markSaved(kOrg, QStringLiteral("conv-1"), QStringLiteral("HR_id_r"), QStringLiteral("sent text, and more"), {});
        QVERIFY(journal.entry(kOrg, QStringLiteral("conv-1"))->savedToServer);
    }

    void sendMarkerOutlivesEditsAndRestarts()
    {
        const QString conv = QStringLiteral("conv-send");
        const QDateTime at(QDate(2026, 5, 21), QTime(15, 0, 2, 500), QTimeZone::utc());
        {
            DraftJournal journal(dir(), kAccount);
            journal.stage(reply(conv, QStringLiteral("<p>Thanks</p>"))); // staged, not yet written
            journal.markSendAttempted(kOrg, conv, at);
            QCOMPARE(journal.entry(kOrg, conv)->sendAttemptedAt, at);
            QCOMPARE(DiskReader(file()).html(conv), QStringLiteral("<p>Thanks</p>")); // the text went with it
            // Edits staged and written later do not erase it: only the send machinery does.
            journal.stage(reply(conv, QStringLiteral("<p>Thanks!</p>")));
            QCOMPARE(journal.entry(kOrg, conv)->sendAttemptedAt, at);
            journal.flush();
            QVERIFY(journal.writeNow(reply(conv, QStringLiteral("<p>Thanks!!</p>"))));
            QCOMPARE(journal.entry(kOrg, conv)->sendAttemptedAt, at);
            QCOMPARE(journal.entries(kOrg).first().sendAttemptedAt, at);
        }
        {
            DraftJournal journal(dir(), kAccount);
            const auto e = journal.entry(kOrg, conv);
            QVERIFY(e);
            QCOMPARE(e->sendAttemptedAt, at);
            QCOMPARE(e->html, QStringLiteral("<p>Thanks!!</p>"));
            journal.clearSendAttempt(kOrg, conv);
            QVERIFY(!journal.entry(kOrg, conv)->sendAttemptedAt.isValid());
        }
        DraftJournal journal(dir(), kAccount);
        QVERIFY(!journal.entry(kOrg, conv)->sendAttemptedAt.isValid());
        QCOMPARE(journal.entry(kOrg, conv)->html, QStringLiteral("<p>Thanks!!</p>")); // the text stays
        journal.markSendAttempted(kOrg, conv, at);
        journal.remove(kOrg, conv);
        QVERIFY(!journal.entry(kOrg, conv));
    }

    void layoutOneFileIsUpgradedInPlace()
    {
        // A journal written by the previous version: no send marker column, user_version 1.
        writeLayoutOneFile(1);

        const QDateTime at(QDate(2026, 5, 22), QTime(8, 0), QTimeZone::utc());
        {
            DraftJournal journal(dir(), kAccount);
            QSignalSpy errors(&journal, &DraftJournal::error);
            QVERIFY2(journal.isOpen(), qPrintable(journal.lastError()));
            QVERIFY(!errors.wait(300)); // no "damaged", nothing moved aside
            QVERIFY2(journal.lastError().isEmpty(), qPrintable(journal.lastError()));
            const auto old = journal.entry(kOrg, QStringLiteral("conv-old"));
            QVERIFY(old);
            QCOMPARE(old->html, QStringLiteral("<p>written by 0.1</p>"));
            QCOMPARE(old->ccEmails, QStringList{QStringLiteral("cc@example.com")});
            QVERIFY(!old->sendAttemptedAt.isValid());
            journal.markSendAttempted(kOrg, QStringLiteral("conv-old"), at);
        }
        const QStringList aside = QDir(QFileInfo(file()).absolutePath())
                                      .entryList({QStringLiteral("drafts.sqlite.corrupt-*")}, QDir::Files);
        QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' '))));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(file());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        DraftJournal reopened(dir(), kAccount);
        QCOMPARE(reopened.entry(kOrg, QStringLiteral("conv-old"))->sendAttemptedAt, at);
    }

    void unreadableLayoutOneFileIsStillSalvaged()
    {
        // Old columns, and a version no Repdesk knows: moved aside, its drafts copied over.
        writeLayoutOneFile(7);
        DraftJournal journal(dir(), kAccount);
        QSignalSpy errors(&journal, &DraftJournal::error);
        QVERIFY(errors.wait(2000));
        const auto old = journal.entry(kOrg, QStringLiteral("conv-old"));
        QVERIFY(old);
        QCOMPARE(old->html, QStringLiteral("<p>written by 0.1</p>"));
        QVERIFY(!old->sendAttemptedAt.isValid());
    }

    void garbageFileIsMovedAsideNotDeleted()
    {
        QVERIFY(QDir().mkpath(QFileInfo(file()).absolutePath()));
        QByteArray garbage;
        while (garbage.size() < 64 * 1024)
            garbage += "this is not a SQLite database, but it may be all someone has left\n";
        {
            QFile f(file());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        DraftJournal journal(dir(), kAccount);
        QSignalSpy errors(&journal, &DraftJournal::error);
        QVERIFY(journal.isOpen());
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(errors.wait(2000));
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("corrupt-")), qPrintable(errors.first().first().toString()));

        const QStringList aside = QDir(QFileInfo(file()).absolutePath())
                                      .entryList({QStringLiteral("drafts.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile moved(QFileInfo(file()).absolutePath() + QLatin1Char('/') + aside.first());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), garbage);

        // The fresh file works.
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("typed after the repair")));
        QCOMPARE(DiskReader(file()).html(QStringLiteral("conv-1")), QStringLiteral("typed after the repair"));
    }

    void unknownLayoutIsMovedAsideAndItsDraftsSalvaged()
    {
        {
            DraftJournal journal(dir(), kAccount);
            QVERIFY(journal.writeNow(reply(QStringLiteral("conv-1"), QStringLiteral("<p>unsaved words</p>"))));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(file());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));

        DraftJournal journal(dir(), kAccount);
        QSignalSpy errors(&journal, &DraftJournal::error);
        QVERIFY(errors.wait(2000));
        const QStringList aside = QDir(QFileInfo(file()).absolutePath())
                                      .entryList({QStringLiteral("drafts.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.filter(QRegularExpression(QStringLiteral("corrupt-[0-9-]+$"))).size(), 1);
        const auto e = journal.entry(kOrg, QStringLiteral("conv-1"));
        QVERIFY(e);
        QCOMPARE(e->html, QStringLiteral("<p>unsaved words</p>"));
        QVERIFY(!e->savedToServer);
    }

    void accountKeyCannotLeaveTheDirectory()
    {
        const QString inner = m_dir->filePath(QStringLiteral("inner"));
        {
            DraftJournal journal(inner, QStringLiteral("../escaped"));
            QVERIFY(journal.writeNow(reply(QStringLiteral("conv-1"), QStringLiteral("x"))));
        }
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("escaped"))));
        const QStringList folders = QDir(inner).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(folders.size(), 1);
        QVERIFY2(folders.first().startsWith(QLatin1String("account-")), qPrintable(folders.first()));
        QVERIFY(QFileInfo::exists(inner + QLatin1Char('/') + folders.first() + QStringLiteral("/drafts.sqlite")));
    }

    void unusableFolderKeepsTextInMemory()
    {
        // A file where the account folder should be: nothing can be created there.
        QFile blocker(m_dir->filePath(kAccount));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        DraftJournal journal(dir(), kAccount);
        QSignalSpy errors(&journal, &DraftJournal::error);
        QVERIFY(!journal.isOpen());
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(errors.wait(2000));
        journal.stage(reply(QStringLiteral("conv-1"), QStringLiteral("kept in memory")));
        journal.flush();
        QVERIFY(!journal.writeNow(reply(QStringLiteral("conv-1"), QStringLiteral("still kept"))));
        QCOMPARE(journal.entry(kOrg, QStringLiteral("conv-1"))->html, QStringLiteral("still kept"));
        QCOMPARE(journal.unsaved(kOrg).size(), 1);
        QCOMPARE(journal.diskWrites(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
