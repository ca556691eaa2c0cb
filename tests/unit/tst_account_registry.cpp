// AccountRegistry: the signed-in accounts persisted in QSettings, one entry per
// server + storage id, a current account, and never a key.

#include "AccountRegistry.h"
#include "InstallSecret.h"
#include "StorageIdentity.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace repdesk;

namespace {
const QUrl kServer(QStringLiteral("https://api.hyperrep.ai"));
const QString kProvider = AccountInfo::hyperRepProvider();
const QString kStorageA = QStringLiteral("00112233445566778899aabb");
const QString kStorageB = QStringLiteral("bbaa99887766554433221100");
} // namespace

class TestAccountRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addedAccountsPersist();
    void secondSignInUpdatesTheEntry();
    void differentKeysAreDifferentAccounts();
    void updateRewritesAnEntry();
    void removeForgetsTheAccountAndItsCurrency();
    void currentAccountPersists();
    void invalidEntriesAreRefusedAndSkipped();
    void noKeyOrSecretReachesTheSettingsFile();
    void labelNamesOrganizationAndHost();

private:
    static QByteArray settingsFileBytes();
    QTemporaryDir m_dir;
};

void TestAccountRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RepdeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_account_registry"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
}

void TestAccountRegistry::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

QByteArray TestAccountRegistry::settingsFileBytes()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAccountRegistry::addedAccountsPersist()
{
    QString id;
    {
        AccountRegistry registry;
        QSignalSpy changed(&registry, &AccountRegistry::changed);
        const AccountInfo added = registry.add(kProvider, kServer, QStringLiteral("Acme — api.hyperrep.ai"), kStorageA);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!added.id.isEmpty());
        QVERIFY(!added.id.contains(QLatin1Char('{')));
        QCOMPARE(added.provider, kProvider);
        QCOMPARE(added.server, kServer);
        QCOMPARE(added.storageId, kStorageA);
        id = added.id;
    }
    // A new registry (and QSettings) in a later run sees the same entry.
    AccountRegistry later;
    const QList<AccountInfo> accounts = later.accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().id, id);
    QCOMPARE(accounts.first().label, QStringLiteral("Acme — api.hyperrep.ai"));
    QCOMPARE(accounts.first().server, kServer);
    QCOMPARE(accounts.first().storageId, kStorageA);
    const std::optional<AccountInfo> found = later.find(id);
    QVERIFY(found.has_value());
    QCOMPARE(*found, accounts.first());
    QVERIFY(!later.find(QStringLiteral("no-such-id")).has_value());
    QVERIFY(!later.find(QString()).has_value());
    QVERIFY(settingsFileBytes().contains("api.hyperrep.ai"));
}

void TestAccountRegistry::secondSignInUpdatesTheEntry()
{
    AccountRegistry registry;
    const AccountInfo first = registry.add(kProvider, kServer, QStringLiteral("Acme"), kStorageA);
    QSignalSpy changed(&registry, &AccountRegistry::changed);
    // Same key again, the server spelled differently, the organization renamed meanwhile.
    const AccountInfo again =
        registry.add(kProvider, QUrl(QStringLiteral("https://API.hyperrep.ai:443/")), QStringLiteral("Acme Roofing"), kStorageA);
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.label, QStringLiteral("Acme Roofing"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(registry.accounts().size(), 1);
    QCOMPARE(AccountRegistry().accounts().first().label, QStringLiteral("Acme Roofing"));
    // Nothing new: no change signalled.
    registry.add(kProvider, kServer, QStringLiteral("Acme Roofing"), kStorageA);
    QCOMPARE(changed.count(), 1);
}

void TestAccountRegistry::differentKeysAreDifferentAccounts()
{
    AccountRegistry registry;
    const AccountInfo a = registry.add(kProvider, kServer, QStringLiteral("A"), kStorageA);
    const AccountInfo b = registry.add(kProvider, kServer, QStringLiteral("B"), kStorageB);
    const AccountInfo c = registry.add(kProvider, QUrl(QStringLiteral("https://eu.hyperrep.ai")), QStringLiteral("C"), kStorageA);
    QVERIFY(a.id != b.id);
    QVERIFY(a.id != c.id);
    const QList<AccountInfo> accounts = AccountRegistry().accounts();
    QCOMPARE(accounts.size(), 3);
    QCOMPARE(accounts.at(0).id, a.id); // in the order they were added
    QCOMPARE(accounts.at(1).id, b.id);
    QCOMPARE(accounts.at(2).id, c.id);
}

void TestAccountRegistry::updateRewritesAnEntry()
{
    AccountRegistry registry;
    AccountInfo info = registry.add(kProvider, kServer, QStringLiteral("Old"), kStorageA);
    QSignalSpy changed(&registry, &AccountRegistry::changed);
    info.label = QStringLiteral("New");
    QVERIFY(registry.update(info));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AccountRegistry().find(info.id)->label, QStringLiteral("New"));
    AccountInfo unknown = info;
    unknown.id = QStringLiteral("not-registered");
    QVERIFY(!registry.update(unknown));
    AccountInfo broken = info;
    broken.storageId = QStringLiteral("../escape");
    QVERIFY(!registry.update(broken));
    QCOMPARE(registry.find(info.id)->storageId, kStorageA);
    QCOMPARE(changed.count(), 1);
}

void TestAccountRegistry::removeForgetsTheAccountAndItsCurrency()
{
    AccountRegistry registry;
    const AccountInfo a = registry.add(kProvider, kServer, QStringLiteral("A"), kStorageA);
    const AccountInfo b = registry.add(kProvider, kServer, QStringLiteral("B"), kStorageB);
    QVERIFY(registry.setCurrentId(a.id));
    QSignalSpy changed(&registry, &AccountRegistry::changed);
    registry.remove(a.id);
    QCOMPARE(changed.count(), 1);
    AccountRegistry later;
    QCOMPARE(later.accounts().size(), 1);
    QCOMPARE(later.accounts().first().id, b.id);
    QVERIFY(!later.find(a.id).has_value());
    QCOMPARE(later.currentId(), QString());
    // Its settings group is gone too, not just the list entry.
    QVERIFY(!settingsFileBytes().contains(a.id.toLatin1()));
    registry.remove(a.id); // unknown now: nothing happens
    registry.remove(QString());
    QCOMPARE(changed.count(), 1);
}

void TestAccountRegistry::currentAccountPersists()
{
    AccountRegistry registry;
    QCOMPARE(registry.currentId(), QString());
    const AccountInfo a = registry.add(kProvider, kServer, QStringLiteral("A"), kStorageA);
    const AccountInfo b = registry.add(kProvider, kServer, QStringLiteral("B"), kStorageB);
    QSignalSpy changed(&registry, &AccountRegistry::changed);
    QVERIFY(registry.setCurrentId(b.id));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AccountRegistry().currentId(), b.id);
    QVERIFY(registry.setCurrentId(b.id)); // unchanged: no signal
    QCOMPARE(changed.count(), 1);
    QVERIFY(!registry.setCurrentId(QStringLiteral("not-registered")));
    QCOMPARE(AccountRegistry().currentId(), b.id);
    QVERIFY(registry.setCurrentId(a.id));
    QCOMPARE(AccountRegistry().currentId(), a.id);
    QVERIFY(registry.setCurrentId(QString()));
    QCOMPARE(AccountRegistry().currentId(), QString());
    QCOMPARE(changed.count(), 3);
}

void TestAccountRegistry::invalidEntriesAreRefusedAndSkipped()
{
    AccountRegistry registry;
    QVERIFY(registry.add(kProvider, kServer, QStringLiteral("x"), QStringLiteral("../../home")).id.isEmpty());
    QVERIFY(registry.add(kProvider, QUrl(), QStringLiteral("x"), kStorageA).id.isEmpty());
    QVERIFY(registry.add(QString(), kServer, QStringLiteral("x"), kStorageA).id.isEmpty());
    QVERIFY(registry.accounts().isEmpty());
    const AccountInfo good = registry.add(kProvider, kServer, QStringLiteral("good"), kStorageA);
    // A hand-edited settings file: an entry whose storage id would escape the cache folder.
    {
        QSettings settings;
        QStringList ids = settings.value(QStringLiteral("accountRegistry/ids")).toStringList();
        ids << QStringLiteral("evil");
        settings.setValue(QStringLiteral("accountRegistry/ids"), ids);
        settings.setValue(QStringLiteral("accountRegistry/entries/evil/provider"), kProvider);
        settings.setValue(QStringLiteral("accountRegistry/entries/evil/server"), kServer.toString());
        settings.setValue(QStringLiteral("accountRegistry/entries/evil/storageId"), QStringLiteral("../../../.ssh"));
        settings.setValue(QStringLiteral("accountRegistry/current"), QStringLiteral("evil"));
    }
    AccountRegistry later;
    QCOMPARE(later.accounts().size(), 1);
    QCOMPARE(later.accounts().first().id, good.id);
    QVERIFY(!later.find(QStringLiteral("evil")).has_value());
    QCOMPARE(later.currentId(), QString());
}

void TestAccountRegistry::noKeyOrSecretReachesTheSettingsFile()
{
    const QByteArray key = "hr_live_SECRETKEY_4f9c2b7e1d";
    const QByteArray secret = InstallSecret::loadOrCreate(m_dir.filePath(QStringLiteral("data")));
    QCOMPARE(secret.size(), InstallSecret::size);
    // What a sign-in does: derive the storage id from the key, then register the account.
    const QString storageId = StorageIdentity::derive(secret, kServer, key);
    AccountRegistry registry;
    const AccountInfo info = registry.add(kProvider, kServer, AccountRegistry::labelFor(QStringLiteral("Acme"), kServer), storageId);
    QVERIFY(registry.setCurrentId(info.id));
    const QByteArray file = settingsFileBytes();
    QVERIFY(file.contains(storageId.toLatin1())); // the file is the one written to
    const QList<std::pair<const char *, QByteArray>> forbidden{
        {"key", key}, {"key base64", key.toBase64()}, {"key hex", key.toHex()}, {"part of the key", "SECRETKEY"},
        {"install secret", secret}, {"secret hex", secret.toHex()}, {"secret base64", secret.toBase64()}};
    for (const auto &[what, bytes] : forbidden)
        QVERIFY2(!file.contains(bytes), what);
}

void TestAccountRegistry::labelNamesOrganizationAndHost()
{
    QCOMPARE(AccountRegistry::labelFor(QStringLiteral("Acme Roofing"), kServer),
             QStringLiteral("Acme Roofing — api.hyperrep.ai"));
    QCOMPARE(AccountRegistry::labelFor(QStringLiteral("  "), kServer), QStringLiteral("api.hyperrep.ai"));
}

QTEST_GUILESS_MAIN(TestAccountRegistry)
#include "tst_account_registry.moc"
