#pragma once

#include "ReplyTemplate.h"

#include <QHash>
#include <QObject>

namespace repdesk {

// Saved replies, stored locally (SQLite, <directory>/templates.sqlite, shared by
// all accounts). A fresh store is seeded with a few useful examples.
class TemplateStore : public QObject
{
    Q_OBJECT
public:
    explicit TemplateStore(const QString &directory, QObject *parent = nullptr);
    ~TemplateStore() override;

    QList<ReplyTemplate> templates() const;       // by name
    qint64 save(const ReplyTemplate &t);          // insert (id 0) or update; returns the id
    void remove(qint64 id);

    // Fills the placeholders; values are HTML-escaped; unknown placeholders stay as typed;
    // a missing value becomes an empty string. Keys: "contact.name", "contact.first_name",
    // "agent.name", "company.name".
    static QString expand(const QString &bodyHtml, const QHash<QString, QString> &values);

Q_SIGNALS:
    void changed();

private:
    class Private;
    Private *d;
};

} // namespace repdesk
