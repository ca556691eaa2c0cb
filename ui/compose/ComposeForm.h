#pragma once

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace repdesk {

struct JournalEntry;
struct MessageDraft;
struct MessageDraftCreateRequest;

// The envelope of a new outbound message: channel, recipient, copies,
// subject, folder and what happens on submit. ComposeWindow adds the body.
// Each field validates itself when the user leaves it and on validate();
// a message appears under the field, the field is tinted, and the message
// is its accessible description so screen readers announce it.
class ComposeForm : public QWidget
{
    Q_OBJECT
public:
    explicit ComposeForm(QWidget *parent = nullptr);

    bool isText() const;
    void setText(bool text);
    // "email" or "text", as the API spells it.
    QString modality() const;

    bool autosend() const;
    void setAutosend(bool autosend);
    bool notify() const;

    // Every field except the body; cc/bcc hold the valid addresses only.
    MessageDraftCreateRequest request() const;
    void setFromDraft(const MessageDraft &draft);
    void setFromJournal(const JournalEntry &entry);
    // Writes the fields (not the body) into a journal entry, as typed.
    void fillJournal(JournalEntry *entry) const;
    // Offered in the folder box after the defaults, deduplicated.
    void addFolders(const QStringList &folders);
    QString contactName() const;
    // Anything typed that a discard would lose.
    bool hasUserInput() const;

    // Checks every field, shows the messages, focuses the first bad field.
    bool validate();
    // The inline messages currently shown, in form order (tests, summaries).
    QStringList messages() const;
    // The first field in tab order, and the last (for ComposeWindow's tab chain).
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();
    void modalityChanged(bool text);
    void deliveryChanged(bool autosend);

private:
    struct Field
    {
        QWidget *input = nullptr;
        QLabel *message = nullptr;
    };
    QLineEdit *lineEdit(const char *objectName, const QString &accessibleName, const QString &placeholder);
    QWidget *withMessage(QWidget *input, Field *field);
    void setMessage(Field &field, const QString &text);
    bool checkEmail();
    bool checkPhone();
    bool checkCopies(QLineEdit *edit, Field &field);
    void updateForModality();
    void updateForDelivery();
    void revalidateShown();

    QRadioButton *m_email;
    QRadioButton *m_text;
    QButtonGroup *m_modalityGroup;
    QLineEdit *m_toName;
    QLineEdit *m_toEmail;
    QLineEdit *m_toPhone;
    QLineEdit *m_cc;
    QLineEdit *m_bcc;
    QLineEdit *m_subject;
    QComboBox *m_folder;
    QRadioButton *m_saveChoice;
    QRadioButton *m_sendChoice;
    QButtonGroup *m_deliveryGroup;
    QCheckBox *m_notify;
    QFormLayout *m_form;
    Field m_emailField;
    Field m_phoneField;
    Field m_ccField;
    Field m_bccField;
    QWidget *m_ccRow = nullptr;
    QWidget *m_bccRow = nullptr;
    bool m_notifyWanted = false;
};

} // namespace repdesk
