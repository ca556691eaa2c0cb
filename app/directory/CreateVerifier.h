#pragma once

#include "ApiError.h"
#include "Company.h"
#include "CompanyCreateRequest.h"
#include "Contact.h"
#include "ContactCreateRequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace repdesk {

class HyperRepClient;
class PageWalk;

// After a create whose answer was lost (dropped connection, timeout, 5xx), finds out whether the
// server took it before anything is sent again, as SendVerifier does for replies: it walks the
// organization's contacts (or companies) and looks for a record with exactly the values sent,
// created no earlier than the attempt (less a margin for clock skew). The API documents neither
// the lists' order nor what their start_date filters on, so it reads the whole list and relies
// on neither; it stops at the first match. Found: the server took it. Absent after a complete
// walk: it did not (yet). A failed walk: nobody can tell.
class CreateVerifier : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Found, Absent, Unknown };
    Q_ENUM(Verdict)
    static constexpr int clockSkewMarginSecs = 300;
    static constexpr int pageSize = 500; // the documented maximum

    CreateVerifier(HyperRepClient *client, const QString &organizationId, QObject *parent = nullptr);

    void checkContact(const ContactCreateRequest &request, const QDateTime &attemptedAt);
    void checkCompany(const CompanyCreateRequest &request, const QDateTime &attemptedAt);
    void cancel();

    static bool matches(const ContactCreateRequest &request, const Contact &contact, const QDateTime &attemptedAt);
    static bool matches(const CompanyCreateRequest &request, const Company &company, const QDateTime &attemptedAt);

Q_SIGNALS:
    // Found carries the record; Unknown the error that stopped the walk.
    void contactVerdict(repdesk::CreateVerifier::Verdict verdict, const repdesk::Contact &contact,
                        const repdesk::ApiError &error);
    void companyVerdict(repdesk::CreateVerifier::Verdict verdict, const repdesk::Company &company,
                        const repdesk::ApiError &error);

private:
    QPointer<HyperRepClient> m_client;
    QString m_org;
    QPointer<PageWalk> m_walk;
};

} // namespace repdesk
