#include "ContactDetails.h"

#include "InboxProvider.h"
#include "LogCategories.h"
#include "SalesIndex.h"

#include <QDebug>

namespace repdesk {

ContactDetails::ContactDetails(QObject *parent) : QObject(parent) {}

ContactDetails::~ContactDetails()
{
    cancelCalls();
}

void ContactDetails::setSource(InboxProvider *provider, const QString &organizationId, SalesIndex *sales)
{
    if (m_sales)
        m_sales->disconnect(this);
    m_provider = provider;
    m_org = organizationId;
    m_sales = sales;
    if (sales) {
        connect(sales, &SalesIndex::updated, this, &ContactDetails::updateSales);
        connect(sales, &SalesIndex::loadingChanged, this, &ContactDetails::updateSales);
        connect(sales, &SalesIndex::failed, this, [this](const ApiError &error) {
            if (!m_active || !hasSales())
                return;
            // What the index already holds is still true; only say so when it has nothing to show.
            if (this->sales().isEmpty() && !m_sales->isComplete())
                set(Section::Sales, State::Error, error.message());
        });
    }
    clear();
}

bool ContactDetails::hasCompanies() const
{
    return !m_provider || m_provider->has(InboxProvider::Companies);
}

bool ContactDetails::hasSales() const
{
    return m_sales && (!m_provider || m_provider->has(InboxProvider::Sales));
}

void ContactDetails::set(Section section, State state, const QString &message, bool retryable)
{
    const int i = int(section);
    m_state[i] = state;
    m_message[i] = message;
    m_retryable[i] = retryable;
    Q_EMIT sectionChanged(section);
}

void ContactDetails::clear()
{
    ++m_generation;
    cancelCalls();
    m_active = false;
    m_conversation = Conversation();
    m_contact.reset();
    m_company.reset();
    m_companyId.clear();
    m_others.clear();
    for (int i = 0; i < 4; ++i) {
        m_state[i] = State::Hidden;
        m_message[i].clear();
    }
    Q_EMIT reset();
}

void ContactDetails::show(const Conversation &conversation, const std::optional<Contact> &knownContact)
{
    clear();
    m_active = true;
    m_conversation = conversation;
    const bool knownFits = knownContact
        && (conversation.contactId.isEmpty() || knownContact->contactId == conversation.contactId);
    if (knownFits)
        applyContact(*knownContact, false);
    else if (hasCompanies())
        m_state[int(Section::Company)] = State::Loading;

    if (contactIdToLoad().isEmpty()) {
        if (!knownFits) {
            m_state[int(Section::Contact)] = State::Empty;
            m_message[int(Section::Contact)] = tr("No contact for this conversation");
            if (hasCompanies()) {
                m_state[int(Section::Company)] = State::Empty;
                m_message[int(Section::Company)] = tr("No company");
            }
        }
        m_state[int(Section::Conversations)] = State::Empty;
        m_message[int(Section::Conversations)] = tr("No other conversations");
    }
    Q_EMIT reset();
    if (!contactIdToLoad().isEmpty()) {
        loadContact();
        loadConversations();
    }
    if (hasSales())
        m_sales->refresh(false); // a no-op while the index is fresh
    updateSales();
}

QString ContactDetails::contactIdToLoad() const
{
    if (!m_conversation.contactId.isEmpty())
        return m_conversation.contactId;
    return m_contact ? m_contact->contactId : QString();
}

template<typename T, typename Ok, typename Fail>
void ContactDetails::watch(Section section, Call<T> *call, Ok onSuccess, Fail onFailure)
{
    const quint64 generation = m_generation;
    const quint64 serial = ++m_requestSerial;
    m_latest[int(section)] = serial;
    m_calls.append(call);
    connect(call, &ApiCall::finished, this, [this, call, section, generation, serial, onSuccess, onFailure] {
        m_calls.removeAll(call);
        if (generation != m_generation || serial != m_latest[int(section)])
            return;
        if (call->succeeded())
            onSuccess(call->result());
        else if (call->error().kind() != ApiError::Kind::Cancelled)
            onFailure(call->error().message());
    });
}

void ContactDetails::loadContact()
{
    const QString id = contactIdToLoad();
    if (!m_provider) {
        if (!m_contact) {
            set(Section::Contact, State::Error, tr("Not connected to an account."), false);
            // As when the contact fails: no contact, nothing to say about its company (and no spinner left).
            set(Section::Company, State::Hidden);
        }
        return;
    }
    if (!m_contact) {
        set(Section::Contact, State::Loading);
        if (hasCompanies())
            set(Section::Company, State::Loading);
    }
    watch(Section::Contact, m_provider->getContact(m_org, id),
          [this](const Contact &contact) { applyContact(contact, true); },
          [this](const QString &message) {
              // A contact already on display (from the cache) beats an error:
              // only the background refresh failed.
              if (m_contact) {
                  qCInfo(lcModels) << "ContactDetails: contact refresh failed:" << message;
                  return;
              }
              set(Section::Contact, State::Error, message);
              // The company comes from the contact: until the contact loads
              // there is nothing true to say about it, not even "No company".
              set(Section::Company, State::Hidden);
          });
}

void ContactDetails::applyContact(const Contact &contact, bool fromServer)
{
    m_contact = contact;
    set(Section::Contact, State::Loaded);
    if (!hasCompanies()) {
        set(Section::Company, State::Hidden);
    } else if (contact.companyId.isEmpty()) {
        // The cached contact's company may still be loading: its answer is no longer this contact's company.
        forget(Section::Company);
        m_companyId.clear();
        m_company.reset();
        set(Section::Company, State::Empty, tr("No company"));
    } else if (contact.companyId != m_companyId || state(Section::Company) == State::Error) {
        m_companyId = contact.companyId;
        loadCompany();
    }
    if (fromServer)
        Q_EMIT contactLoaded(contact);
}

void ContactDetails::loadCompany()
{
    if (m_companyId.isEmpty() || !m_provider || !hasCompanies())
        return;
    set(Section::Company, State::Loading);
    watch(Section::Company, m_provider->getCompany(m_org, m_companyId),
          [this](const Company &company) {
              m_company = company;
              set(Section::Company, State::Loaded);
          },
          [this](const QString &message) { set(Section::Company, State::Error, message); });
}

void ContactDetails::loadConversations()
{
    const QString contactId = contactIdToLoad();
    if (contactId.isEmpty())
        return;
    if (!m_provider) {
        set(Section::Conversations, State::Error, tr("Not connected to an account."), false);
        return;
    }
    set(Section::Conversations, State::Loading);
    ListQuery query;
    query.limit = kConversationLimit;
    watch(Section::Conversations, m_provider->listContactConversations(m_org, contactId, query),
          [this](const Page<Conversation> &page) {
              m_others.clear();
              for (const Conversation &c : page.items)
                  if (c.conversationId != m_conversation.conversationId)
                      m_others.append(c);
              if (m_others.isEmpty())
                  set(Section::Conversations, State::Empty, tr("No other conversations"));
              else
                  set(Section::Conversations, State::Loaded);
          },
          [this](const QString &message) { set(Section::Conversations, State::Error, message); });
}

QList<Sale> ContactDetails::sales() const
{
    if (!m_active || !hasSales())
        return {};
    return m_sales->salesForConversation(m_conversation.conversationId);
}

QString ContactDetails::salesNote() const
{
    if (!hasSales() || m_sales->isComplete())
        return {};
    return tr("Still indexing this organization's sales: more may appear.");
}

void ContactDetails::updateSales()
{
    if (!m_active)
        return;
    if (!hasSales()) {
        set(Section::Sales, State::Hidden);
        return;
    }
    if (!sales().isEmpty())
        set(Section::Sales, State::Loaded);
    else if (m_sales->isLoading())
        set(Section::Sales, State::Loading);
    else if (state(Section::Sales) == State::Error)
        return; // the walk's own error stays until a retry
    else if (!m_sales->isComplete())
        set(Section::Sales, State::Error, tr("The sales of this organization could not be looked up yet."));
    else
        set(Section::Sales, State::Empty, tr("No sales linked to this conversation"));
}

void ContactDetails::retry(Section section)
{
    // Nothing is shown (cleared): there is no id to ask about.
    if (!m_active)
        return;
    switch (section) {
    case Section::Contact:
        loadContact();
        break;
    case Section::Company:
        loadCompany();
        break;
    case Section::Conversations:
        loadConversations();
        break;
    case Section::Sales:
        if (hasSales()) {
            set(Section::Sales, State::Loading);
            m_sales->refresh(true);
            // No walk started (the index has no provider or organization):
            // no walk will end to replace the spinner, so settle it now.
            if (!m_sales->isLoading())
                updateSales();
        }
        break;
    }
}

void ContactDetails::forget(Section section)
{
    m_latest[int(section)] = ++m_requestSerial;
}

void ContactDetails::cancelCalls()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls)
        if (call)
            call->cancel();
}

} // namespace repdesk
