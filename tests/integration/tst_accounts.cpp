// Accounts end to end without widgets: SessionManager and SignInFlow against
// one repdesk-sandbox serving two tenants, with keys in the private
// gnome-keyring of tests/run-ctest.sh. Local data belongs to one key: a second
// tenant's key, or a refused one, never sees the first one's cache; removing
// an account removes its key and files; a 403 later keeps the drafts.
#include "AccountFiles.h"
#include "AccountRegistry.h"
#include "AccountSession.h"
#include "ConversationListModel.h"
#include "CredentialStore.h"
#include "DraftJournal.h"
#include "EnvironmentKey.h"
#include "OrganizationSession.h"
#include "ReplyController.h"
#include "SandboxServer.h"
#include "SessionManager.h"
#include "SignInFlow.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace repdesk;

namespace {

const QByteArray kKeyA = "tenant-a-key-0001";
const QByteArray kKeyB = "tenant-b-key-0002";

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/repdesk");
}

QString secretDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QStringList organizationIds(const AccountSession *session)
{
    QStringList ids;
    for (const Organization &o : session->organizations())
        ids << o.organizationId;
    return ids;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> m_server;

    std::unique_ptr<SessionManager> newManager()
    {
        auto m = std::make_unique<SessionManager>(dataDir(), secretDir());
        QString error;
        if (!m->initialize(&error))
            qWarning() << error;
        return m;
    }

    // Signs in through the same flow as the dialog; true once the session is open.
    bool signIn(SessionManager &manager, const QByteArray &key, const QString &replacing = {})
    {
        SignInFlow flow(&manager);
        flow.setReplacing(replacing);
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.submit(m_server->url(), key);
        return QTest::qWaitFor([&] { return !finished.isEmpty(); }, 15000) && manager.current();
    }

    SessionManager::Launch launch(const QByteArray &environmentKey = {})
    {
        SessionManager::Launch l;
        l.server = m_server->url();
        l.serverGiven = true;
        l.environmentKey = environmentKey;
        return l;
    }

    static void forgetAccounts()
    {
        AccountRegistry registry;
        for (const AccountInfo &a : registry.accounts())
            registry.remove(a.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.apiKey = QString::fromLatin1(kKeyA);
        options.secondApiKey = QString::fromLatin1(kKeyB);
        options.conversations = 40;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
    }

    void init()
    {
        forgetAccounts();
        m_server->setKeyState(QString::fromLatin1(kKeyA), SandboxServer::KeyState::Active);
    }

    void secondTenantsKeyNeverSeesTheFirstTenantsCache()
    {
        const QStringList tenantA = m_server->organizationIds(QString::fromLatin1(kKeyA));
        {
            auto manager = newManager();
            QVERIFY(signIn(*manager, kKeyA));
            AccountSession *a = manager->current();
            QTRY_VERIFY(a->organization());
            QTRY_VERIFY(a->organization()->conversations()->itemRowCount() > 0);
            QCOMPARE(organizationIds(a), tenantA);
        }
        // Tenant B's key, for one run, on the same server.
        auto manager = newManager();
        manager->start(launch(kKeyB));
        AccountSession *b = manager->current();
        QVERIFY(b);
        // The first painted frame comes from the cache synchronously: nothing of A's.
        for (const QString &id : organizationIds(b))
            QVERIFY2(!tenantA.contains(id), qPrintable(id));
        QVERIFY(!b->organization() || b->organization()->conversations()->itemRowCount() == 0);
        QTRY_VERIFY(b->organizationsLoaded());
        QCOMPARE(organizationIds(b), m_server->organizationIds(QString::fromLatin1(kKeyB)));
        QVERIFY(b->identity().storageId != AccountRegistry().accounts().first().storageId);
    }

    void aRefusedKeyShowsNothingCached()
    {
        {
            auto manager = newManager();
            QVERIFY(signIn(*manager, kKeyA));
            QTRY_VERIFY(manager->current()->organization());
        }
        auto manager = newManager();
        manager->start(launch(QByteArrayLiteral("a-key-the-server-refuses")));
        AccountSession *session = manager->current();
        QVERIFY(session);
        QVERIFY(session->organizations().isEmpty());
        QVERIFY(!session->organization());
        QSignalSpy refused(session, &AccountSession::refused);
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(session->organizations().isEmpty());
        QVERIFY(!session->organization());
    }

    void removingAnAccountDeletesItsKeyAndFiles()
    {
        auto manager = newManager();
        QVERIFY(signIn(*manager, kKeyA));
        AccountSession *session = manager->current();
        const AccountSession::Identity id = session->identity();
        QTRY_VERIFY(session->organization());
        // A reply typed but never saved counts as something removal would lose.
        OrganizationSession *org = session->organization();
        QTRY_VERIFY(org->conversations()->itemRowCount() > 0);
        org->openConversation(org->conversations()->conversation(0)->conversationId);
        org->reply()->edit(QStringLiteral("<p>Unsent words</p>"), {}, {}, false);
        QCOMPARE(manager->unsentDrafts(id.accountId), 1);
        QVERIFY(QFileInfo::exists(AccountFiles::folder(dataDir(), id.storageId)));

        QSignalSpy asked(manager.get(), &SessionManager::signInRequired);
        manager->removeAccount(id.accountId);
        QVERIFY(!manager->current());
        QCOMPARE(asked.size(), 1);
        QVERIFY(!QFileInfo::exists(AccountFiles::folder(dataDir(), id.storageId)));
        QVERIFY(manager->registry()->accounts().isEmpty());
        CredentialStore store;
        QSignalSpy read(&store, &CredentialStore::readFinished);
        store.read(id.accountId);
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(read.first().at(2).value<CredentialStore::Error>(), CredentialStore::Error::NotFound);
    }

    void signingOutForgetsTheKeyButKeepsTheDrafts()
    {
        auto manager = newManager();
        QVERIFY(signIn(*manager, kKeyA));
        const AccountSession::Identity id = manager->current()->identity();
        QSignalSpy asked(manager.get(), &SessionManager::signInRequired);
        manager->signOut();
        QVERIFY(!manager->current());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).toString(), id.accountId);
        QVERIFY(manager->registry()->find(id.accountId));
        QVERIFY(QFileInfo::exists(AccountFiles::folder(dataDir(), id.storageId)));
        // The next start has no key for it and asks again for that account.
        auto next = newManager();
        QSignalSpy again(next.get(), &SessionManager::signInRequired);
        next->start(launch());
        QTRY_COMPARE(again.size(), 1);
        QCOMPARE(again.first().at(1).toString(), id.accountId);
        QVERIFY(!next->current());
    }

    void aRevokedKeyAsksToSignInAgainAndLosesNothing()
    {
        auto manager = newManager();
        QVERIFY(signIn(*manager, kKeyA));
        AccountSession *session = manager->current();
        const AccountSession::Identity id = session->identity();
        QTRY_VERIFY(session->organization());
        OrganizationSession *org = session->organization();
        QTRY_VERIFY(org->conversations()->itemRowCount() > 0);
        const QString conversation = org->conversations()->conversation(0)->conversationId;
        org->openConversation(conversation);
        QTRY_VERIFY(org->reply()->status() != ReplyController::Status::Loading);
        org->reply()->edit(QStringLiteral("<p>Keep me</p>"), {}, {}, false);

        m_server->setKeyState(QString::fromLatin1(kKeyA), SandboxServer::KeyState::Expired);
        QSignalSpy refused(session, &AccountSession::refused);
        org->refresh();
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QLatin1String("expired"), Qt::CaseInsensitive));
        QVERIFY(org->isSuspended());
        QCOMPARE(org->conversations()->itemRowCount(), 0);

        // Sign in again (the key was renewed): the same account, its drafts intact.
        m_server->setKeyState(QString::fromLatin1(kKeyA), SandboxServer::KeyState::Active);
        QVERIFY(signIn(*manager, kKeyA, id.accountId));
        AccountSession *again = manager->current();
        QCOMPARE(again->identity().accountId, id.accountId);
        QCOMPARE(again->identity().storageId, id.storageId);
        QCOMPARE(manager->registry()->accounts().size(), 1);
        QTRY_VERIFY(again->organization());
        const auto kept = again->journal()->entry(again->organization()->organizationId(), conversation);
        QVERIFY(kept);
        QVERIFY(kept->html.contains(QLatin1String("Keep me")));
        QVERIFY(!kept->savedToServer);
    }

    void aStoredAccountPaintsBeforeTheKeychainAnswers()
    {
        {
            auto manager = newManager();
            QVERIFY(signIn(*manager, kKeyA));
            QTRY_VERIFY(manager->current()->organization());
            QTRY_VERIFY(manager->current()->organization()->conversations()->itemRowCount() > 0);
        }
        const int requestsBefore = m_server->requestLog().size();
        auto manager = newManager();
        manager->start(launch());
        // Synchronously: the account, its organization and its rows, from disk, with no key yet.
        AccountSession *session = manager->current();
        QVERIFY(session);
        QVERIFY(!session->isLive());
        QVERIFY(session->organization());
        QVERIFY(session->organization()->conversations()->itemRowCount() > 0);
        QCOMPARE(m_server->requestLog().size(), requestsBefore);
        // Then the keychain answers and it goes online, with the key.
        QTRY_VERIFY(session->isLive());
        QTRY_VERIFY(m_server->requestLog().size() > requestsBefore);
        for (const auto &r : m_server->requestLog().mid(requestsBefore))
            QCOMPARE(r.apiKey, kKeyA);
    }

    void aFailedSwitchKeepsTheOpenAccount()
    {
        auto manager = newManager();
        QVERIFY(signIn(*manager, kKeyB));
        const QString b = manager->current()->identity().accountId;
        QVERIFY(signIn(*manager, kKeyA));
        const QString a = manager->current()->identity().accountId;
        QVERIFY(a != b);
        // B's key disappears from the keyring (another tool, a sign-out elsewhere).
        CredentialStore store;
        QSignalSpy removed(&store, &CredentialStore::removeFinished);
        store.remove(b);
        QTRY_COMPARE(removed.size(), 1);
        QSignalSpy asked(manager.get(), &SessionManager::signInRequired);
        QSignalSpy changed(manager.get(), &SessionManager::sessionChanged);
        manager->switchTo(b);
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(1).toString(), b);
        QCOMPARE(changed.size(), 0);
        QVERIFY(manager->current());
        QCOMPARE(manager->current()->identity().accountId, a);
    }

    void onlyAKeyThatSeesEverythingKeepsAnAccountsData()
    {
        auto manager = newManager();
        QVERIFY(signIn(*manager, kKeyA));
        const AccountSession::Identity a = manager->current()->identity();
        QTRY_VERIFY(manager->current()->organizationsLoaded());
        QList<Organization> all = manager->current()->organizations();
        QVERIFY(all.size() >= 2);
        // The same organizations: the account's own folder.
        QCOMPARE(manager->storageIdFor(m_server->url(), "a-renewed-key", all, a.accountId), a.storageId);
        // A narrower key (one organization of the two): a folder of its own.
        QVERIFY(manager->storageIdFor(m_server->url(), "a-renewed-key", all.mid(0, 1), a.accountId) != a.storageId);
        // Not asked to replace: always its own.
        QVERIFY(manager->storageIdFor(m_server->url(), "a-renewed-key", all, QString()) != a.storageId);
    }

    void theEnvironmentKeyLeavesTheProcess()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HYPERREP_API_KEY"), QStringLiteral("sekrit-from-env-42"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--take-environment-key")});
        QVERIFY(child.waitForFinished(10000));
        const QByteArray out = child.readAllStandardOutput();
        QVERIFY2(out.contains("taken=sekrit-from-env-42"), out.constData());
        QVERIFY2(out.contains("getenv=empty"), out.constData());
        QVERIFY2(out.contains("proc-environ=clean"), out.constData());
        QVERIFY2(out.contains("grandchild=clean"), out.constData());
    }

    void theSettingsFileIsPrivate()
    {
        auto manager = newManager();
        QSettings settings;
        settings.setValue(QStringLiteral("test/touch"), 1);
        settings.sync();
        const QFileInfo file(settings.fileName());
        QVERIFY(file.exists());
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        QCOMPARE(file.permissions() & others, QFile::Permissions());
        const QFileInfo folder(file.absolutePath());
        QCOMPARE(folder.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
    }
};

// The child side of theEnvironmentKeyLeavesTheProcess: what main() does first.
static int takeEnvironmentKeyChild()
{
    const QByteArray key = EnvironmentKey::take("HYPERREP_API_KEY");
    QByteArray report = "taken=" + key + "\n";
    report += qEnvironmentVariableIsSet("HYPERREP_API_KEY") ? "getenv=set\n" : "getenv=empty\n";
    QFile environ(QStringLiteral("/proc/self/environ"));
    environ.open(QIODevice::ReadOnly);
    report += environ.readAll().contains("sekrit-from-env-42") ? "proc-environ=leaks\n" : "proc-environ=clean\n";
    QProcess grandchild;
    grandchild.start(QStringLiteral("/usr/bin/env"), {});
    grandchild.waitForFinished(5000);
    report += grandchild.readAllStandardOutput().contains("sekrit-from-env-42") ? "grandchild=leaks\n"
                                                                                : "grandchild=clean\n";
    fwrite(report.constData(), 1, size_t(report.size()), stdout);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--take-environment-key") == 0)
        return takeEnvironmentKeyChild();
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("repdesk-accounts-test"));
    TestAccounts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accounts.moc"
