#pragma once

#include "Company.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace repdesk {

class Cache;
class InboxProvider;

// Names for company ids, the way ContactDirectory names contacts: a view
// asks for the ids it shows; each is named from the organization's cache if
// it is there, else asked with GET .../companies/{id}, at most once at a time.
// What arrives is written to the cache, so the next start names it without a
// request; a 404 is remembered for the session ("Unknown company"), and a
// failed request is asked again the next time a view asks. Never walks the
// whole company list: a dashboard shows tens of companies, not thousands.
class CompanyDirectory : public QObject
{
    Q_OBJECT
public:
    explicit CompanyDirectory(QObject *parent = nullptr);

    void setSource(InboxProvider *provider, Cache *cache, const QString &organizationId);

    const Company *company(const QString &companyId) const;
    // The name, else the domain; empty while unknown.
    QString displayName(const QString &companyId) const;
    bool isPending(const QString &companyId) const { return m_pending.contains(companyId); }
    // The server says there is no such company: it is not asked again this session.
    bool isUnknown(const QString &companyId) const { return m_unknown.contains(companyId); }
    // The last request for it failed (network, server); the next request() asks again.
    bool hasFailed(const QString &companyId) const { return m_failed.contains(companyId); }

    // Names what the cache knows at once; asks the server for the rest.
    void request(const QStringList &companyIds);
    void insert(const QList<Company> &companies);
    // Requests sent to the server so far (tests check the de-duplication).
    int requestsIssued() const { return m_requestsIssued; }

Q_SIGNALS:
    void companiesChanged(const QSet<QString> &companyIds);

private:
    InboxProvider *m_provider = nullptr;
    Cache *m_cache = nullptr;
    QString m_org;
    QHash<QString, Company> m_companies;
    QSet<QString> m_pending;
    QSet<QString> m_unknown;
    QSet<QString> m_failed;
    int m_requestsIssued = 0;
    quint64 m_generation = 0;
};

} // namespace repdesk
