#include "CreateVerifier.h"

#include "CreateValidation.h"
#include "HyperRepClient.h"
#include "walkPages.h"

#include <memory>

namespace repdesk {

namespace {
bool sameText(const QString &sent, const QString &stored, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return sent.trimmed().compare(stored.trimmed(), cs) == 0;
}

// A server may format a number its own way ("+1 415-555-0199" -> "+14155550199"): the digits decide.
bool samePhone(const QString &sent, const QString &stored)
{
    const auto digits = [](const QString &text) {
        QString out;
        for (const QChar c : text) {
            if (c.isDigit())
                out.append(c);
        }
        return out;
    };
    return digits(sent) == digits(stored) && sent.trimmed().isEmpty() == stored.trimmed().isEmpty();
}

bool recentEnough(const QDateTime &createdAt, const QDateTime &attemptedAt)
{
    // A record without a creation time cannot be ruled out by it.
    return !createdAt.isValid() || !attemptedAt.isValid()
           || createdAt >= attemptedAt.addSecs(-CreateVerifier::clockSkewMarginSecs);
}
} // namespace

CreateVerifier::CreateVerifier(HyperRepClient *client, const QString &organizationId, QObject *parent)
    : QObject(parent), m_client(client), m_org(organizationId)
{
}

void CreateVerifier::cancel()
{
    if (m_walk) {
        m_walk->disconnect(this);
        m_walk->cancel();
        m_walk->deleteLater();
    }
}

bool CreateVerifier::matches(const ContactCreateRequest &r, const Contact &c, const QDateTime &attemptedAt)
{
    return sameText(r.name, c.name) && sameText(r.email, c.email, Qt::CaseInsensitive)
           && samePhone(r.phoneNumber, c.phoneNumber) && sameText(r.companyId, c.companyId)
           && sameText(r.companyRole, c.companyRole) && recentEnough(c.createdAt, attemptedAt);
}

bool CreateVerifier::matches(const CompanyCreateRequest &r, const Company &c, const QDateTime &attemptedAt)
{
    return sameText(r.name, c.name)
           && sameText(CreateValidation::normalizeDomain(r.domain), CreateValidation::normalizeDomain(c.domain))
           && sameText(r.address, c.address) && sameText(r.agentId, c.agentId)
           && recentEnough(c.createdAt, attemptedAt);
}

void CreateVerifier::checkContact(const ContactCreateRequest &request, const QDateTime &attemptedAt)
{
    cancel();
    if (!m_client) {
        Q_EMIT contactVerdict(Verdict::Unknown, {}, ApiError(ApiError::Kind::Network, QString()));
        return;
    }
    auto found = std::make_shared<std::optional<Contact>>();
    HyperRepClient *client = m_client;
    const QString org = m_org;
    PageWalk *walk = walkPages<Contact>(
        [client, org](const QString &cursor) { return client->listContacts(org, ListQuery{pageSize, cursor, {}, {}}); },
        [this, found, request, attemptedAt](const Page<Contact> &page) {
            for (const Contact &c : page.items) {
                if (!*found && matches(request, c, attemptedAt)) {
                    *found = c;
                    QMetaObject::invokeMethod(this, [this] { if (m_walk) m_walk->cancel(); }, Qt::QueuedConnection);
                }
            }
        },
        this);
    m_walk = walk;
    connect(walk, &PageWalk::finished, this, [this, walk, found](const ApiError &error) {
        walk->deleteLater();
        if (*found)
            Q_EMIT contactVerdict(Verdict::Found, **found, {});
        else if (error.isError())
            Q_EMIT contactVerdict(Verdict::Unknown, {}, error);
        else
            Q_EMIT contactVerdict(Verdict::Absent, {}, {});
    });
}

void CreateVerifier::checkCompany(const CompanyCreateRequest &request, const QDateTime &attemptedAt)
{
    cancel();
    if (!m_client) {
        Q_EMIT companyVerdict(Verdict::Unknown, {}, ApiError(ApiError::Kind::Network, QString()));
        return;
    }
    auto found = std::make_shared<std::optional<Company>>();
    HyperRepClient *client = m_client;
    const QString org = m_org;
    PageWalk *walk = walkPages<Company>(
        [client, org](const QString &cursor) { return client->listCompanies(org, ListQuery{pageSize, cursor, {}, {}}); },
        [this, found, request, attemptedAt](const Page<Company> &page) {
            for (const Company &c : page.items) {
                if (!*found && matches(request, c, attemptedAt)) {
                    *found = c;
                    QMetaObject::invokeMethod(this, [this] { if (m_walk) m_walk->cancel(); }, Qt::QueuedConnection);
                }
            }
        },
        this);
    m_walk = walk;
    connect(walk, &PageWalk::finished, this, [this, walk, found](const ApiError &error) {
        walk->deleteLater();
        if (*found)
            Q_EMIT companyVerdict(Verdict::Found, **found, {});
        else if (error.isError())
            Q_EMIT companyVerdict(Verdict::Unknown, {}, error);
        else
            Q_EMIT companyVerdict(Verdict::Absent, {}, {});
    });
}

} // namespace repdesk
