#pragma once

#include "ApiError.h"
#include "Company.h"
#include "CompanyCreateRequest.h"
#include "Contact.h"
#include "ContactCreateRequest.h"
#include "CreateVerifier.h"
#include "FieldErrors.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace repdesk {

class ApiCall;
class HyperRepClient;

// One "Create contact" or "Create company" form's trip to the server, sent once and never twice:
//   Idle --submit--> (client check fails: Refused, nothing sent) | Sending
//   Sending --2xx--> Created | --400/422--> Refused (errors by field) | --429--> NotCreated
//           --network error, timeout, 5xx, unreadable 2xx--> Checking
//   Checking (CreateVerifier) --found--> Created | --absent--> NotCreated | --failed--> Unconfirmed
// A submit() after a lost answer (NotCreated after a check, Unconfirmed) checks again first and
// posts only when the record is still absent: the server may have been slow to take it. When a
// check finds the earlier attempt, that record is the one created, even if the form was edited since.
class RecordCreate : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Contact, Company };
    Q_ENUM(Kind)
    enum class State { Idle, Sending, Checking, Created, Refused, NotCreated, Unconfirmed };
    Q_ENUM(State)

    RecordCreate(Kind kind, HyperRepClient *client, const QString &organizationId, QObject *parent = nullptr);
    ~RecordCreate() override;

    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Sending || m_state == State::Checking; }
    // The roster the agent must come from (companies); empty: not loaded, the server decides.
    void setAgentIds(std::function<QStringList()> agentIds) { m_agentIds = std::move(agentIds); }

    // Returns false when nothing was started (busy, done, or refused before sending).
    bool submitContact(const ContactCreateRequest &request);
    bool submitCompany(const CompanyCreateRequest &request);

    // An earlier POST's answer was lost and no check has found it yet: sending again checks first.
    bool hasDoubt() const { return m_doubtfulContact.has_value() || m_doubtfulCompany.has_value(); }
    // Checks the doubtful attempt again without posting anything (DirectorySession's re-checks).
    void recheck();

    const FieldErrors &errors() const { return m_errors; }
    // A sentence for the form's status line (sending, checking, what is known); empty when idle.
    QString statusText() const { return m_status; }
    std::optional<Contact> contact() const { return m_contact; }
    std::optional<Company> company() const { return m_company; }
    QString createdId() const;
    int postsSent() const { return m_posts; }

Q_SIGNALS:
    void stateChanged(repdesk::RecordCreate::State state);
    // The record exists on the server (answered, or found by the check): open it.
    void created(const QString &id);

private:
    void post();
    void verify();
    void onPosted(ApiCall *call);
    void onContactVerdict(CreateVerifier::Verdict verdict, const Contact &contact, const ApiError &error);
    void onCompanyVerdict(CreateVerifier::Verdict verdict, const Company &company, const ApiError &error);
    void finishCreated();
    void setState(State state, const QString &status);

    Kind m_kind;
    QPointer<HyperRepClient> m_client;
    QString m_org;
    CreateVerifier *m_verifier;
    std::function<QStringList()> m_agentIds;
    State m_state = State::Idle;
    FieldErrors m_errors;
    QString m_status;
    ContactCreateRequest m_contactRequest;
    CompanyCreateRequest m_companyRequest;
    // The request in doubt (its answer was lost) and when it went out; checked before any new POST.
    std::optional<ContactCreateRequest> m_doubtfulContact;
    std::optional<CompanyCreateRequest> m_doubtfulCompany;
    QDateTime m_attemptedAt;
    bool m_postAfterCheck = false;
    std::optional<Contact> m_contact;
    std::optional<Company> m_company;
    QPointer<ApiCall> m_call;
    int m_posts = 0;
};

} // namespace repdesk
