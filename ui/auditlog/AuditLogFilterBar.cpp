#include "auditlog/AuditLogFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace repdesk {

namespace {
QComboBox *combo(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QDateEdit *dateEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(accessibleName);
    edit->setEnabled(false);
    return edit;
}
} // namespace

AuditLogFilterBar::AuditLogFilterBar(QWidget *parent)
    : QWidget(parent),
      m_agent(combo(tr("Agent"), this)),
      m_record(combo(tr("Record type"), this)),
      m_action(combo(tr("Action"), this)),
      m_useFrom(new QCheckBox(tr("&From"), this)),
      m_from(dateEdit(tr("From date"), this)),
      m_useTo(new QCheckBox(tr("&Through"), this)),
      m_to(dateEdit(tr("Through date, inclusive"), this)),
      m_apply(new QPushButton(tr("&Apply"), this))
{
    setAgents({});
    m_record->addItem(tr("All records"), QString());
    m_record->addItem(tr("Sales"), QStringLiteral("sale"));
    m_record->addItem(tr("Conversations"), QStringLiteral("conversation"));
    m_record->addItem(tr("Message drafts"), QStringLiteral("message_draft"));
    m_record->addItem(tr("Response drafts"), QStringLiteral("response_draft"));
    m_action->addItem(tr("All actions"), QString());
    m_action->addItem(tr("Created"), QStringLiteral("insert"));
    m_action->addItem(tr("Changed"), QStringLiteral("update"));
    m_action->addItem(tr("Deleted"), QStringLiteral("delete"));
    m_useFrom->setAccessibleName(tr("Limit to changes from a date"));
    m_useTo->setAccessibleName(tr("Limit to changes through a date"));
    m_apply->setAccessibleName(tr("Apply filters"));
    m_apply->setDefault(true);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(filter()); });

    auto *agentLabel = new QLabel(tr("A&gent:"), this);
    agentLabel->setBuddy(m_agent);
    auto *recordLabel = new QLabel(tr("&Record:"), this);
    recordLabel->setBuddy(m_record);
    auto *actionLabel = new QLabel(tr("A&ction:"), this);
    actionLabel->setBuddy(m_action);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 6, 6, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{agentLabel, m_agent, recordLabel, m_record, actionLabel, m_action,
                                                       m_useFrom, m_from, m_useTo, m_to, m_apply})
        row->addWidget(w);
    row->addStretch(1);
}

void AuditLogFilterBar::setAgents(const QList<Agent> &agents)
{
    const QString current = m_agent->currentData().toString();
    m_agent->clear();
    m_agent->addItem(tr("All agents"), QString());
    for (const Agent &agent : agents) {
        const QString name = agent.name.trimmed().isEmpty() ? agent.email : agent.name.trimmed();
        if (!name.isEmpty())
            m_agent->addItem(name, agent.agentId);
    }
    const int again = m_agent->findData(current);
    m_agent->setCurrentIndex(again >= 0 ? again : 0);
}

AuditLogFilter AuditLogFilterBar::filter() const
{
    AuditLogFilter f;
    f.agentId = m_agent->currentData().toString();
    f.recordType = m_record->currentData().toString();
    f.actionType = m_action->currentData().toString();
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    return f;
}

void AuditLogFilterBar::setFilter(const AuditLogFilter &filter)
{
    m_agent->setCurrentIndex(qMax(0, m_agent->findData(filter.agentId)));
    m_record->setCurrentIndex(qMax(0, m_record->findData(filter.recordType)));
    m_action->setCurrentIndex(qMax(0, m_action->findData(filter.actionType)));
    m_useFrom->setChecked(filter.from.isValid());
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    m_useTo->setChecked(filter.to.isValid());
    if (filter.to.isValid())
        m_to->setDate(filter.to);
}

QWidget *AuditLogFilterBar::firstField() const
{
    return m_agent;
}

void AuditLogFilterBar::keyPressEvent(QKeyEvent *event)
{
    // Enter in any field applies, as in a dialog.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT applyRequested(filter());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace repdesk
