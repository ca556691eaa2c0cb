#include "directory/ContactCreateDialog.h"

#include "CompanyDirectory.h"
#include "CompanyListModel.h"
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

ContactCreateDialog::ContactCreateDialog(DirectorySession *session, const ContactPrefill &prefill, QWidget *parent)
    : QDialog(parent),
      m_session(session),
      m_flow(session->newContactCreate(this)),
      m_name(new QLineEdit(prefill.name)),
      m_email(new QLineEdit(prefill.email)),
      m_phone(new QLineEdit(prefill.phoneNumber)),
      m_company(new QComboBox),
      m_role(new QLineEdit),
      m_formError(new QLabel),
      m_status(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)),
      m_create(m_buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New contact"));
    setAccessibleName(tr("New contact"));
    setMinimumWidth(460); // room for the server's sentences under the fields
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A contact needs at least a name, an email address or a phone number."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
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
    addRow(tr("&Name:"), m_name, QStringLiteral("name"), tr("Name"));
    addRow(tr("&Email:"), m_email, QStringLiteral("email"), tr("Email"));
    addRow(tr("&Phone:"), m_phone, QStringLiteral("phone_number"), tr("Phone"));
    addRow(tr("C&ompany:"), m_company, QStringLiteral("company_id"), tr("Company"));
    addRow(tr("&Role at the company:"), m_role, QStringLiteral("company_role"), tr("Role at the company"));
    layout->addLayout(form);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    m_prefillCompany = prefill.companyId;
    fillCompanies();
    // Every company can be chosen: the list pages on to its end while the dialog is open.
    CompanyListModel *companies = session->companies();
    connect(companies, &QAbstractItemModel::rowsInserted, this, &ContactCreateDialog::fillCompanies);
    connect(session, &DirectorySession::namesChanged, this, &ContactCreateDialog::fillCompanies);
    connect(companies, &PagedListModel::pageLoaded, this, [companies] {
        if (companies->canFetchMore({}))
            companies->fetchMore({});
    });
    if (companies->canFetchMore({}))
        companies->fetchMore({});

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
    m_create->setAccessibleName(tr("Create contact"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactCreateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactCreateDialog::reject);
    connect(m_flow, &RecordCreate::stateChanged, this, &ContactCreateDialog::onStateChanged);
    connect(m_flow, &RecordCreate::created, this, [this](const QString &id) {
        Q_EMIT created(id);
        accept();
    });
    m_name->setFocus();
}

void ContactCreateDialog::fillCompanies()
{
    const QString current = m_company->count() > 0 ? m_company->currentData().toString() : m_prefillCompany;
    m_company->clear();
    m_company->addItem(tr("No company"), QString());
    CompanyListModel *companies = m_session->companies();
    for (int row = 0; row < companies->itemRowCount(); ++row) {
        if (const Company *c = companies->company(row))
            m_company->addItem(CompanyListModel::displayName(*c), c->companyId);
    }
    if (current.isEmpty())
        return;
    int at = m_company->findData(current);
    if (at < 0) {
        // The conversation's company, not loaded (yet): still the one chosen.
        const QString name = m_session->companyName(current);
        if (name.isEmpty() && m_session->companyNames())
            m_session->companyNames()->request({current}); // namesChanged() fills the list again
        m_company->addItem(name.isEmpty() ? tr("The conversation's company") : name, current);
        at = m_company->count() - 1;
    }
    m_company->setCurrentIndex(at);
}

QString ContactCreateDialog::formError() const
{
    return m_formError->text();
}

QString ContactCreateDialog::statusText() const
{
    return m_status->text();
}

void ContactCreateDialog::submit()
{
    ContactCreateRequest request;
    request.name = m_name->text();
    request.email = m_email->text();
    request.phoneNumber = m_phone->text();
    request.companyId = m_company->currentData().toString();
    request.companyRole = m_role->text();
    if (!m_flow)
        return;
    m_flow->submitContact(request);
    onStateChanged();
}

void ContactCreateDialog::reject()
{
    // Closing now would leave nobody to say whether the server took it.
    if (m_flow && m_flow->isBusy())
        return;
    QDialog::reject();
}

void ContactCreateDialog::done(int result)
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

void ContactCreateDialog::onStateChanged()
{
    const bool busy = m_flow->isBusy();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_email),
                       static_cast<QWidget *>(m_phone), static_cast<QWidget *>(m_company),
                       static_cast<QWidget *>(m_role)})
        w->setEnabled(!busy);
    m_create->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_create->setText(m_flow->state() == RecordCreate::State::Unconfirmed ? tr("Check again") : tr("Create"));
    m_status->setText(m_flow->statusText());
    m_status->setVisible(!m_flow->statusText().isEmpty());
    showErrors();
}

void ContactCreateDialog::showErrors()
{
    const FieldErrors &errors = m_flow->errors();
    QWidget *first = nullptr;
    for (const QString &field : {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone_number"),
                                 QStringLiteral("company_id"), QStringLiteral("company_role")}) {
        FieldErrorLabel *label = m_errors.value(field);
        label->setError(errors.field(field));
        if (!first && label->hasError())
            first = label->field();
    }
    m_formError->setText(errors.form);
    m_formError->setVisible(!errors.form.isEmpty());
    // The form's own problem (none of name, email, phone) starts at the name.
    if (!first && !errors.form.isEmpty())
        first = m_name;
    if (first && !m_flow->isBusy())
        first->setFocus(Qt::OtherFocusReason);
}

} // namespace repdesk
