#pragma once

#include "ContactPrefill.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace repdesk {

class DirectorySession;
class FieldErrorLabel;
class RecordCreate;

// "New contact": name, email, phone, company and role, checked as the API checks them before
// anything is sent; the server's refusal is shown next to the field it concerns. The create goes
// through RecordCreate (sent once, never twice); the dialog cannot be closed while Repdesk does not
// know yet whether the server took it. On success it emits created() and closes.
class ContactCreateDialog : public QDialog
{
    Q_OBJECT
public:
    ContactCreateDialog(DirectorySession *session, const ContactPrefill &prefill, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *phoneField() const { return m_phone; }
    QComboBox *companyField() const { return m_company; }
    QLineEdit *roleField() const { return m_role; }
    QPushButton *createButton() const { return m_create; }
    FieldErrorLabel *errorLabel(const QString &field) const { return m_errors.value(field); }
    QString formError() const;
    QString statusText() const;
    RecordCreate *flow() const { return m_flow; }

public Q_SLOTS:
    void submit();
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    void created(const QString &contactId);

private:
    void fillCompanies();
    void onStateChanged();
    void showErrors();

    QPointer<DirectorySession> m_session;
    RecordCreate *m_flow;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_company;
    QLineEdit *m_role;
    QString m_prefillCompany;
    QHash<QString, FieldErrorLabel *> m_errors;
    QLabel *m_formError;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace repdesk
