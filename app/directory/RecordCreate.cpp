#include "RecordCreate.h"

#include "CreateValidation.h"
#include "HyperRepClient.h"

namespace repdesk {

RecordCreate::RecordCreate(Kind kind, HyperRepClient *client, const QString &organizationId, QObject *parent)
    : QObject(parent), m_kind(kind), m_client(client), m_org(organizationId),
      m_verifier(new CreateVerifier(client, organizationId, this))
{
    connect(m_verifier, &CreateVerifier::contactVerdict, this, &RecordCreate::onContactVerdict);
    connect(m_verifier, &CreateVerifier::companyVerdict, this, &RecordCreate::onCompanyVerdict);
}

RecordCreate::~RecordCreate()
{
    // A POST under way is not cancelled: the server may take it anyway, and its answer has no one
    // to tell. Only its handler goes.
    if (m_call)
        m_call->disconnect(this);
    m_verifier->cancel();
}

QString RecordCreate::createdId() const
{
    if (m_contact)
        return m_contact->contactId;
    if (m_company)
        return m_company->companyId;
    return {};
}

void RecordCreate::setState(State state, const QString &status)
{
    m_status = status;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool RecordCreate::submitContact(const ContactCreateRequest &request)
{
    if (m_kind != Kind::Contact || isBusy() || m_state == State::Created)
        return false;
    ContactCreateRequest checked = request;
    m_errors = CreateValidation::checkContact(checked);
    if (!m_errors.isEmpty()) {
        setState(State::Refused, tr("Nothing was sent: correct what is marked."));
        return false;
    }
    m_contactRequest = checked;
    if (m_doubtfulContact) {
        m_postAfterCheck = true;
        verify();
    } else {
        post();
    }
    return true;
}

bool RecordCreate::submitCompany(const CompanyCreateRequest &request)
{
    if (m_kind != Kind::Company || isBusy() || m_state == State::Created)
        return false;
    CompanyCreateRequest checked = request;
    m_errors = CreateValidation::checkCompany(checked, m_agentIds ? m_agentIds() : QStringList());
    if (!m_errors.isEmpty()) {
        setState(State::Refused, tr("Nothing was sent: correct what is marked."));
        return false;
    }
    m_companyRequest = checked;
    if (m_doubtfulCompany) {
        m_postAfterCheck = true;
        verify();
    } else {
        post();
    }
    return true;
}

void RecordCreate::recheck()
{
    if (!hasDoubt() || isBusy() || m_state == State::Created)
        return;
    m_postAfterCheck = false;
    verify();
}

void RecordCreate::post()
{
    m_errors = {};
    m_postAfterCheck = false;
    if (!m_client) {
        setState(State::NotCreated, tr("Creating records needs a HyperRep account."));
        return;
    }
    m_attemptedAt = QDateTime::currentDateTimeUtc();
    ++m_posts;
    ApiCall *call = m_kind == Kind::Contact ? static_cast<ApiCall *>(m_client->createContact(m_org, m_contactRequest))
                                            : static_cast<ApiCall *>(m_client->createCompany(m_org, m_companyRequest));
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { onPosted(call); });
    setState(State::Sending, m_kind == Kind::Contact ? tr("Creating the contact…") : tr("Creating the company…"));
}

void RecordCreate::onPosted(ApiCall *call)
{
    m_call = nullptr;
    if (call->succeeded()) {
        if (m_kind == Kind::Contact)
            m_contact = static_cast<Call<Contact> *>(call)->result();
        else
            m_company = static_cast<Call<Company> *>(call)->result();
        finishCreated();
        return;
    }
    const ApiError error = call->error();
    switch (error.kind()) {
    case ApiError::Kind::Cancelled:
        setState(State::Idle, QString());
        return;
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Auth:
    case ApiError::Kind::Insecure:
        // The server answered: it did not create anything.
        m_errors = CreateValidation::fromServer(error, m_kind == Kind::Contact ? CreateValidation::contactFields()
                                                                               : CreateValidation::companyFields());
        setState(State::Refused, tr("The server refused it: correct what is marked and try again."));
        return;
    case ApiError::Kind::RateLimited:
        setState(State::NotCreated, tr("The server is busy and created nothing. Try again in a moment."));
        return;
    default:
        break;
    }
    // Network, timeout, 5xx, or a 2xx that could not be read: the server may have taken it.
    if (m_kind == Kind::Contact)
        m_doubtfulContact = m_contactRequest;
    else
        m_doubtfulCompany = m_companyRequest;
    verify();
}

void RecordCreate::verify()
{
    setState(State::Checking, m_kind == Kind::Contact
                                  ? tr("No answer from the server. Checking whether the contact was created…")
                                  : tr("No answer from the server. Checking whether the company was created…"));
    if (m_kind == Kind::Contact)
        m_verifier->checkContact(*m_doubtfulContact, m_attemptedAt);
    else
        m_verifier->checkCompany(*m_doubtfulCompany, m_attemptedAt);
}

void RecordCreate::onContactVerdict(CreateVerifier::Verdict verdict, const Contact &contact, const ApiError &error)
{
    if (verdict == CreateVerifier::Verdict::Found) {
        m_contact = contact;
        finishCreated();
    } else if (verdict == CreateVerifier::Verdict::Absent && m_postAfterCheck) {
        m_doubtfulContact.reset();
        post();
    } else if (verdict == CreateVerifier::Verdict::Absent) {
        setState(State::NotCreated, tr("The server did not create the contact. Press Create to send it again "
                                       "(Repdesk checks once more first)."));
    } else if (error.kind() != ApiError::Kind::Cancelled) {
        m_postAfterCheck = false;
        setState(State::Unconfirmed, tr("Repdesk could not find out whether the contact was created (%1). "
                                        "Press Check again: nothing is sent before Repdesk knows.")
                                         .arg(error.message()));
    }
}

void RecordCreate::onCompanyVerdict(CreateVerifier::Verdict verdict, const Company &company, const ApiError &error)
{
    if (verdict == CreateVerifier::Verdict::Found) {
        m_company = company;
        finishCreated();
    } else if (verdict == CreateVerifier::Verdict::Absent && m_postAfterCheck) {
        m_doubtfulCompany.reset();
        post();
    } else if (verdict == CreateVerifier::Verdict::Absent) {
        setState(State::NotCreated, tr("The server did not create the company. Press Create to send it again "
                                       "(Repdesk checks once more first)."));
    } else if (error.kind() != ApiError::Kind::Cancelled) {
        m_postAfterCheck = false;
        setState(State::Unconfirmed, tr("Repdesk could not find out whether the company was created (%1). "
                                        "Press Check again: nothing is sent before Repdesk knows.")
                                         .arg(error.message()));
    }
}

void RecordCreate::finishCreated()
{
    m_doubtfulContact.reset();
    m_doubtfulCompany.reset();
    m_errors = {};
    setState(State::Created, m_kind == Kind::Contact ? tr("Contact created.") : tr("Company created."));
    Q_EMIT created(createdId());
}

} // namespace repdesk
