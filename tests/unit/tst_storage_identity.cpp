// InstallSecret (a private, stable, random per-install secret) and
// StorageIdentity (the keyed hash that names an account's local data).

#include "InstallSecret.h"
#include "StorageIdentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace repdesk;

namespace {
int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QUrl kServer(QStringLiteral("https://api.hyperrep.ai"));
} // namespace

class TestStorageIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretIsCreatedPrivate();
    void secretIsStableAcrossLoads();
    void secretsDifferPerInstall();
    void widenedFileIsNarrowedAndKept();
    void truncatedFileIsReplaced();
    void unusableFolderIsAnError();
    void idsDifferPerKeyAndServer();
    void sameInputsGiveTheSameId();
    void spellingsOfOneServerGiveOneId();
    void idDependsOnTheInstallSecret();
    void idIsAShortHexName();
    void idRevealsNothingAboutTheKey();
    void refusesMeaninglessInputs();
    void isValidAcceptsOnlyDerivedShapes();

private:
    QTemporaryDir m_dir;
};

void TestStorageIdentity::secretIsCreatedPrivate()
{
    const QString folder = m_dir.filePath(QStringLiteral("created/repdesk"));
    QString error;
    const QByteArray secret = InstallSecret::loadOrCreate(folder, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(secret.size(), InstallSecret::size);
    const QString file = QDir(folder).filePath(InstallSecret::fileName());
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir.filePath(QStringLiteral("created"))), 0700);
    QCOMPARE(contents(file), secret);
    // Only the secret is left behind: no temporary file next to it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{InstallSecret::fileName()});
}

void TestStorageIdentity::secretIsStableAcrossLoads()
{
    const QString folder = m_dir.filePath(QStringLiteral("stable"));
    const QByteArray first = InstallSecret::loadOrCreate(folder);
    const QByteArray second = InstallSecret::loadOrCreate(folder);
    QCOMPARE(first.size(), InstallSecret::size);
    QCOMPARE(second, first);
}

void TestStorageIdentity::secretsDifferPerInstall()
{
    const QByteArray a = InstallSecret::loadOrCreate(m_dir.filePath(QStringLiteral("install-a")));
    const QByteArray b = InstallSecret::loadOrCreate(m_dir.filePath(QStringLiteral("install-b")));
    QCOMPARE(a.size(), InstallSecret::size);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(InstallSecret::size, '\0'));
}

void TestStorageIdentity::widenedFileIsNarrowedAndKept()
{
    const QString folder = m_dir.filePath(QStringLiteral("widened"));
    const QByteArray secret = InstallSecret::loadOrCreate(folder);
    const QString file = QDir(folder).filePath(InstallSecret::fileName());
    QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QCOMPARE(InstallSecret::loadOrCreate(folder), secret);
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(folder), 0700);
}

void TestStorageIdentity::truncatedFileIsReplaced()
{
    const QString folder = m_dir.filePath(QStringLiteral("truncated"));
    const QByteArray old = InstallSecret::loadOrCreate(folder);
    const QString file = QDir(folder).filePath(InstallSecret::fileName());
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(old.left(5));
    }
    QString error;
    const QByteArray fresh = InstallSecret::loadOrCreate(folder, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fresh.size(), InstallSecret::size);
    QVERIFY(fresh != old);
    QCOMPARE(contents(file), fresh);
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(InstallSecret::loadOrCreate(folder), fresh);
}

void TestStorageIdentity::unusableFolderIsAnError()
{
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QString error;
    QVERIFY(InstallSecret::loadOrCreate(blocker + QStringLiteral("/repdesk"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(InstallSecret::loadOrCreate(QString(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestStorageIdentity::idsDifferPerKeyAndServer()
{
    const QByteArray secret = InstallSecret::loadOrCreate(m_dir.filePath(QStringLiteral("ids")));
    const QUrl other(QStringLiteral("https://eu.hyperrep.ai"));
    const QString a = StorageIdentity::derive(secret, kServer, "key-one");
    const QString b = StorageIdentity::derive(secret, kServer, "key-two");
    const QString c = StorageIdentity::derive(secret, other, "key-one");
    const QString d = StorageIdentity::derive(secret, QUrl(QStringLiteral("https://api.hyperrep.ai:8443")), "key-one");
    const QString e = StorageIdentity::derive(secret, QUrl(QStringLiteral("http://localhost:8080")), "key-one");
    const QString f = StorageIdentity::derive(secret, QUrl(QStringLiteral("http://localhost:8081")), "key-one");
    const QStringList all{a, b, c, d, e, f};
    for (const QString &id : all)
        QVERIFY(!id.isEmpty());
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
}

void TestStorageIdentity::sameInputsGiveTheSameId()
{
    const QString folder = m_dir.filePath(QStringLiteral("same"));
    const QString first = StorageIdentity::derive(InstallSecret::loadOrCreate(folder), kServer, "key-one");
    // A later run reads the secret back from disk and must find the same cache.
    const QString later = StorageIdentity::derive(InstallSecret::loadOrCreate(folder), kServer, "key-one");
    QVERIFY(!first.isEmpty());
    QCOMPARE(later, first);
}

void TestStorageIdentity::spellingsOfOneServerGiveOneId()
{
    const QByteArray secret(32, 'x');
    const QString canonical = StorageIdentity::derive(secret, kServer, "k");
    for (const char *spelling : {"https://api.hyperrep.ai/", "HTTPS://API.HyperRep.ai", "https://api.hyperrep.ai:443",
                                 "https://api.hyperrep.ai:443//", "https://user@api.hyperrep.ai/?x=1#frag"}) {
        const QUrl url(QString::fromLatin1(spelling));
        QCOMPARE(StorageIdentity::derive(secret, url, "k"), canonical);
    }
    QCOMPARE(StorageIdentity::normalizedServer(kServer), QStringLiteral("https://api.hyperrep.ai:443"));
    QCOMPARE(StorageIdentity::normalizedServer(QUrl(QStringLiteral("http://127.0.0.1/base/"))),
             QStringLiteral("http://127.0.0.1:80/base"));
    // http and https on one host are different servers.
    QVERIFY(StorageIdentity::derive(secret, QUrl(QStringLiteral("http://api.hyperrep.ai:443")), "k") != canonical);
    // A path names a different deployment.
    QVERIFY(StorageIdentity::derive(secret, QUrl(QStringLiteral("https://api.hyperrep.ai/staging")), "k") != canonical);
}

void TestStorageIdentity::idDependsOnTheInstallSecret()
{
    // The same key on the same server is unlinkable across installs.
    const QString a = StorageIdentity::derive(QByteArray(32, 'a'), kServer, "key-one");
    const QString b = StorageIdentity::derive(QByteArray(32, 'b'), kServer, "key-one");
    QVERIFY(!a.isEmpty());
    QVERIFY(a != b);
}

void TestStorageIdentity::idIsAShortHexName()
{
    const QByteArray secret = InstallSecret::loadOrCreate(m_dir.filePath(QStringLiteral("charset")));
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{24}$"));
    for (const QByteArray &key : {QByteArray("k"), QByteArray("../../etc/passwd"), QByteArray("ключ 🔑"),
                                  QByteArray(4096, 'z')}) {
        const QString id = StorageIdentity::derive(secret, kServer, key);
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(StorageIdentity::isValid(id));
    }
}

void TestStorageIdentity::idRevealsNothingAboutTheKey()
{
    const QString folder = m_dir.filePath(QStringLiteral("reveal"));
    const QByteArray secret = InstallSecret::loadOrCreate(folder);
    const QByteArray key = "hr_live_0123456789abcdef";
    const QString id = StorageIdentity::derive(secret, kServer, key);
    // Not a plain (unkeyed) hash an attacker could recompute from a guessed key.
    const QString plain = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
    const QString withServer = QString::fromLatin1(
        QCryptographicHash::hash(StorageIdentity::normalizedServer(kServer).toUtf8() + key, QCryptographicHash::Sha256).toHex());
    QVERIFY(!plain.startsWith(id));
    QVERIFY(!withServer.startsWith(id));
    QVERIFY(!id.contains(QString::fromLatin1(key.toHex().left(8))));
    const QByteArray file = contents(QDir(folder).filePath(InstallSecret::fileName()));
    QVERIFY(!file.contains(key));
    QVERIFY(!file.contains(id.toLatin1()));
}

void TestStorageIdentity::refusesMeaninglessInputs()
{
    const QByteArray secret(32, 's');
    QVERIFY(StorageIdentity::derive(QByteArray(), kServer, "k").isEmpty());
    QVERIFY(StorageIdentity::derive(QByteArray(8, 's'), kServer, "k").isEmpty());
    QVERIFY(StorageIdentity::derive(secret, kServer, QByteArray()).isEmpty());
    QVERIFY(StorageIdentity::derive(secret, QUrl(), "k").isEmpty());
    QVERIFY(StorageIdentity::derive(secret, QUrl(QStringLiteral("not a url")), "k").isEmpty());
}

void TestStorageIdentity::isValidAcceptsOnlyDerivedShapes()
{
    QVERIFY(StorageIdentity::isValid(QStringLiteral("0123456789abcdef01234567")));
    QVERIFY(!StorageIdentity::isValid(QStringLiteral("0123456789ABCDEF01234567")));
    QVERIFY(!StorageIdentity::isValid(QStringLiteral("0123456789abcdef0123456")));
    QVERIFY(!StorageIdentity::isValid(QStringLiteral("../../../../etc/passwd00")));
    QVERIFY(!StorageIdentity::isValid(QString()));
}

QTEST_GUILESS_MAIN(TestStorageIdentity)
#include "tst_storage_identity.moc"
