#pragma once

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

// "New company": name (required), domain (lower-cased and stripped of scheme and path, with a
// dot), address and the owning agent, chosen from this organization's roster. Checked as the API
// checks them before anything is sent; the server's refusal is shown next to the field it
// concerns. Sent once, never twice (RecordCreate); on success it emits created() and closes.
class CompanyCreateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompanyCreateDialog(DirectorySession *session, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *domainField() const { return m_domain; }
    QLineEdit *addressField() const { return m_address; }
    QComboBox *agentField() const { return m_agent; }
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
    void created(const QString &companyId);

private:
    void fillAgents();
    void onStateChanged();
    void showErrors();

    QPointer<DirectorySession> m_session;
    RecordCreate *m_flow;
    QLineEdit *m_name;
    QLineEdit *m_domain;
    QLineEdit *m_address;
    QComboBox *m_agent;
    QHash<QString, FieldErrorLabel *> m_errors;
    QLabel *m_formError;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
};

} // namespace repdesk
