#pragma once

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace repdesk {

class SignInFlow;

// "Sign in to Repdesk": the server and the API key. Focus starts in the
// server field, Tab goes to the key (a password field), Enter signs in. The
// check and the keychain are SignInFlow's work; this shows their answers in
// plain words beside the field they concern, and offers "Use for this
// session only" when the key works but no keyring can keep it.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `reason` (optional) says why the dialog appears, e.g. the key was refused.
    SignInDialog(SignInFlow *flow, const QUrl &server, const QString &reason, QWidget *parent = nullptr);

    QLineEdit *serverField() const { return m_server; }
    // HyperRep or Fernand (item data: AccountInfo::provider).
    QComboBox *providerField() const { return m_provider; }
    QLineEdit *keyField() const { return m_key; }
    QString serverError() const;
    QString keyError() const;
    QString keychainMessage() const;
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }

    void accept() override; // "Sign in" / Enter: starts the check; the dialog closes when it succeeds
    void reject() override;

private:
    void setBusy(bool busy);
    void showServerError(const QString &text);
    void showKeyError(const QString &text);
    void clearErrors();
    static void setError(QLabel *label, QLineEdit *field, const QString &text);

    SignInFlow *m_flow;
    QComboBox *m_provider;
    QLineEdit *m_server;
    QLabel *m_serverError;
    QLineEdit *m_key;
    QLabel *m_keyError;
    QLabel *m_busyLabel;
    QProgressBar *m_busy;
    QWidget *m_keychainRow;
    QLabel *m_keychainText;
    QPushButton *m_sessionOnly;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
};

} // namespace repdesk
