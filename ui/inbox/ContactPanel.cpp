#include "inbox/ContactPanel.h"

#include "Company.h"
#include "InboxProvider.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "inbox/contact/ConversationLinkList.h"
#include "inbox/contact/FieldList.h"
#include "inbox/contact/PanelSection.h"
#include "inbox/contact/RecordFields.h"
#include "inbox/contact/SaleCardList.h"
#include "inbox/contact/SalesLoader.h"

#include <QDebug>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace repdesk {

namespace {

constexpr int kConversationLimit = 100;

} // namespace

ContactPanel::ContactPanel(QWidget *parent) : QWidget(parent), m_sales(new SalesLoader(this))
{
    buildUi();
    connect(m_sales, &SalesLoader::loaded, this, [this] {
        if (m_active)
            applySales();
    });
    connect(m_sales, &SalesLoader::failed, this, [this](const QString &message) {
        if (m_active)
            m_salesSection->showError(message);
    });
    clear();
}

ContactPanel::~ContactPanel()
{
    cancelCalls();
}

void ContactPanel::buildUi()
{
    m_placeholder = new EmptyStateWidget(this);
    m_placeholder->setContent(tr("Select a conversation"), tr("Details about the contact appear here."));

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Everything inside wraps; a sideways scroll bar in a side panel only hides content.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("Contact details"));
    m_scroll->setAccessibleDescription(tr("Use the arrow keys to scroll"));

    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("contactPanelContent"));
    content->setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);

    m_contactSection = new PanelSection(tr("Contact"), content);
    m_contactSection->setObjectName(QStringLiteral("contactSection"));
    m_contactFields = new FieldList;
    m_contactSection->setContent(m_contactFields);

    m_companySection = new PanelSection(tr("Company"), content);
    m_companySection->setObjectName(QStringLiteral("companySection"));
    m_companyFields = new FieldList;
    m_companySection->setContent(m_companyFields);

    m_conversationsSection = new PanelSection(tr("Other conversations"), content);
    m_conversationsSection->setObjectName(QStringLiteral("conversationsSection"));
    m_links = new ConversationLinkList;
    m_conversationsSection->setContent(m_links);

    m_salesSection = new PanelSection(tr("Sales"), content);
    m_salesSection->setObjectName(QStringLiteral("salesSection"));
    m_saleCards = new SaleCardList;
    m_salesSection->setContent(m_saleCards);

    m_contactSection->setSeparatorVisible(false);
    layout->addWidget(m_contactSection);
    layout->addWidget(m_companySection);
    layout->addWidget(m_conversationsSection);
    layout->addWidget(m_salesSection);
    layout->addStretch(1);
    m_scroll->setWidget(content);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);

    setMinimumWidth(220);

    connect(m_contactSection, &PanelSection::retryRequested, this, &ContactPanel::loadContact);
    connect(m_companySection, &PanelSection::retryRequested, this, &ContactPanel::loadCompany);
    connect(m_conversationsSection, &PanelSection::retryRequested, this, &ContactPanel::loadConversations);
    connect(m_salesSection, &PanelSection::retryRequested, this, [this] { loadSales(true); });
    connect(m_links, &ConversationLinkList::conversationActivated, this, &ContactPanel::openConversationRequested);
}

void ContactPanel::setProvider(InboxProvider *provider, const QString &organizationId)
{
    m_provider = provider;
    m_org = organizationId;
    m_sales->setSource(provider, organizationId);
    clear();
}

void ContactPanel::clear()
{
    ++m_generation;
    cancelCalls();
    m_active = false;
    m_conversation = Conversation();
    m_contact.reset();
    m_companyId.clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void ContactPanel::applyCapabilities()
{
    const bool companies = !m_provider || m_provider->has(InboxProvider::Companies);
    const bool sales = !m_provider || m_provider->has(InboxProvider::Sales);
    m_companySection->setVisible(companies);
    m_salesSection->setVisible(sales);
}

void ContactPanel::showConversation(const Conversation &conversation, const Contact *knownContact)
{
    ++m_generation;
    cancelCalls();
    m_active = true;
    m_conversation = conversation;
    m_contact.reset();
    m_companyId.clear();
    m_stack->setCurrentWidget(m_scroll);
    m_scroll->verticalScrollBar()->setValue(0);
    applyCapabilities();

    const bool knownFits = knownContact
        && (conversation.contactId.isEmpty() || knownContact->contactId == conversation.contactId);
    if (knownFits)
        applyContact(*knownContact, false);
    else
        m_companySection->showLoading();

    if (contactIdToLoad().isEmpty()) {
        if (!knownFits) {
            m_contactSection->showEmpty(tr("No contact for this conversation"));
            m_companySection->showEmpty(tr("No company"));
        }
        m_conversationsSection->showEmpty(tr("No other conversations"));
    } else {
        loadContact();
        loadConversations();
    }
    loadSales(false);
    updateTabOrder();
}

QString ContactPanel::contactIdToLoad() const
{
    if (!m_conversation.contactId.isEmpty())
        return m_conversation.contactId;
    return m_contact ? m_contact->contactId : QString();
}

template<typename T, typename Ok, typename Fail>
void ContactPanel::watch(Slot slot, Call<T> *call, Ok onSuccess, Fail onFailure)
{
    const quint64 generation = m_generation;
    const quint64 serial = ++m_requestSerial;
    m_latest[slot] = serial;
    m_calls.append(call);
    connect(call, &ApiCall::finished, this, [this, call, slot, generation, serial, onSuccess, onFailure] {
        m_calls.removeAll(call);
        if (generation != m_generation || serial != m_latest[slot])
            return;
        if (call->succeeded())
            onSuccess(call->result());
        else if (call->error().kind() != ApiError::Kind::Cancelled)
            onFailure(call->error().message());
    });
}

void ContactPanel::loadContact()
{
    const QString id = contactIdToLoad();
    if (!m_provider) {
        if (!m_contact)
            m_contactSection->showError(tr("Not connected to an account."), false);
        return;
    }
    if (!m_contact) {
        m_contactSection->showLoading();
        m_companySection->showLoading();
    }
    watch(ContactSlot, m_provider->getContact(m_org, id), [this](const Contact &contact) { applyContact(contact, true); },
          [this](const QString &message) {
              // A contact already on display (from the cache) beats an error:
              // only the background refresh failed.
              if (m_contact) {
                  qInfo() << "ContactPanel: contact refresh failed:" << message;
                  return;
              }
              m_contactSection->showError(message);
              // The company comes from the contact: until the contact loads
              // there is nothing true to say about it, not even "No company".
              m_companySection->showEmpty(QString());
              m_companySection->hide();
              updateTabOrder();
          });
}

void ContactPanel::applyContact(const Contact &contact, bool fromServer)
{
    m_contact = contact;
    applyCapabilities();
    bool rebuilt = m_contactFields->setFields(RecordFields::forContact(contact));
    m_contactSection->showContent();
    if (contact.companyId.isEmpty()) {
        m_companyId.clear();
        m_companySection->showEmpty(tr("No company"));
    } else if (contact.companyId != m_companyId || m_companySection->state() == PanelSection::State::Error) {
        m_companyId = contact.companyId;
        loadCompany();
        rebuilt = true;
    }
    if (rebuilt)
        updateTabOrder();
    if (fromServer)
        Q_EMIT contactLoaded(contact);
}

void ContactPanel::loadCompany()
{
    if (m_companyId.isEmpty() || !m_provider || !m_provider->has(InboxProvider::Companies))
        return;
    m_companySection->showLoading();
    watch(CompanySlot, m_provider->getCompany(m_org, m_companyId),
          [this](const Company &company) {
              if (m_companyFields->setFields(RecordFields::forCompany(company)))
                  updateTabOrder();
              m_companySection->showContent();
          },
          [this](const QString &message) {
              m_companySection->showError(message);
              updateTabOrder();
          });
}

void ContactPanel::loadConversations()
{
    const QString contactId = contactIdToLoad();
    if (contactId.isEmpty())
        return;
    if (!m_provider) {
        m_conversationsSection->showError(tr("Not connected to an account."), false);
        return;
    }
    m_conversationsSection->showLoading();
    ListQuery query;
    query.limit = kConversationLimit;
    watch(ConversationsSlot, m_provider->listContactConversations(m_org, contactId, query),
          [this](const Page<Conversation> &page) { applyConversations(page.items); },
          [this](const QString &message) {
              m_conversationsSection->showError(message);
              updateTabOrder();
          });
}

void ContactPanel::applyConversations(const QList<Conversation> &conversations)
{
    QList<Conversation> others;
    for (const Conversation &c : conversations)
        if (c.conversationId != m_conversation.conversationId)
            others.append(c);
    if (others.isEmpty()) {
        m_conversationsSection->showEmpty(tr("No other conversations"));
        return;
    }
    m_links->setConversations(others);
    m_conversationsSection->showContent();
}

void ContactPanel::loadSales(bool force)
{
    if (m_provider && !m_provider->has(InboxProvider::Sales))
        return;
    if (!force && m_sales->hasFreshData()) {
        applySales();
        return;
    }
    m_salesSection->showLoading();
    m_sales->load(force);
}

void ContactPanel::applySales()
{
    const QList<Sale> sales = m_sales->salesForConversation(m_conversation.conversationId);
    const int searched = SalesLoader::kPageSize * SalesLoader::kMaxPages;
    if (sales.isEmpty()) {
        m_salesSection->showEmpty(m_sales->isTruncated()
                                      ? tr("No sales linked to this conversation among the %n most recent sales.",
                                           nullptr, searched)
                                      : tr("No sales linked to this conversation"));
    } else {
        m_saleCards->setSales(sales, m_sales->isTruncated()
                                         ? tr("Only the %n most recent sales were searched.", nullptr, searched)
                                         : QString());
        m_salesSection->showContent();
    }
    updateTabOrder();
}

void ContactPanel::updateTabOrder()
{
    // Rows are rebuilt as data arrives, and Qt appends new widgets to the end
    // of the window's focus chain; re-thread them behind the (long-lived)
    // scroll area so Tab follows the reading order.
    QList<QWidget *> chain{m_scroll};
    for (PanelSection *section : {m_contactSection, m_companySection, m_conversationsSection, m_salesSection}) {
        chain.append(section->errorBanner()->retryButton());
        if (section == m_contactSection)
            chain += m_contactFields->focusWidgets();
        else if (section == m_companySection)
            chain += m_companyFields->focusWidgets();
        else if (section == m_conversationsSection)
            chain.append(m_links);
        else
            chain += m_saleCards->focusWidgets();
    }
    for (int i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

void ContactPanel::cancelCalls()
{
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    for (const QPointer<ApiCall> &call : calls)
        if (call)
            call->cancel();
}

} // namespace repdesk
