#include "CompanyDirectory.h"

#include "Cache.h"
#include "InboxProvider.h"

namespace repdesk {

CompanyDirectory::CompanyDirectory(QObject *parent) : QObject(parent) {}

void CompanyDirectory::setSource(InboxProvider *provider, Cache *cache, const QString &organizationId)
{
    ++m_generation;
    m_provider = provider;
    m_cache = cache;
    m_org = organizationId;
    m_companies.clear();
    m_pending.clear();
    m_unknown.clear();
    m_failed.clear();
}

const Company *CompanyDirectory::company(const QString &companyId) const
{
    auto it = m_companies.constFind(companyId);
    return it == m_companies.constEnd() ? nullptr : &it.value();
}

QString CompanyDirectory::displayName(const QString &companyId) const
{
    const Company *c = company(companyId);
    if (!c)
        return {};
    return c->name.trimmed().isEmpty() ? c->domain : c->name.trimmed();
}

void CompanyDirectory::insert(const QList<Company> &companies)
{
    QSet<QString> changed;
    for (const Company &c : companies) {
        if (c.companyId.isEmpty())
            continue;
        m_companies.insert(c.companyId, c);
        m_unknown.remove(c.companyId);
        m_failed.remove(c.companyId);
        changed.insert(c.companyId);
    }
    if (m_cache && !changed.isEmpty())
        m_cache->upsertCompanies(companies);
    if (!changed.isEmpty())
        Q_EMIT companiesChanged(changed);
}

void CompanyDirectory::request(const QStringList &companyIds)
{
    QSet<QString> named;
    QSet<QString> asked;
    for (const QString &id : companyIds) {
        if (id.isEmpty() || m_companies.contains(id) || m_pending.contains(id) || m_unknown.contains(id))
            continue;
        // The cache is the organization's own file: one indexed read, no request.
        if (const auto cached = m_cache && m_cache->organizationId() == m_org ? m_cache->company(id) : std::nullopt) {
            m_companies.insert(id, *cached);
            m_failed.remove(id);
            named.insert(id);
            continue;
        }
        if (!m_provider || !m_provider->has(InboxProvider::Companies)) {
            // Nobody to ask: the view says the name is not there rather than waiting for it.
            m_failed.insert(id);
            continue;
        }
        m_pending.insert(id);
        m_failed.remove(id);
        asked.insert(id);
        ++m_requestsIssued;
        auto *call = m_provider->getCompany(m_org, id);
        const quint64 gen = m_generation;
        connect(call, &ApiCall::finished, this, [this, call, id, gen] {
            if (gen != m_generation)
                return;
            m_pending.remove(id);
            if (call->succeeded()) {
                Company company = call->result();
                // Keyed by the id that was asked: that is the one the views look up.
                company.companyId = id;
                insert({company});
                return;
            }
            if (call->error().kind() == ApiError::Kind::NotFound || call->error().kind() == ApiError::Kind::Decode)
                m_unknown.insert(id);
            else if (call->error().kind() != ApiError::Kind::Cancelled)
                m_failed.insert(id);
            Q_EMIT companiesChanged({id});
        });
    }
    // Views show "loading" for the ids just asked, and the names the cache had.
    if (!named.isEmpty() || !asked.isEmpty())
        Q_EMIT companiesChanged(named | asked);
}

} // namespace repdesk
