#include "AccountFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace repdesk {

QString AccountFiles::folder(const QString &directory, const QString &accountKey)
{
    if (directory.isEmpty())
        return {};
    // Account::storageKey() is already a hex digest, but the key comes from
    // outside: anything that could climb out of `directory` is hashed instead.
    // (A leading dot is refused too, which rules out "." and "..".)
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]*$"));
    const QString name = safe.match(accountKey).hasMatch()
        ? accountKey
        : QStringLiteral("account-")
            + QString::fromLatin1(
                QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    return QDir(directory).filePath(name);
}

QString AccountFiles::file(const QString &directory, const QString &accountKey, const QString &fileName)
{
    const QString base = folder(directory, accountKey);
    return base.isEmpty() ? QString() : QDir(base).filePath(fileName);
}

bool AccountFiles::remove(const QString &directory, const QString &accountKey, QString *error)
{
    const QString path = folder(directory, accountKey);
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("AccountFiles", "There is no folder for Repdesk's files.");
        return false;
    }
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    // removeRecursively() does not follow a symbolic link; a link in place of
    // the folder is removed itself, never what it points to.
    const bool removed = info.isSymLink() ? QFile::remove(path) : QDir(path).removeRecursively();
    if (removed && !QFileInfo::exists(path))
        return true;
    if (error)
        *error = QCoreApplication::translate("AccountFiles", "Some files in %1 could not be deleted.")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace repdesk
