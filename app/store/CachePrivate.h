#pragma once

#include "AccountFiles.h"
#include "Cache.h"
#include "CacheSchema.h"
#include "LogCategories.h"
#include "SqliteConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>

namespace repdesk {

// The files behind a Cache: the account file and the selected organization's,
// opened lazily, with the error reporting and damaged-file recovery every
// call shares. Only Cache.cpp includes it.
class Cache::Private
{
public:
    Private(Cache *owner, const QString &directory, const QString &accountKey)
        : q(owner), accountDirectory(AccountFiles::folder(directory, accountKey))
    {
    }

    // Empty without a directory: opening then fails and says why, rather than
    // writing relative to the working directory.
    QString accountPath() const { return fileInAccount(QStringLiteral("account.sqlite")); }
    QString organizationPath() const
    {
        const QByteArray hash = QCryptographicHash::hash(organizationId.toUtf8(), QCryptographicHash::Sha1);
        return fileInAccount(QStringLiteral("org-%1.sqlite").arg(QString::fromLatin1(hash.toHex().left(16))));
    }
    QString fileInAccount(const QString &name) const
    {
        return accountDirectory.isEmpty() ? QString() : QDir(accountDirectory).filePath(name);
    }

    // One statement batch on the organization file: a no-op returning `fallback`
    // when it is unavailable, and any error goes through check().
    template<typename Result, typename Run>
    Result run(Run body, Result fallback = {})
    {
        if (!ensureOrganization())
            return fallback;
        QSqlError e;
        Result out = body(org.database(), &e);
        check(!e.isValid(), e, org);
        return e.isValid() ? fallback : out;
    }

    // Opened lazily: a Cache used only for one organization never touches account.sqlite.
    bool ensureAccount()
    {
        if (account.isOpen())
            return true;
        if (accountUnavailable)
            return false;
        accountUnavailable = !opened(account.open(accountPath(), CacheSchema::account()), account,
                                     tr("The saved list of organizations"));
        return !accountUnavailable;
    }

    // After clear() the organization's files are recreated here, on first use.
    bool ensureOrganization()
    {
        if (org.isOpen())
            return true;
        if (organizationId.isEmpty())
            return false;
        // Another file, or this one recreated: what was read from the last one is stale.
        ++salesRevision;
        if (opened(org.open(organizationPath(), CacheSchema::organization()), org,
                   tr("The offline copy of this organization")))
            return true;
        // Every call becomes a no-op until the next openOrganization().
        organizationId.clear();
        return false;
    }

    bool opened(SqliteConnection::OpenResult result, SqliteConnection &connection, const QString &what)
    {
        switch (result) {
        case SqliteConnection::OpenResult::Opened:
            return true;
        case SqliteConnection::OpenResult::Rebuilt:
            qCWarning(lcStore, "rebuilt %s: %s", qPrintable(connection.filePath()), qPrintable(connection.errorText()));
            report(tr("%1 was damaged and has been reset; it refills from the server.").arg(what));
            return true;
        case SqliteConnection::OpenResult::Failed:
            break;
        }
        report(tr("Repdesk cannot keep an offline copy: %1. It keeps working online.").arg(connection.errorText()));
        return false;
    }

    // After a statement: a damaged file is replaced by an empty one (everything
    // in it can be fetched again); other failures are only reported.
    void check(bool ok, const QSqlError &error, SqliteConnection &connection)
    {
        if (ok)
            return;
        if (!SqliteConnection::isCorruption(error)) {
            report(tr("The offline copy could not be used: %1").arg(error.text()));
            return;
        }
        const bool isAccount = &connection == &account;
        const QString path = connection.filePath();
        qCWarning(lcStore, "rebuilt %s: %s", qPrintable(path), qPrintable(error.text()));
        connection.close();
        SqliteConnection::removeFiles(path);
        // A failed reopen has already said why; claiming a reset would be wrong.
        if (isAccount ? ensureAccount() : ensureOrganization())
            report(tr("The offline copy was damaged and has been reset; it refills from the server."));
    }

    void report(const QString &message)
    {
        lastError = message;
        Q_EMIT q->error(message);
    }

    static QString tr(const char *text) { return Cache::tr(text); }

    Cache *q;
    const QString accountDirectory;
    SqliteConnection account{QStringLiteral("account")};
    SqliteConnection org{QStringLiteral("org")};
    QString organizationId;
    bool accountUnavailable = false;
    quint64 salesRevision = 0; // Cache::salesRevision()
    QString lastError;
};

} // namespace repdesk
