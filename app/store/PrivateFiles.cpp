#include "PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace repdesk {

namespace {
constexpr QFileDevice::Permissions kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kOwnerFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

const QString kSqliteSideSuffixes[] = {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

void fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

bool PrivateFiles::makeDirectory(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        fail(error, QStringLiteral("no folder was given for Repdesk's files (the system names no location for them)"));
        return false;
    }
    const QString absolute = QDir(path).absolutePath();
    // Walk up to the first existing ancestor, then create downwards, so that
    // each folder made here is private (mkpath would use the umask).
    QStringList missing;
    QString probe = absolute;
    while (!QFileInfo::exists(probe)) {
        missing.prepend(probe);
        const QString parent = QFileInfo(probe).absolutePath();
        if (parent == probe)
            break;
        probe = parent;
    }
    for (const QString &folder : missing) {
        if (!QDir().mkdir(folder) && !QFileInfo(folder).isDir()) {
            fail(error, QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
        QFile::setPermissions(folder, kOwnerDir);
    }
    if (!QFileInfo(absolute).isDir()) {
        fail(error, QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    if (!QFile::setPermissions(absolute, kOwnerDir)) {
        fail(error, QStringLiteral("cannot make the folder %1 private").arg(QDir::toNativeSeparators(absolute)));
        return false;
    }
    return true;
}

bool PrivateFiles::prepareFile(const QString &filePath, QString *error)
{
    if (!makeDirectory(QFileInfo(filePath).absolutePath(), error))
        return false;
    QFile file(filePath);
    if (!file.exists()) {
        // NewOnly: never follow a file someone else slipped in between the check and here.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile) && !file.exists()) {
            fail(error, QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(filePath)));
            return false;
        }
        file.close();
    }
    if (!QFile::setPermissions(filePath, kOwnerFile)) {
        fail(error, QStringLiteral("cannot make %1 private").arg(QDir::toNativeSeparators(filePath)));
        return false;
    }
    return true;
}

void PrivateFiles::restrictTree(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isDir())
        return;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.isSymLink())
            continue;
        QFile::setPermissions(info.filePath(), info.isDir() ? kOwnerDir : kOwnerFile);
    }
}

bool PrivateFiles::restrictFile(const QString &filePath)
{
    if (!QFileInfo::exists(filePath))
        return true;
    return QFile::setPermissions(filePath, kOwnerFile);
}

bool PrivateFiles::prepareDatabase(const QString &databasePath, QString *error)
{
    if (databasePath == QLatin1String(":memory:"))
        return true;
    if (databasePath.isEmpty()) {
        fail(error, QStringLiteral("no folder was given for Repdesk's files (the system names no location for them)"));
        return false;
    }
    if (!prepareFile(databasePath, error))
        return false;
    for (const QString &suffix : kSqliteSideSuffixes) {
        if (!restrictFile(databasePath + suffix)) {
            fail(error, QStringLiteral("cannot make %1 private").arg(QDir::toNativeSeparators(databasePath + suffix)));
            return false;
        }
    }
    return true;
}

bool PrivateFiles::restrictDatabase(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return true;
    bool ok = restrictFile(databasePath);
    for (const QString &suffix : kSqliteSideSuffixes)
        ok = restrictFile(databasePath + suffix) && ok;
    return ok;
}

QString PrivateFiles::baseDirectory(int standardLocation)
{
    const QString base =
        QStandardPaths::writableLocation(static_cast<QStandardPaths::StandardLocation>(standardLocation));
    if (base.isEmpty() || QDir::isRelativePath(base))
        return {};
    // Without a home directory Qt answers a hidden folder at the filesystem
    // root ("/.cache/..."), which every user shares: that is no location either.
    const QString cleaned = QDir::cleanPath(base);
    if (QDir::cleanPath(QDir::homePath()) == QDir::rootPath() && cleaned.startsWith(QDir::rootPath() + QLatin1Char('.')))
        return {};
    return cleaned + QStringLiteral("/repdesk");
}

} // namespace repdesk
