#pragma once

#include "FieldErrors.h"

#include <QStringList>

namespace repdesk {

class ApiError;
struct CompanyCreateRequest;
struct ContactCreateRequest;

// The create forms checked as the API checks them (../shared/api/NOTES.md), before anything is
// sent, and the server's own 4xx turned into the field it concerns. Only the documented rules:
// a contact needs at least one of name, email and phone; a company needs a name, its domain is
// lower-cased and stripped of scheme and path and must contain a dot, and its agent must be one
// of the organization's. Anything else (an e-mail's shape, a phone's digits) is the server's call.
class CreateValidation
{
public:
    static QStringList contactFields();
    static QStringList companyFields();

    // Trims what the user typed; the errors of a contact that cannot be sent.
    static FieldErrors checkContact(ContactCreateRequest &request);
    // Trims, normalizes the domain in place, and checks; `agentIds` is the roster loaded so far
    // (empty: not loaded, the server decides).
    static FieldErrors checkCompany(CompanyCreateRequest &request, const QStringList &agentIds);
    // "HTTPS://Www.Example.COM/about?x" -> "www.example.com".
    static QString normalizeDomain(const QString &input);

    // A refused create (400/422): each of the server's messages next to the field it names
    // (a 422 `loc`, or "Invalid agent_id"), the rest for the form.
    static FieldErrors fromServer(const ApiError &error, const QStringList &fields);
};

} // namespace repdesk
