#pragma once

#include "Contact.h"
#include "ContactDetails.h"
#include "Conversation.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QScrollArea;
class QStackedLayout;

class QPushButton;

namespace repdesk {

class ConversationLinkList;
class EmptyStateWidget;
class FieldList;
class PanelSection;
class SaleCardList;

// The right-hand side of the inbox: who the open conversation is with, their
// company, their other conversations and the sales linked to it. It only
// draws what ContactDetails (app/models) loads; each section shows loading,
// content, empty or an error with Retry on its own.
class ContactPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPanel(QWidget *parent = nullptr);
    ~ContactPanel() override;

    // The open organization's details (null: the panel only shows its placeholder).
    void setDetails(ContactDetails *details);
    ContactDetails *details() const { return m_details; }
    // Shows the contact of this conversation; a knownContact (e.g. from the
    // cache) is shown at once and refreshed in the background.
    void showConversation(const Conversation &conversation, const Contact *knownContact);
    void clear(); // "Select a conversation" empty state

    QString conversationId() const;

    // The button under the contact: "Open in directory" or, without a contact, "Create contact…".
    QPushButton *directoryButton() const { return m_directoryButton; }
    // Whether the account has a directory (its provider has companies and contacts to open):
    // without one the button is never shown.
    void setDirectoryAvailable(bool available);

Q_SIGNALS:
    void openConversationRequested(const QString &conversationId);
    void openInDirectoryRequested(const QString &contactId);
    // The conversation's sender has no contact: the shell opens the directory's create dialog.
    void createContactRequested();

private:
    using Section = ContactDetails::Section;
    void buildUi();
    PanelSection *section(Section s) const;
    void render(Section s);
    void renderAll();
    void updateTabOrder();
    void updateDirectoryButton();

    QPointer<ContactDetails> m_details;
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
    QPushButton *m_directoryButton = nullptr;
    bool m_directoryAvailable = true;
};

} // namespace repdesk
