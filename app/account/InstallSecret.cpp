#include "InstallSecret.h"

#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace repdesk {

namespace {
void fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QByteArray randomSecret()
{
    QByteArray secret(InstallSecret::size, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(secret.data()),
                                         reinterpret_cast<quint32 *>(secret.data() + secret.size()));
    return secret;
}

// Reads at most one byte more than a secret, so a huge planted file is not loaded into memory.
QByteArray readSecretFile(const QString &path, bool *readable)
{
    QFile file(path);
    *readable = file.open(QIODevice::ReadOnly);
    return *readable ? file.read(InstallSecret::size + 1) : QByteArray();
}

// Creates `path` holding `secret` only if no file is there yet. The bytes go
// into a temporary file (0600 from birth) that is then renamed into place;
// QFile::rename never replaces an existing file, so when two processes race,
// one rename wins and the loser reads the winner's secret.
bool createExclusively(const QString &path, const QByteArray &secret, QString *error)
{
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX"));
    if (!temporary.open() || temporary.write(secret) != secret.size() || !temporary.flush()) {
        fail(error, QStringLiteral("cannot write a new %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    temporary.close();
    if (!temporary.rename(path))
        return false; // someone else created it: not an error, the caller reads theirs
    temporary.setAutoRemove(false);
    return true;
}

bool replace(const QString &path, const QByteArray &secret, QString *error)
{
    // prepareFile narrowed the file to 0600 first, and QSaveFile keeps an existing file's mode.
    QSaveFile file(path);
    if (!PrivateFiles::prepareFile(path, error) || !file.open(QIODevice::WriteOnly)
        || file.write(secret) != secret.size() || !file.commit()) {
        fail(error, QStringLiteral("cannot write %1").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}
} // namespace

QString InstallSecret::fileName()
{
    return QStringLiteral("install-secret");
}

QString InstallSecret::defaultDirectory()
{
    return PrivateFiles::baseDirectory(QStandardPaths::AppDataLocation);
}

QByteArray InstallSecret::loadOrCreate(const QString &directory, QString *error)
{
    if (!PrivateFiles::makeDirectory(directory, error))
        return {};
    const QString path = QDir(directory).filePath(fileName());

    if (!QFile::exists(path)) {
        const QByteArray fresh = randomSecret();
        QString createError;
        if (createExclusively(path, fresh, &createError))
            return fresh;
        if (!createError.isEmpty()) {
            fail(error, createError);
            return {};
        }
    }

    if (!PrivateFiles::prepareFile(path, error)) // narrows a file that was made wider by hand
        return {};
    bool readable = false;
    const QByteArray stored = readSecretFile(path, &readable);
    if (!readable) {
        fail(error, QStringLiteral("cannot read %1").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (stored.size() == size)
        return stored;

    const QByteArray fresh = randomSecret();
    return replace(path, fresh, error) ? fresh : QByteArray();
}

} // namespace repdesk
