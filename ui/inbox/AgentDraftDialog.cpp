#include "inbox/AgentDraftDialog.h"

#include "Agent.h"
#include "AgentListModel.h"
#include "HtmlSanitizer.h"
#include "directory/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

AgentDraftDialog::AgentDraftDialog(AgentDrafts *drafts, const QList<Agent> &agents, const QString &conversationId,
                                   QWidget *parent)
    : QDialog(parent),
      m_drafts(drafts),
      m_conversationId(conversationId),
      m_title(new QLineEdit),
      m_author(new QComboBox),
      m_target(new QComboBox),
      m_text(new QPlainTextEdit),
      m_authorError(new FieldErrorLabel(m_author)),
      m_textError(new FieldErrorLabel(m_text)),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)),
      m_create(m_buttons->addButton(tr("Create draft"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New draft for a colleague"));
    setAccessibleName(tr("New draft for a colleague"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto addRow = [form](const QString &caption, QWidget *field, const QString &name, FieldErrorLabel *error) {
        field->setAccessibleName(name);
        auto *label = new QLabel(caption);
        label->setBuddy(field); // Alt+the underlined letter moves to the field
        if (!error) {
            form->addRow(label, field);
            return;
        }
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(error);
        form->addRow(label, box);
    };
    m_title->setMaxLength(AgentDraftRequest::maxTitleLength);
    m_title->setPlaceholderText(tr("Optional"));
    addRow(tr("&Title:"), m_title, tr("Title"), nullptr);
    addRow(tr("&From:"), m_author, tr("From"), m_authorError);
    m_target->setAccessibleDescription(tr("The colleague the draft is for, or everyone"));
    addRow(tr("F&or:"), m_target, tr("For"), nullptr);
    m_text->setTabChangesFocus(true); // Tab leaves the text for the buttons, as in any form
    m_text->setMinimumHeight(140);
    addRow(tr("&Draft:"), m_text, tr("Draft text"), m_textError);
    layout->addLayout(form);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("Problem"));
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_create->setDefault(true);
    setAgents(agents);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgentDraftDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AgentDraftDialog::reject);
    if (m_drafts) {
        connect(m_drafts, &AgentDrafts::created, this, [this](const AgentDraft &draft) {
            if (!m_waiting)
                return;
            m_waiting = false;
            setBusy(false);
            Q_EMIT created(draft);
            accept();
        });
        connect(m_drafts, &AgentDrafts::failed, this, &AgentDraftDialog::onFailed);
    }
    m_text->setFocus();
}

void AgentDraftDialog::setAgents(const QList<Agent> &agents)
{
    const QString author = m_author->count() ? m_author->currentData().toString()
                                             : (m_drafts ? m_drafts->lastAuthorId() : QString());
    const QString target = m_target->currentData().toString();
    m_author->clear();
    m_target->clear();
    m_target->addItem(tr("Everyone"), QString());
    if (agents.isEmpty())
        m_author->addItem(tr("Loading agents…"), QString());
    for (const Agent &a : agents) {
        m_author->addItem(AgentListModel::displayName(a), a.agentId);
        m_target->addItem(AgentListModel::displayName(a), a.agentId);
    }
    m_author->setCurrentIndex(qMax(0, m_author->findData(author)));
    m_target->setCurrentIndex(qMax(0, m_target->findData(target)));
}

QString AgentDraftDialog::problem() const
{
    return m_problem->text();
}

void AgentDraftDialog::submit()
{
    if (!m_drafts || m_waiting)
        return;
    const QString author = m_author->currentData().toString();
    const QString text = m_text->toPlainText();
    m_authorError->setError(author.isEmpty() ? tr("Choose who the draft is from.") : QString());
    m_textError->setError(text.trimmed().isEmpty() ? tr("Write the draft first.") : QString());
    if (author.isEmpty() || text.trimmed().isEmpty()) {
        (author.isEmpty() ? static_cast<QWidget *>(m_author) : m_text)->setFocus();
        return;
    }
    AgentDraftRequest request;
    request.contentHtml = HtmlSanitizer::plainTextToHtml(text);
    request.title = m_title->text().trimmed();
    request.authorAgentId = author;
    request.targetAgentId = m_target->currentData().toString();
    m_drafts->setLastAuthorId(author);
    m_problem->clear();
    m_problem->hide();
    if (!m_drafts->create(m_conversationId, request)) {
        m_problem->setText(tr("Another draft is on its way; try again in a moment."));
        m_problem->show();
        return;
    }
    m_waiting = true;
    setBusy(true);
}

void AgentDraftDialog::onFailed(AgentDrafts::Failure failure, const QString &message)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    setBusy(false);
    m_problem->setText(message);
    m_problem->show();
    if (failure == AgentDrafts::Failure::Unreadable) {
        // It exists: sending it again would make a second one.
        m_create->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    // Everything typed stays; a second attempt after a doubt (it may exist) is a deliberate one.
    m_create->setText(failure == AgentDrafts::Failure::Uncertain ? tr("Create anyway") : tr("Create draft"));
    m_create->setFocus();
}

void AgentDraftDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_author),
                       static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_text)})
        w->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (busy)
        m_create->setText(tr("Creating…"));
}

void AgentDraftDialog::reject()
{
    // Closing now would leave nobody to say whether the server took it.
    if (m_waiting)
        return;
    QDialog::reject();
}

} // namespace repdesk
