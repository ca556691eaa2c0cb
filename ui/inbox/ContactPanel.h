#pragma once

#include "ApiCall.h"
#include "Contact.h"
#include "Conversation.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QScrollArea;
class QStackedLayout;

namespace repdesk {

class ConversationLinkList;
class EmptyStateWidget;
class FieldList;
class InboxProvider;
class PanelSection;
class SaleCardList;
class SalesLoader;
template<typename T>
class Call;

// The right-hand side of the inbox: who the open conversation is with, their
// company, their other conversations and the sales linked to it. Every
// section loads, fails and retries on its own; answers that arrive after the
// user moved on are dropped by a generation counter.
class ContactPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPanel(QWidget *parent = nullptr);
    ~ContactPanel() override;

    // Also clears the panel: a new provider or organization invalidates what is shown.
    void setProvider(InboxProvider *provider, const QString &organizationId);
    // Shows the contact of this conversation; fetches contact, company, the
    // contact's other conversations and the sales linked to this
    // conversation. A knownContact (e.g. from the cache) is shown at once and
    // refreshed in the background.
    void showConversation(const Conversation &conversation, const Contact *knownContact);
    void clear(); // "Select a conversation" empty state

    QString conversationId() const { return m_active ? m_conversation.conversationId : QString(); }

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);
    // Emitted for every contact the panel fetched from the server (not for a knownContact).
    void contactLoaded(const repdesk::Contact &contact);

private:
    enum Slot { ContactSlot, CompanySlot, ConversationsSlot, SlotCount };

    void buildUi();
    void applyCapabilities();
    QString contactIdToLoad() const;
    void loadContact();
    void loadCompany();
    void loadConversations();
    void loadSales(bool force);
    void applyContact(const Contact &contact, bool fromServer);
    void applyConversations(const QList<Conversation> &conversations);
    void applySales();
    void updateTabOrder();
    void cancelCalls();
    template<typename T, typename Ok, typename Fail>
    void watch(Slot slot, Call<T> *call, Ok onSuccess, Fail onFailure);

    QPointer<InboxProvider> m_provider;
    QString m_org;
    Conversation m_conversation;
    std::optional<Contact> m_contact;
    QString m_companyId;
    bool m_active = false;
    // Bumped whenever what the panel shows changes identity; callbacks
    // carrying an older value are stale. Each slot also remembers its latest
    // request, so a retry cannot be overwritten by the attempt it replaced.
    quint64 m_generation = 0;
    quint64 m_requestSerial = 0;
    quint64 m_latest[SlotCount] = {};
    QList<QPointer<ApiCall>> m_calls;
    SalesLoader *m_sales;

    QStackedLayout *m_stack = nullptr;
    EmptyStateWidget *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    PanelSection *m_contactSection = nullptr;
    PanelSection *m_companySection = nullptr;
    PanelSection *m_conversationsSection = nullptr;
    PanelSection *m_salesSection = nullptr;
    FieldList *m_contactFields = nullptr;
    FieldList *m_companyFields = nullptr;
    ConversationLinkList *m_links = nullptr;
    SaleCardList *m_saleCards = nullptr;
};

} // namespace repdesk
