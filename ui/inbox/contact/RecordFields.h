#pragma once

#include "inbox/contact/FieldSpec.h"

#include <QCoreApplication>
#include <QPair>

namespace repdesk {

struct Company;
struct Contact;

// What the contact panel shows of a contact or a company, in reading order.
class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(RecordFields)

public:
    static QList<FieldSpec> forContact(const Contact &contact);
    static QList<FieldSpec> forCompany(const Company &company);
    // "preferred_channel" -> "Preferred channel": custom field keys are
    // organization-defined identifiers, not labels.
    static QString captionForKey(const QString &key);

private:
    static void appendCustomFields(QList<FieldSpec> *out, const QList<QPair<QString, QString>> &pairs, bool ofCompany);
};

} // namespace repdesk
