#include "inbox/ConversationQueryBar.h"

#include "Agent.h"
#include "AgentListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QToolButton>

namespace repdesk {

namespace {
// Assignee combo data: "" anyone, "-" unassigned, else the agent's e-mail (the query names agents by e-mail).
const QString kUnassigned = QStringLiteral("-");
} // namespace

ConversationQueryBar::ConversationQueryBar(QWidget *parent)
    : QWidget(parent),
      m_status(new QComboBox(this)),
      m_assignee(new QComboBox(this)),
      m_tag(new QLineEdit(this)),
      m_words(new QLineEdit(this)),
      m_order(new QComboBox(this)),
      m_clear(new QToolButton(this)),
      m_settle(new QTimer(this))
{
    // Each query is a read out of a budget of 20 a minute: Down, Down, Down is one question.
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this, &ConversationQueryBar::emitIfChanged);
    setAccessibleName(tr("Server filters"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    const auto caption = [this, layout](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        layout->addWidget(label);
        layout->addWidget(buddy);
    };
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Open"), QStringLiteral("opened"));
    m_status->addItem(tr("Snoozed"), QStringLiteral("snoozed"));
    m_status->addItem(tr("Closed"), QStringLiteral("closed"));
    m_status->addItem(tr("Spam"), QStringLiteral("spam"));
    caption(tr("Sta&tus:"), m_status);
    m_assignee->setAccessibleName(tr("Assignee filter"));
    m_assignee->setToolTip(tr("Choose yourself to see the conversations assigned to you"));
    caption(tr("Assi&gned:"), m_assignee);
    m_tag->setAccessibleName(tr("Tag filter"));
    m_tag->setPlaceholderText(tr("Tag"));
    m_tag->setMaximumWidth(120);
    m_tag->setClearButtonEnabled(true);
    // A tag is one term of the server's query: no spaces.
    m_tag->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S*")), m_tag));
    caption(tr("Tag:"), m_tag); // t, a and g are taken in this window: Tab from Assigned reaches it
    m_words->setAccessibleName(tr("Words filter"));
    m_words->setPlaceholderText(tr("Words, then Enter"));
    m_words->setClearButtonEnabled(true);
    caption(tr("&Words:"), m_words);
    m_order->setAccessibleName(tr("Order"));
    m_order->addItem(tr("Newest activity"), int(ConversationQuery::Order::Newest));
    m_order->addItem(tr("Priority"), int(ConversationQuery::Order::Priority));
    m_order->addItem(tr("Oldest first"), int(ConversationQuery::Order::Oldest));
    m_order->addItem(tr("Waiting longest"), int(ConversationQuery::Order::Longest));
    caption(tr("O&rder:"), m_order);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    setAgents({});

    for (QComboBox *box : {m_status, m_assignee, m_order})
        connect(box, &QComboBox::activated, m_settle, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_tag, m_words}) {
        connect(edit, &QLineEdit::returnPressed, this, &ConversationQueryBar::emitIfChanged);
        // The clear button empties the field: that is a change to apply at once.
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            if (text.isEmpty())
                emitIfChanged();
        });
    }
    connect(m_clear, &QToolButton::clicked, this, [this] {
        setQuery({});
        emitIfChanged();
    });
}

void ConversationQueryBar::setAgents(const QList<Agent> &agents)
{
    const QString current = m_assignee->currentData().toString();
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Nobody (unassigned)"), kUnassigned);
    for (const Agent &a : agents)
        if (!a.email.isEmpty())
            m_assignee->addItem(AgentListModel::displayName(a), a.email);
    const int at = m_assignee->findData(current);
    m_assignee->setCurrentIndex(at < 0 ? 0 : at);
}

void ConversationQueryBar::setQuery(const ConversationQuery &query)
{
    m_setting = true;
    m_status->setCurrentIndex(qMax(0, m_status->findData(query.status)));
    const QString assignee = query.assignee == ConversationQuery::Assignee::Unassigned ? kUnassigned
        : query.assignee == ConversationQuery::Assignee::Agent                     ? query.agentEmail
                                                                                   : QString();
    int at = m_assignee->findData(assignee);
    if (at < 0 && !assignee.isEmpty()) { // an agent not listed (yet): keep the filter visible
        m_assignee->addItem(assignee, assignee);
        at = m_assignee->count() - 1;
    }
    m_assignee->setCurrentIndex(qMax(0, at));
    m_tag->setText(query.tag);
    m_words->setText(query.keywords);
    m_order->setCurrentIndex(qMax(0, m_order->findData(int(query.order))));
    m_last = query;
    m_setting = false;
}

ConversationQuery ConversationQueryBar::query() const
{
    ConversationQuery q;
    q.status = m_status->currentData().toString();
    const QString assignee = m_assignee->currentData().toString();
    if (assignee == kUnassigned) {
        q.assignee = ConversationQuery::Assignee::Unassigned;
    } else if (!assignee.isEmpty()) {
        q.assignee = ConversationQuery::Assignee::Agent;
        q.agentEmail = assignee;
    }
    q.tag = m_tag->text().trimmed();
    q.keywords = m_words->text().simplified();
    q.order = static_cast<ConversationQuery::Order>(m_order->currentData().toInt());
    return q;
}

void ConversationQueryBar::focusFirst()
{
    m_status->setFocus(Qt::ShortcutFocusReason);
}

void ConversationQueryBar::emitIfChanged()
{
    if (m_setting)
        return;
    m_settle->stop();
    const ConversationQuery q = query();
    if (q == m_last)
        return;
    m_last = q;
    Q_EMIT queryChanged(q);
}

} // namespace repdesk
