#include "TemplateValues.h"

namespace repdesk {

QHash<QString, QString> TemplateValues::build(const std::optional<Contact> &contact,
                                              const std::optional<Company> &company, const QList<Message> &thread,
                                              const QHash<QString, Agent> &agents)
{
    QHash<QString, QString> values;
    if (contact) {
        values.insert(QStringLiteral("contact.name"), contact->name);
        values.insert(QStringLiteral("contact.first_name"),
                      contact->name.trimmed().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty));
    }
    if (company)
        values.insert(QStringLiteral("company.name"), company->name);
    for (auto it = thread.crbegin(); it != thread.crend(); ++it) {
        if (it->isOutbound() && agents.contains(it->agentId)) {
            values.insert(QStringLiteral("agent.name"), agents.value(it->agentId).name);
            break;
        }
    }
    return values;
}

} // namespace repdesk
