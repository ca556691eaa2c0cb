#include "directory/CompanyCreateDialog.h"

#include "AgentListModel.h"
#include "DirectorySession.h"
#include "RecordCreate.h"
#include "directory/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

CompanyCreateDialog::CompanyCreateDialog(DirectorySession *session, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_flow(session->newCompanyCreate(this)),
      m_name(new QLineEdit),
      m_domain(new QLineEdit),
      m_address(new QLineEdit),
      m_agent(new QComboBox),
      m_formError(new QLabel),
      m_status(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)),
      m_create(m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New company"));
    setAccessibleName(tr("New company"));
    setMinimumWidth(460); // room for the server's sentences under the fields
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &label, QWidget *field, const QString &apiField, const QString &name) {
        field->setAccessibleName(name);
        auto *error = new FieldErrorLabel(field);
        m_errors.insert(apiField, error);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(error);
        auto *caption = new QLabel(label);
        caption->setBuddy(field); // the & of the caption moves to its field (Alt+letter)
        form->addRow(caption, box);
    };
    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setAccessibleDescription(tr("Optional. Written in lower case, without https:// or a path"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"), tr("Name"));
    addRow(tr("&Domain:"), m_domain, QStringLiteral("domain"), tr("Domain"));
    addRow(tr("&Address:"), m_address, QStringLiteral("address"), tr("Address"));
    addRow(tr("&Owner:"), m_agent, QStringLiteral("agent_id"), tr("Owning agent"));
    layout->addLayout(form);
    fillAgents();
    // The roster may still be arriving when the dialog opens.
    connect(session->agents(), &QAbstractItemModel::rowsInserted, this, &CompanyCreateDialog::fillAgents);

    for (QLabel *label : {m_formError, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->hide();
        layout->addWidget(label);
    }
    QFont bold = m_formError->font();
    bold.setBold(true);
    m_formError->setFont(bold);
    m_formError->setAccessibleName(tr("Problem"));
    m_status->setAccessibleName(tr("Status"));
    layout->addWidget(m_buttons);
    m_create->setDefault(true);
    m_create->setAccessibleName(tr("Create company"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompanyCreateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CompanyCreateDialog::reject);
    connect(m_flow, &RecordCreate::stateChanged, this, &CompanyCreateDialog::onStateChanged);
    connect(m_flow, &RecordCreate::created, this, [this](const QString &id) {
        Q_EMIT created(id);
        accept();
    });
    m_name->setFocus();
}

void CompanyCreateDialog::fillAgents()
{
    const QString current = m_agent->currentData().toString();
    m_agent->clear();
    m_agent->addItem(tr("No owner"), QString());
    for (const Agent &a : m_session->agents()->agents())
        m_agent->addItem(AgentListModel::displayName(a), a.agentId);
    const int at = m_agent->findData(current);
    m_agent->setCurrentIndex(at < 0 ? 0 : at);
}

QString CompanyCreateDialog::formError() const
{
    return m_formError->text();
}

QString CompanyCreateDialog::statusText() const
{
    return m_status->text();
}

void CompanyCreateDialog::submit()
{
    CompanyCreateRequest request;
    request.name = m_name->text();
    request.domain = m_domain->text();
    request.address = m_address->text();
    request.agentId = m_agent->currentData().toString();
    if (!m_flow)
        return;
    m_flow->submitCompany(request);
    onStateChanged();
}

void CompanyCreateDialog::reject()
{
    // Closing now would leave nobody to say whether the server took it.
    if (m_flow && m_flow->isBusy())
        return;
    QDialog::reject();
}

void CompanyCreateDialog::done(int result)
{
    // Closed before anyone knows whether the server took an earlier attempt: the session goes on
    // checking (never posting), so a record created after all still turns up.
    if (m_flow && m_flow->hasDoubt() && m_flow->state() != RecordCreate::State::Created && m_session) {
        m_flow->disconnect(this);
        m_session->keepChecking(m_flow);
        m_flow = nullptr;
    }
    QDialog::done(result);
}

void CompanyCreateDialog::onStateChanged()
{
    const bool busy = m_flow->isBusy();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_domain),
                       static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_agent)})
        w->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_create->setText(m_flow->state() == RecordCreate::State::Unconfirmed ? tr("Check again") : tr("Create"));
    m_status->setText(m_flow->statusText());
    m_status->setVisible(!m_flow->statusText().isEmpty());
    showErrors();
}

void CompanyCreateDialog::showErrors()
{
    const FieldErrors &errors = m_flow->errors();
    QWidget *first = nullptr;
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("address"),
                                 QStringLiteral("agent_id")}) {
        FieldErrorLabel *label = m_errors.value(field);
        label->setError(errors.field(field));
        if (!first && label->hasError())
            first = label->field();
    }
    m_formError->setText(errors.form);
    m_formError->setVisible(!errors.form.isEmpty());
    if (first && !m_flow->isBusy())
        first->setFocus(Qt::OtherFocusReason);
}

} // namespace repdesk
