#pragma once

#include <QHash>
#include <QString>

namespace repdesk {

// What is wrong with a create form: a sentence per field (keyed by the API's field name,
// "domain", "agent_id", ...) so a dialog can show it next to that field, and one for the form
// as a whole when the problem concerns no single field.
struct FieldErrors
{
    QHash<QString, QString> fields;
    QString form;

    bool isEmpty() const { return fields.isEmpty() && form.isEmpty(); }
    QString field(const QString &name) const { return fields.value(name); }
};

} // namespace repdesk
