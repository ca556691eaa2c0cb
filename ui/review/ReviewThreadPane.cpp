#include "review/ReviewThreadPane.h"

#include "AccountSession.h"
#include "Cache.h"
#include "ContactDirectory.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "ReviewDiscovery.h"
#include "ReviewSession.h"
#include "ReviewText.h"
#include "inbox/ThreadPane.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

ReviewThreadPane::ReviewThreadPane(QWidget *parent)
    : QWidget(parent), m_thread(new ThreadPane(this)), m_earlier(new QPushButton(this))
{
    setAccessibleName(tr("Conversation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // Between the thread's header and its messages would be ideal, but the pane has no
    // slot there: the button sits above it, where earlier messages would be.
    m_earlier->setFlat(true);
    m_earlier->setFocusPolicy(Qt::TabFocus);
    m_earlier->hide();
    layout->addWidget(m_earlier, 0, Qt::AlignLeft);
    layout->addWidget(m_thread, 1);
    connect(m_earlier, &QPushButton::clicked, this, [this] {
        m_unfolded.insert(m_content.conversation.conversationId);
        render();
    });
    connect(m_thread, &ThreadPane::linkActivated, this, &ReviewThreadPane::linkActivated);
    connect(m_thread, &ThreadPane::webViewsUnavailable, this, &ReviewThreadPane::webViewsUnavailable);
}

int ReviewThreadPane::firstShown(const QList<Message> &messages)
{
    if (const auto inbound = ReviewText::lastInbound(messages)) {
        for (int i = int(messages.size()) - 1; i >= 0; --i)
            if (messages.at(i).messageId == inbound->messageId)
                return i;
    }
    return qMax(0, int(messages.size()) - kWithoutInbound);
}

void ReviewThreadPane::showThread(const ThreadContent &content)
{
    m_content = content;
    render();
}

void ReviewThreadPane::showPlaceholder(const QString &text)
{
    m_content = {};
    m_hidden = 0;
    m_earlier->hide();
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

void ReviewThreadPane::render()
{
    ThreadContent shown = m_content;
    const bool unfolded = m_unfolded.contains(m_content.conversation.conversationId);
    m_hidden = unfolded ? 0 : firstShown(m_content.messages);
    if (m_hidden > 0)
        shown.messages = m_content.messages.mid(m_hidden);
    m_earlier->setText(tr("Show %n earlier message(s)", nullptr, m_hidden));
    m_earlier->setAccessibleName(m_earlier->text());
    m_earlier->setVisible(m_hidden > 0);
    m_thread->showThread(shown);
}

} // namespace repdesk
