#include "TemplateStore.h"

#include "HtmlSanitizer.h"
#include "JournalDatabase.h"
#include "LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace repdesk {

namespace {
QString tr(const char *text)
{
    // The context lupdate files these under (free calls in namespace repdesk).
    return QCoreApplication::translate("repdesk", text);
}

JournalDatabase::Layout layout()
{
    JournalDatabase::Layout l;
    l.version = 1;
    l.create = {QStringLiteral("CREATE TABLE templates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,"
                               " body_html TEXT NOT NULL)")};
    l.probes = {QStringLiteral("SELECT id, name, body_html FROM templates LIMIT 0")};
    return l;
}

QList<ReplyTemplate> seeds()
{
    return {
        {0, tr("Thanks for reaching out"),
         tr("<p>Hi {contact.first_name},</p><p>Thanks for reaching out! I'm looking into this now and will get back "
            "to you shortly.</p><p>Best,<br>{agent.name}</p>")},
        {0, tr("Quote follow-up"),
         tr("<p>Hi {contact.first_name},</p><p>I wanted to follow up on the quote I sent for {company.name}. Do you "
            "have any questions, or is there anything you would like me to adjust?</p><p>Best regards,<br>"
            "{agent.name}</p>")},
        {0, tr("Book a call"),
         tr("<p>Hi {contact.first_name},</p><p>Would you have 20 minutes this week for a quick call? Let me know a "
            "time that suits you and I'll send an invite.</p><p>Thanks,<br>{agent.name}</p>")},
    };
}

// Qt binds a null QString as NULL; both text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString firstWord(const QString &name)
{
    return name.simplified().section(QLatin1Char(' '), 0, 0);
}
} // namespace

class TemplateStore::Private
{
public:
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds);
    qint64 insert(const ReplyTemplate &t);

    JournalDatabase db{QStringLiteral("templates")};
    QString lastError;
};

bool TemplateStore::Private::exec(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!db.isOpen())
        return false;
    if (!query.prepare(sql)) {
        lastError = query.lastError().text();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        lastError = query.lastError().text();
        qCWarning(lcStore, "repdesk templates: %s", qPrintable(lastError));
        return false;
    }
    return true;
}

qint64 TemplateStore::Private::insert(const ReplyTemplate &t)
{
    QSqlQuery q(db.database());
    if (!exec(q, QStringLiteral("INSERT INTO templates (name, body_html) VALUES (?, ?)"), {text(t.name), text(t.bodyHtml)}))
        return 0;
    return q.lastInsertId().toLongLong();
}

TemplateStore::TemplateStore(const QString &directory, QObject *parent) : QObject(parent), d(new Private)
{
    // No directory (no cache location): the open fails below rather than
    // writing into the working directory.
    const QString path = directory.isEmpty() ? QString() : QDir(directory).filePath(QStringLiteral("templates.sqlite"));
    const auto result = d->db.open(path, layout());
    if (result == JournalDatabase::OpenResult::Failed) {
        // Still usable for this session: the examples live in an in-memory file.
        d->lastError = d->db.errorText();
        qCWarning(lcStore, "repdesk templates: %s", qPrintable(d->lastError));
        d->db.open(QStringLiteral(":memory:"), layout());
    } else if (result == JournalDatabase::OpenResult::Recovered) {
        d->lastError = d->db.errorText();
        qCWarning(lcStore, "repdesk templates: %s", qPrintable(d->lastError));
    }
    // Only a new file is seeded: examples the user deleted stay deleted.
    if (d->db.isOpen() && result != JournalDatabase::OpenResult::Opened) {
        d->db.database().transaction();
        for (const ReplyTemplate &t : seeds())
            d->insert(t);
        d->db.database().commit();
    }
}

TemplateStore::~TemplateStore()
{
    d->db.close();
    delete d;
}

QList<ReplyTemplate> TemplateStore::templates() const
{
    QList<ReplyTemplate> out;
    QSqlQuery q(d->db.database());
    if (!d->exec(q, QStringLiteral("SELECT id, name, body_html FROM templates"), {}))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    // Sorted here rather than in SQL: SQLite's NOCASE folds ASCII only.
    std::stable_sort(out.begin(), out.end(), [](const ReplyTemplate &a, const ReplyTemplate &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

qint64 TemplateStore::save(const ReplyTemplate &t)
{
    qint64 id = 0;
    if (t.id > 0) {
        QSqlQuery q(d->db.database());
        if (d->exec(q, QStringLiteral("UPDATE templates SET name = ?, body_html = ? WHERE id = ?"),
                    {text(t.name), text(t.bodyHtml), t.id})
            && q.numRowsAffected() > 0)
            id = t.id;
    }
    // A new template, or one deleted meanwhile (another window): kept as new rather than lost.
    if (id == 0)
        id = d->insert(t);
    if (id > 0)
        Q_EMIT changed();
    return id;
}

void TemplateStore::remove(qint64 id)
{
    QSqlQuery q(d->db.database());
    if (d->exec(q, QStringLiteral("DELETE FROM templates WHERE id = ?"), {id}) && q.numRowsAffected() > 0)
        Q_EMIT changed();
}

QString TemplateStore::expand(const QString &bodyHtml, const QHash<QString, QString> &values)
{
    static const QStringList known{QStringLiteral("contact.name"), QStringLiteral("contact.first_name"),
                                   QStringLiteral("agent.name"), QStringLiteral("company.name")};
    QString out;
    out.reserve(bodyHtml.size());
    qsizetype pos = 0;
    // One pass: a value that itself contains "{agent.name}" is not expanded again.
    while (pos < bodyHtml.size()) {
        const qsizetype open = bodyHtml.indexOf(QLatin1Char('{'), pos);
        const qsizetype close = open < 0 ? -1 : bodyHtml.indexOf(QLatin1Char('}'), open + 1);
        if (open < 0 || close < 0) {
            out += QStringView(bodyHtml).mid(pos);
            break;
        }
        const QString name = bodyHtml.mid(open + 1, close - open - 1);
        if (!known.contains(name)) {
            // Not a placeholder: keep the brace and look again right after it ("{{contact.name}").
            out += QStringView(bodyHtml).mid(pos, open + 1 - pos);
            pos = open + 1;
            continue;
        }
        out += QStringView(bodyHtml).mid(pos, open - pos);
        QString value = values.value(name);
        if (name == QLatin1String("contact.first_name") && value.trimmed().isEmpty())
            value = firstWord(values.value(QStringLiteral("contact.name")));
        // Also escapes ', as a template may put a value in a single-quoted attribute.
        out += HtmlSanitizer::escape(value);
        pos = close + 1;
    }
    return out;
}

} // namespace repdesk
