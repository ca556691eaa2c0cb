#include "inbox/contact/RecordFields.h"

#include "Company.h"
#include "Contact.h"

namespace repdesk {

QList<FieldSpec> RecordFields::forContact(const Contact &contact)
{
    QList<FieldSpec> out;
    out.append({tr("Name"), contact.name, tr("Copy name"), {}, true});
    out.append({tr("Email"), contact.email, tr("Copy email"), {}, false});
    out.append({tr("Phone"), contact.phoneNumber, tr("Copy phone number"), {}, false});
    out.append({tr("Role"), contact.companyRole, tr("Copy role"), {}, false});
    appendCustomFields(&out, contact.customFieldPairs(), false);
    return out;
}

QList<FieldSpec> RecordFields::forCompany(const Company &company)
{
    QList<FieldSpec> out;
    out.append({tr("Company"), company.name, tr("Copy company name"), {}, true});
    out.append({tr("Domain"), company.domain, tr("Copy domain"), {}, false});
    out.append({tr("Address"), company.address, tr("Copy address"), {}, false});
    appendCustomFields(&out, company.customFieldPairs(), true);
    return out;
}

QString RecordFields::captionForKey(const QString &key)
{
    QString caption = key.trimmed();
    caption.replace(QLatin1Char('_'), QLatin1Char(' '));
    caption.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!caption.isEmpty())
        caption[0] = caption[0].toUpper();
    return caption;
}

void RecordFields::appendCustomFields(QList<FieldSpec> *out, const QList<QPair<QString, QString>> &pairs,
                                      bool ofCompany)
{
    // Contacts and companies often share custom keys ("notes"): the company's
    // Copy buttons say so, or a screen reader hears two identical buttons.
    for (const auto &pair : pairs) {
        const QString caption = captionForKey(pair.first);
        const QString copyName = ofCompany ? tr("Copy company %1").arg(caption) : tr("Copy %1").arg(caption);
        out->append({caption, pair.second, copyName, {}, false});
    }
}

} // namespace repdesk
