#pragma once

// Shared by tst_sales_index and tst_inbox_sync: changes a sandbox's data the
// way another client of the real server would (a conversation read or moved
// elsewhere, a sale or conversation deleted) without bumping anything the
// incremental query could see. The sandbox has no route or test hook for
// that, so this edits its SQLite file (SandboxOptions::dataDir) through a
// second connection; the server reads the file on every request.

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QtTest>

namespace repdesk::test {

class SandboxData
{
public:
    explicit SandboxData(const QString &dataDir)
        : m_name(QStringLiteral("sandbox-data-%1").arg(quintptr(this)))
    {
        const QStringList files = QDir(dataDir).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        if (files.size() != 1)
            return;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(dataDir).filePath(files.first()));
        db.open();
    }
    ~SandboxData()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    SandboxData(const SandboxData &) = delete;
    SandboxData &operator=(const SandboxData &) = delete;

    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }

    // Returns the number of rows changed, -1 on error.
    int exec(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql))
            return fail(q);
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        return q.exec() ? q.numRowsAffected() : fail(q);
    }

    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            fail(q);
            return {};
        }
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

private:
    static int fail(const QSqlQuery &q)
    {
        qWarning() << "sandbox data:" << q.lastError().text();
        return -1;
    }

    QString m_name;
};

} // namespace repdesk::test
