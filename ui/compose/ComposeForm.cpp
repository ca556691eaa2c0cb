#include "compose/ComposeForm.h"

#include "JournalEntry.h"
#include "MessageDraft.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftListModel.h"
#include "common/ThemeColors.h"
#include "compose/RecipientValidator.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace repdesk {

namespace {

// Typed lists stay as typed in the journal, invalid pieces included: the journal must lose nothing.
QStringList pieces(const QString &text)
{
    const RecipientValidator::Result r = RecipientValidator::check(text);
    return r.valid + r.invalid;
}

} // namespace

ComposeForm::ComposeForm(QWidget *parent)
    : QWidget(parent),
      m_email(new QRadioButton(tr("E&mail"), this)),
      m_text(new QRadioButton(tr("Te&xt message"), this)),
      m_modalityGroup(new QButtonGroup(this)),
      m_toName(lineEdit("toName", tr("Recipient name"), tr("e.g. Diana Prince"))),
      m_toEmail(lineEdit("toEmail", tr("Recipient email address"), tr("e.g. diana@example.com"))),
      m_toPhone(lineEdit("toPhone", tr("Recipient phone number"), tr("e.g. +1 513 867 5309"))),
      m_cc(lineEdit("cc", tr("Cc addresses"), tr("Separate addresses with commas"))),
      m_bcc(lineEdit("bcc", tr("Bcc addresses"), tr("Separate addresses with commas"))),
      m_subject(lineEdit("subject", tr("Subject"), QString())),
      m_folder(new QComboBox(this)),
      m_saveChoice(new QRadioButton(tr("Save as &draft"), this)),
      m_sendChoice(new QRadioButton(tr("Send &automatically"), this)),
      m_deliveryGroup(new QButtonGroup(this)),
      m_notify(new QCheckBox(tr("N&otify me"), this)),
      m_form(new QFormLayout)
{
    m_email->setObjectName(QStringLiteral("modalityEmail"));
    m_email->setAccessibleName(tr("Send as email"));
    m_text->setObjectName(QStringLiteral("modalityText"));
    m_text->setAccessibleName(tr("Send as text message"));
    m_modalityGroup->addButton(m_email);
    m_modalityGroup->addButton(m_text);
    m_email->setChecked(true);
    auto *channel = new QHBoxLayout;
    channel->addWidget(m_email);
    channel->addWidget(m_text);
    channel->addStretch(1);

    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setEditable(true);
    m_folder->setMinimumContentsLength(24);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->setToolTip(tr("Type a new name to create a folder; the server turns it into a lowercase slug."));
    addFolders({MessageDraftListModel::defaultFolder(), QStringLiteral("sales-follow-up")});
    m_folder->setCurrentIndex(0);

    m_saveChoice->setObjectName(QStringLiteral("saveChoice"));
    m_saveChoice->setAccessibleName(tr("Save as draft"));
    m_saveChoice->setToolTip(tr("Keep the message in Drafts to review and send later."));
    m_sendChoice->setObjectName(QStringLiteral("sendChoice"));
    m_sendChoice->setAccessibleName(tr("Send automatically"));
    m_sendChoice->setToolTip(tr("HyperRep sends the message as soon as it is saved."));
    m_deliveryGroup->addButton(m_saveChoice);
    m_deliveryGroup->addButton(m_sendChoice);
    m_saveChoice->setChecked(true);
    m_notify->setObjectName(QStringLiteral("notify"));
    m_notify->setAccessibleName(tr("Notify me about this draft"));
    m_notify->setToolTip(tr("Get a HyperRep notification for this draft. Not available when sending "
                            "automatically."));
    auto *delivery = new QHBoxLayout;
    delivery->addWidget(m_saveChoice);
    delivery->addWidget(m_notify);
    delivery->addSpacing(16);
    delivery->addWidget(m_sendChoice);
    delivery->addStretch(1);

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("C&hannel:"), channel);
    m_form->addRow(tr("To &name:"), m_toName);
    m_form->addRow(tr("To &email:"), withMessage(m_toEmail, &m_emailField));
    m_form->addRow(tr("To &phone:"), withMessage(m_toPhone, &m_phoneField));
    m_ccRow = withMessage(m_cc, &m_ccField);
    m_bccRow = withMessage(m_bcc, &m_bccField);
    m_form->addRow(tr("&Cc:"), m_ccRow);
    m_form->addRow(tr("&Bcc:"), m_bccRow);
    m_form->addRow(tr("&Subject:"), m_subject);
    m_form->addRow(tr("&Folder:"), m_folder);
    m_form->addRow(tr("&When saved:"), delivery);
    // Rows whose field is a container (field + message) need the buddy set to the input itself.
    const auto setBuddy = [](QWidget *label, QWidget *buddy) {
        if (auto *l = qobject_cast<QLabel *>(label))
            l->setBuddy(buddy);
    };
    setBuddy(m_form->labelForField(channel), m_email);
    setBuddy(m_form->labelForField(m_toEmail->parentWidget()), m_toEmail);
    setBuddy(m_form->labelForField(m_toPhone->parentWidget()), m_toPhone);
    setBuddy(m_form->labelForField(m_ccRow), m_cc);
    setBuddy(m_form->labelForField(m_bccRow), m_bcc);
    setBuddy(m_form->labelForField(delivery), m_saveChoice);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_form);

    setTabOrder(m_email, m_text);
    setTabOrder(m_text, m_toName);
    setTabOrder(m_toName, m_toEmail);
    setTabOrder(m_toEmail, m_toPhone);
    setTabOrder(m_toPhone, m_cc);
    setTabOrder(m_cc, m_bcc);
    setTabOrder(m_bcc, m_subject);
    setTabOrder(m_subject, m_folder);
    setTabOrder(m_folder, m_saveChoice);
    setTabOrder(m_saveChoice, m_notify);
    setTabOrder(m_notify, m_sendChoice);

    for (QLineEdit *edit : {m_toName, m_toEmail, m_toPhone, m_cc, m_bcc, m_subject})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            revalidateShown();
            Q_EMIT changed();
        });
    connect(m_toEmail, &QLineEdit::editingFinished, this, [this] { checkEmail(); });
    connect(m_toPhone, &QLineEdit::editingFinished, this, [this] { checkPhone(); });
    connect(m_cc, &QLineEdit::editingFinished, this, [this] { checkCopies(m_cc, m_ccField); });
    connect(m_bcc, &QLineEdit::editingFinished, this, [this] { checkCopies(m_bcc, m_bccField); });
    connect(m_folder, &QComboBox::currentTextChanged, this, &ComposeForm::changed);
    connect(m_notify, &QCheckBox::toggled, this, &ComposeForm::changed);
    connect(m_text, &QRadioButton::toggled, this, [this](bool text) {
        updateForModality();
        Q_EMIT modalityChanged(text);
        Q_EMIT changed();
    });
    connect(m_sendChoice, &QRadioButton::toggled, this, [this](bool send) {
        updateForDelivery();
        Q_EMIT deliveryChanged(send);
        Q_EMIT changed();
    });
    updateForModality();
    updateForDelivery();
}

QLineEdit *ComposeForm::lineEdit(const char *objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QWidget *ComposeForm::withMessage(QWidget *input, Field *field)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    layout->addWidget(input);
    field->input = input;
    field->message = new QLabel(box);
    field->message->setObjectName(input->objectName() + QStringLiteral("Message"));
    field->message->setWordWrap(true);
    field->message->setTextFormat(Qt::PlainText);
    field->message->setPalette(ThemeColors::withTextColor(palette(), ThemeColors::errorText(palette())));
    field->message->hide();
    layout->addWidget(field->message);
    return box;
}

void ComposeForm::setMessage(Field &field, const QString &text)
{
    field.message->setText(text);
    field.message->setAccessibleName(text);
    field.message->setVisible(!text.isEmpty());
    field.input->setAccessibleDescription(text);
    field.input->setPalette(text.isEmpty() ? QPalette() : ThemeColors::invalidField(palette()));
}

bool ComposeForm::checkEmail()
{
    const QString email = m_toEmail->text().trimmed();
    QString problem;
    if (email.isEmpty() && !isText())
        problem = tr("Enter the recipient's email address: an email needs one.");
    else if (!email.isEmpty() && !RecipientValidator::isValidEmail(RecipientValidator::addressOf(email)))
        problem = tr("\"%1\" is not a valid email address. Use the form name@example.com.").arg(email);
    setMessage(m_emailField, problem);
    return problem.isEmpty();
}

bool ComposeForm::checkPhone()
{
    const QString phone = m_toPhone->text().trimmed();
    QString problem;
    if (phone.isEmpty() && isText())
        problem = tr("Enter the recipient's phone number: a text message needs one.");
    else if (!phone.isEmpty() && !RecipientValidator::isValidPhone(phone))
        problem = tr("\"%1\" is not a valid phone number. Use 7 to 15 digits, optionally starting with +.")
                      .arg(phone);
    setMessage(m_phoneField, problem);
    return problem.isEmpty();
}

bool ComposeForm::checkCopies(QLineEdit *edit, Field &field)
{
    if (isText()) {
        setMessage(field, QString());
        return true; // hidden and not sent for text messages
    }
    const RecipientValidator::Result r = RecipientValidator::check(edit->text());
    setMessage(field, r.ok() ? QString()
                             : tr("Not a valid email address: %1. Separate addresses with commas or semicolons.",
                                  nullptr, int(r.invalid.size()))
                                   .arg(r.invalid.join(QStringLiteral(", "))));
    return r.ok();
}

void ComposeForm::revalidateShown()
{
    // Once a message is showing, it follows the typing so it disappears as soon as the field is right.
    if (m_emailField.message->isVisible())
        checkEmail();
    if (m_phoneField.message->isVisible())
        checkPhone();
    if (m_ccField.message->isVisible())
        checkCopies(m_cc, m_ccField);
    if (m_bccField.message->isVisible())
        checkCopies(m_bcc, m_bccField);
}

bool ComposeForm::validate()
{
    const bool email = checkEmail();
    const bool phone = checkPhone();
    const bool cc = checkCopies(m_cc, m_ccField);
    const bool bcc = checkCopies(m_bcc, m_bccField);
    if (!email)
        m_toEmail->setFocus(Qt::OtherFocusReason);
    else if (!phone)
        m_toPhone->setFocus(Qt::OtherFocusReason);
    else if (!cc)
        m_cc->setFocus(Qt::OtherFocusReason);
    else if (!bcc)
        m_bcc->setFocus(Qt::OtherFocusReason);
    return email && phone && cc && bcc;
}

QStringList ComposeForm::messages() const
{
    QStringList out;
    for (const Field *f : {&m_emailField, &m_phoneField, &m_ccField, &m_bccField})
        if (!f->message->isHidden() && !f->message->text().isEmpty())
            out << f->message->text();
    return out;
}

void ComposeForm::updateForModality()
{
    const bool email = !isText();
    m_form->setRowVisible(m_ccRow, email);
    m_form->setRowVisible(m_bccRow, email);
    m_form->setRowVisible(m_subject, email);
    revalidateShown();
}

void ComposeForm::updateForDelivery()
{
    // HyperRep refuses add_notification together with autosend_draft.
    const bool send = autosend();
    // The box shows what will be sent, so it clears while disabled; the user's choice comes back with Save.
    if (send) {
        m_notifyWanted = m_notify->isChecked();
        m_notify->setChecked(false);
    } else {
        m_notify->setChecked(m_notifyWanted);
    }
    m_notify->setEnabled(!send);
}

bool ComposeForm::isText() const { return m_text->isChecked(); }
void ComposeForm::setText(bool text) { (text ? m_text : m_email)->setChecked(true); }
QString ComposeForm::modality() const { return isText() ? QStringLiteral("text") : QStringLiteral("email"); }
bool ComposeForm::autosend() const { return m_sendChoice->isChecked(); }
void ComposeForm::setAutosend(bool autosend) { (autosend ? m_sendChoice : m_saveChoice)->setChecked(true); }
bool ComposeForm::notify() const { return !autosend() && m_notify->isChecked(); }
QString ComposeForm::contactName() const { return m_toName->text().trimmed(); }
QWidget *ComposeForm::firstField() const { return m_email; }
QWidget *ComposeForm::lastField() const { return m_sendChoice; }

bool ComposeForm::hasUserInput() const
{
    for (const QLineEdit *edit : {m_toName, m_toEmail, m_toPhone, m_cc, m_bcc, m_subject})
        if (!edit->text().trimmed().isEmpty())
            return true;
    return false;
}

void ComposeForm::addFolders(const QStringList &folders)
{
    for (const QString &folder : folders)
        if (!folder.isEmpty() && m_folder->findText(folder) < 0)
            m_folder->addItem(folder);
}

MessageDraftCreateRequest ComposeForm::request() const
{
    MessageDraftCreateRequest r;
    r.modality = modality();
    r.toUserName = m_toName->text().trimmed();
    r.toEmail = RecipientValidator::addressOf(m_toEmail->text());
    r.toPhoneNumber = m_toPhone->text().trimmed();
    if (!isText()) {
        r.subject = m_subject->text().trimmed();
        r.ccEmails = RecipientValidator::check(m_cc->text()).valid;
        r.bccEmails = RecipientValidator::check(m_bcc->text()).valid;
    }
    r.autosendDraft = autosend();
    r.addNotification = notify();
    r.folder = m_folder->currentText().trimmed();
    return r;
}

void ComposeForm::setFromDraft(const MessageDraft &d)
{
    setText(d.modalityKind() == Modality::Text);
    m_toName->setText(d.recipientName);
    m_toEmail->setText(d.recipientEmail);
    m_toPhone->setText(d.recipientPhoneNumber);
    m_cc->setText(RecipientValidator::join(d.ccEmails));
    m_bcc->setText(RecipientValidator::join(d.bccEmails));
    m_subject->setText(d.subject);
    const QString folder = MessageDraftListModel::folderOf(d);
    addFolders({folder});
    m_folder->setCurrentText(folder);
    setAutosend(false);
}

void ComposeForm::setFromJournal(const JournalEntry &e)
{
    setText(e.modality == QLatin1String("text"));
    m_toName->setText(e.toName);
    m_toEmail->setText(e.toEmail);
    m_toPhone->setText(e.toPhone);
    m_cc->setText(RecipientValidator::join(e.ccEmails));
    m_bcc->setText(RecipientValidator::join(e.bccEmails));
    m_subject->setText(e.subject);
    if (!e.folder.isEmpty()) {
        addFolders({e.folder});
        m_folder->setCurrentText(e.folder);
    }
    m_notify->setChecked(e.addNotification);
}

void ComposeForm::fillJournal(JournalEntry *e) const
{
    e->modality = modality();
    e->toName = m_toName->text();
    e->toEmail = m_toEmail->text();
    e->toPhone = m_toPhone->text();
    e->ccEmails = pieces(m_cc->text());
    e->bccEmails = pieces(m_bcc->text());
    e->subject = m_subject->text();
    e->folder = m_folder->currentText();
    e->addNotification = notify();
}

} // namespace repdesk
