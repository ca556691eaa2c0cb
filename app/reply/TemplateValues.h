#pragma once

#include "Agent.h"
#include "Company.h"
#include "Contact.h"
#include "Message.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace repdesk {

// The values a saved reply's placeholders take in one conversation. The
// agent is whoever last replied in the thread: the API key names no user.
class TemplateValues
{
public:
    static QHash<QString, QString> build(const std::optional<Contact> &contact, const std::optional<Company> &company,
                                         const QList<Message> &thread, const QHash<QString, Agent> &agents);
};

} // namespace repdesk
