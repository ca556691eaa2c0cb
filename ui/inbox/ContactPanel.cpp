#include "inbox/ContactPanel.h"

#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "inbox/contact/ConversationLinkList.h"
#include "inbox/contact/FieldList.h"
#include "inbox/contact/PanelSection.h"
#include "inbox/contact/RecordFields.h"
#include "inbox/contact/SaleCardList.h"

#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace repdesk {

ContactPanel::ContactPanel(QWidget *parent) : QWidget(parent)
{
    buildUi();
    renderAll();
}

ContactPanel::~ContactPanel() = default;

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

    m_directoryButton = new QPushButton(content);
    m_directoryButton->setObjectName(QStringLiteral("contactDirectoryButton"));
    m_directoryButton->setAutoDefault(false);
    m_directoryButton->hide();
    connect(m_directoryButton, &QPushButton::clicked, this, [this] {
        if (!m_details || !m_details->isActive())
            return;
        if (m_details->contact())
            Q_EMIT openInDirectoryRequested(m_details->contact()->contactId);
        else
            Q_EMIT createContactRequested();
    });

    m_contactSection->setSeparatorVisible(false);
    layout->addWidget(m_contactSection);
    layout->addWidget(m_directoryButton, 0, Qt::AlignLeft);
    layout->addWidget(m_companySection);
    layout->addWidget(m_conversationsSection);
    layout->addWidget(m_salesSection);
    layout->addStretch(1);
    m_scroll->setWidget(content);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);

    setMinimumWidth(220);

    for (const Section s : {Section::Contact, Section::Company, Section::Conversations, Section::Sales})
        connect(section(s), &PanelSection::retryRequested, this, [this, s] {
            if (m_details)
                m_details->retry(s);
        });
    connect(m_links, &ConversationLinkList::conversationActivated, this, &ContactPanel::openConversationRequested);
}

void ContactPanel::setDetails(ContactDetails *details)
{
    if (m_details)
        m_details->disconnect(this);
    m_details = details;
    if (details) {
        connect(details, &ContactDetails::reset, this, &ContactPanel::renderAll);
        connect(details, &ContactDetails::sectionChanged, this, [this](Section s) {
            render(s);
            updateTabOrder();
        });
    }
    renderAll();
}

void ContactPanel::showConversation(const Conversation &conversation, const Contact *knownContact)
{
    if (!m_details)
        return;
    m_details->show(conversation, knownContact ? std::optional<Contact>(*knownContact) : std::nullopt);
}

void ContactPanel::clear()
{
    if (m_details)
        m_details->clear();
    else
        renderAll();
}

QString ContactPanel::conversationId() const
{
    return m_details && m_details->isActive() ? m_details->conversation().conversationId : QString();
}

PanelSection *ContactPanel::section(Section s) const
{
    switch (s) {
    case Section::Contact:
        return m_contactSection;
    case Section::Company:
        return m_companySection;
    case Section::Conversations:
        return m_conversationsSection;
    case Section::Sales:
        return m_salesSection;
    }
    return nullptr;
}

void ContactPanel::renderAll()
{
    if (!m_details || !m_details->isActive()) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentWidget(m_scroll);
    m_scroll->verticalScrollBar()->setValue(0); // a new conversation starts at its contact
    for (const Section s : {Section::Contact, Section::Company, Section::Conversations, Section::Sales})
        render(s);
    updateTabOrder();
}

void ContactPanel::render(Section s)
{
    if (!m_details || !m_details->isActive())
        return;
    PanelSection *panel = section(s);
    const ContactDetails::State state = m_details->state(s);
    if (s == Section::Contact)
        updateDirectoryButton();
    panel->setVisible(state != ContactDetails::State::Hidden);
    switch (state) {
    case ContactDetails::State::Hidden:
        return;
    case ContactDetails::State::Loading:
        panel->showLoading();
        return;
    case ContactDetails::State::Empty:
        panel->showEmpty(m_details->message(s));
        return;
    case ContactDetails::State::Error:
        panel->showError(m_details->message(s), m_details->retryable(s));
        return;
    case ContactDetails::State::Loaded:
        break;
    }
    switch (s) {
    case Section::Contact:
        if (m_details->contact())
            m_contactFields->setFields(RecordFields::forContact(*m_details->contact()));
        break;
    case Section::Company:
        if (m_details->company())
            m_companyFields->setFields(RecordFields::forCompany(*m_details->company()));
        break;
    case Section::Conversations:
        m_links->setConversations(m_details->otherConversations());
        break;
    case Section::Sales:
        m_saleCards->setSales(m_details->sales(), m_details->salesNote());
        break;
    }
    panel->showContent();
}

void ContactPanel::setDirectoryAvailable(bool available)
{
    m_directoryAvailable = available;
    updateDirectoryButton();
}

void ContactPanel::updateDirectoryButton()
{
    const bool active = m_details && m_details->isActive();
    const bool known = active && m_details->contact().has_value();
    // Without a contact id the conversation's sender is nobody in the directory yet.
    const bool none = active && !known && m_details->conversation().contactId.isEmpty();
    m_directoryButton->setVisible(m_directoryAvailable && (known || none));
    m_directoryButton->setText(known ? tr("Open in director&y") : tr("Create &contact…"));
    m_directoryButton->setAccessibleName(known ? tr("Open this contact in the directory")
                                               : tr("Create a contact for this conversation"));
}

void ContactPanel::updateTabOrder()
{
    // Rows are rebuilt as data arrives, and Qt appends new widgets to the end
    // of the window's focus chain; re-thread them behind the (long-lived)
    // scroll area so Tab follows the reading order.
    QList<QWidget *> chain{m_scroll};
    for (PanelSection *block : {m_contactSection, m_companySection, m_conversationsSection, m_salesSection}) {
        chain.append(block->errorBanner()->retryButton());
        if (block == m_contactSection) {
            chain += m_contactFields->focusWidgets();
            chain.append(m_directoryButton);
        }
        else if (block == m_companySection)
            chain += m_companyFields->focusWidgets();
        else if (block == m_conversationsSection)
            chain.append(m_links);
        else
            chain += m_saleCards->focusWidgets();
    }
    for (int i = 0; i + 1 < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
}

} // namespace repdesk
