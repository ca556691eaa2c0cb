#include "review/ReviewThreadPane.h"

#include "AccountSession.h"
#include "Cache.h"
#include "ContactDirectory.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "ReviewDiscovery.h"
#include "ReviewSession.h"
#include "inbox/ThreadPane.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

ReviewThreadPane::ReviewThreadPane(QWidget *parent) : QWidget(parent), m_thread(new ThreadPane(this))
{
    setAccessibleName(tr("Conversation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // A reviewer judges the reply to the contact's latest message: fold everything before it.
    m_thread->setRecentShown(0);
    layout->addWidget(m_thread, 1);
    connect(m_thread, &ThreadPane::linkActivated, this, &ReviewThreadPane::linkActivated);
    connect(m_thread, &ThreadPane::webViewsUnavailable, this, &ReviewThreadPane::webViewsUnavailable);
}

QPushButton *ReviewThreadPane::earlierButton() const
{
    return m_thread->earlierButton();
}

int ReviewThreadPane::hiddenMessages() const
{
    return m_thread->hiddenMessages();
}

int ReviewThreadPane::firstShown(const QList<Message> &messages)
{
    return ThreadFold::firstShown(messages, 0);
}

void ReviewThreadPane::showThread(const ThreadContent &content)
{
    m_thread->showThread(content);
}

void ReviewThreadPane::showPlaceholder(const QString &text)
{
    m_thread->showPlaceholder(text);
}

void ReviewThreadPane::showDraftThread(OrganizationSession *organization, ReviewSession *review)
{
    const QString id = review ? review->shownConversationId() : QString();
    MessageThreadModel *thread = review ? review->thread() : nullptr;
    if (id.isEmpty() || !thread || !organization) {
        showPlaceholder(QString());
        return;
    }
    if (thread->conversationId() != id)
        return;
    if (thread->messages().isEmpty()) {
        showPlaceholder(thread->state() == MessageThreadModel::State::Error ? tr("This conversation could not be loaded.")
                                                                            : tr("Loading conversation…"));
        return;
    }
    ThreadContent content;
    std::optional<Conversation> conversation = organization->conversation(id);
    if (!conversation)
        conversation = review->discovery()->conversation(id);
    if (conversation)
        content.conversation = *conversation;
    else
        content.conversation.conversationId = id;
    ContactDirectory *contacts = organization->contacts();
    const QString contactId = content.conversation.contactId;
    if (const Contact *contact = contacts->contact(contactId)) {
        content.contact = *contact;
    } else if (const ReviewItem *row = review->shownItem()) {
        // Until the directory answers, the contact as the draft names them (never "Unknown contact").
        if (!contactId.isEmpty() && !contacts->isPending(contactId) && !contacts->isUnknown(contactId))
            contacts->request({contactId});
        const ResponseDraft &d = row->draft;
        if (!d.recipientName.trimmed().isEmpty() || !d.recipientEmail.isEmpty() || !d.recipientPhoneNumber.isEmpty()) {
            Contact named;
            named.contactId = contactId;
            named.name = d.recipientName.trimmed();
            named.email = d.recipientEmail;
            named.phoneNumber = d.recipientPhoneNumber;
            content.contact = named;
        }
    }
    content.agents = organization->account()->cache()->agents();
    content.messages = thread->messages();
    showThread(content);
}

} // namespace repdesk
