#pragma once

#include "Call.h"
#include "Page.h"
#include "Company.h"
#include "Contact.h"
#include "Conversation.h"
#include "Sale.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace repdesk {

class InboxProvider;
class SalesIndex;

// What the contact panel shows about the open conversation, loaded here so
// the panel never makes a request: the contact, their company, their other
// conversations, and the sales linked to the conversation (from the
// organization's SalesIndex). Each section loads, fails and retries on its
// own; answers that arrive after the user moved on are dropped by a
// generation counter, and a retry cannot be overwritten by the attempt it
// replaced.
class ContactDetails : public QObject
{
    Q_OBJECT
public:
    enum class Section { Contact, Company, Conversations, Sales };
    Q_ENUM(Section)
    enum class State {
        Hidden,  // the provider has no such thing (companies, sales), or nothing is known yet
        Loading,
        Loaded,
        Empty,   // message() says what is missing
        Error,   // message() says why; retry() tries again when retryable()
    };
    Q_ENUM(State)

    static constexpr int kConversationLimit = 100;

    explicit ContactDetails(QObject *parent = nullptr);
    ~ContactDetails() override;

    // Also clears: a new provider or organization invalidates what is shown. `sales` may be null.
    void setSource(InboxProvider *provider, const QString &organizationId, SalesIndex *sales);
    // Loads everything about this conversation. A knownContact (from the
    // cache) is shown at once and refreshed in the background.
    void show(const Conversation &conversation, const std::optional<Contact> &knownContact);
    void clear();
    void retry(Section section);

    bool isActive() const { return m_active; }
    const Conversation &conversation() const { return m_conversation; }
    const std::optional<Contact> &contact() const { return m_contact; }
    const std::optional<Company> &company() const { return m_company; }
    const QList<Conversation> &otherConversations() const { return m_others; }
    QList<Sale> sales() const;
    // Besides the sales: a note while the organization's sales are still being indexed.
    QString salesNote() const;

    State state(Section section) const { return m_state[int(section)]; }
    QString message(Section section) const { return m_message[int(section)]; }
    bool retryable(Section section) const { return m_retryable[int(section)]; }
    bool hasCompanies() const;
    bool hasSales() const;

Q_SIGNALS:
    void sectionChanged(repdesk::ContactDetails::Section section);
    // Cleared, or a new conversation is shown: every section may have changed.
    void reset();
    // A contact fetched from the server (not a knownContact): the name cache wants it.
    void contactLoaded(const repdesk::Contact &contact);

private:
    void set(Section section, State state, const QString &message = {}, bool retryable = true);
    QString contactIdToLoad() const;
    void loadContact();
    void applyContact(const Contact &contact, bool fromServer);
    void loadCompany();
    void loadConversations();
    void updateSales();
    // Answers to the section's calls in flight are dropped when they arrive.
    void forget(Section section);
    void cancelCalls();
    template<typename T, typename Ok, typename Fail>
    void watch(Section section, Call<T> *call, Ok onSuccess, Fail onFailure);

    QPointer<InboxProvider> m_provider;
    QPointer<SalesIndex> m_sales;
    QString m_org;
    Conversation m_conversation;
    std::optional<Contact> m_contact;
    std::optional<Company> m_company;
    QString m_companyId;
    QList<Conversation> m_others;
    bool m_active = false;
    State m_state[4] = {State::Hidden, State::Hidden, State::Hidden, State::Hidden};
    QString m_message[4];
    bool m_retryable[4] = {true, true, true, true};
    quint64 m_generation = 0;
    quint64 m_requestSerial = 0;
    quint64 m_latest[4] = {};
    QList<QPointer<ApiCall>> m_calls;
};

} // namespace repdesk
