#pragma once

#include <QString>

namespace repdesk {

// A saved reply. The body is HTML with {contact.name}, {contact.first_name},
// {agent.name} and {company.name} placeholders.
struct ReplyTemplate
{
    qint64 id = 0;
    QString name;
    QString bodyHtml;
};

} // namespace repdesk
