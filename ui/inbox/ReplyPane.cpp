#include "ReplyPane.h"

#include "HtmlSanitizer.h"
#include "common/DraftConflictDialog.h"
#include "common/ErrorBanner.h"
#include "common/WebPalette.h"
#include "webapi/ReplyEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace repdesk {

ReplyPane::ReplyPane(ReplyController *controller, EditorFactory editorFactory, QWidget *parent)
    : QWidget(parent), m_factory(std::move(editorFactory))
{
    setAccessibleName(tr("Reply"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    m_recipient = new QLabel(this);
    m_recipient->setTextFormat(Qt::PlainText);
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recipient->setAccessibleName(tr("Recipient"));
    layout->addWidget(m_recipient);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    m_cc = new QLineEdit(this);
    m_cc->setPlaceholderText(tr("name@example.com, …"));
    m_cc->setAccessibleName(tr("Cc"));
    m_bcc = new QLineEdit(this);
    m_bcc->setPlaceholderText(tr("name@example.com, …"));
    m_bcc->setAccessibleName(tr("Bcc"));
    form->addRow(tr("&Cc:"), m_cc);
    form->addRow(tr("&Bcc:"), m_bcc);
    layout->addLayout(form);
    m_addressError = new QLabel(this);
    m_addressError->setTextFormat(Qt::PlainText);
    m_addressError->setForegroundRole(QPalette::BrightText);
    m_addressError->setAutoFillBackground(true);
    m_addressError->setBackgroundRole(QPalette::Highlight);
    m_addressError->hide();
    layout->addWidget(m_addressError);

    m_editorSlot = new QVBoxLayout;
    layout->addLayout(m_editorSlot, 1);
    // A click (or Enter) here starts the reply: the editor page is made on demand.
    m_startReply = new QPushButton(tr("Write your reply…"), this);
    m_startReply->setAccessibleName(tr("Reply text"));
    m_startReply->setFlat(true);
    m_startReply->setMinimumHeight(120);
    m_startReply->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_startReply->setStyleSheet(QStringLiteral("text-align: left; padding: 8px;"));
    m_editorSlot->addWidget(m_startReply);
    connect(m_startReply, &QPushButton::clicked, this, &ReplyPane::focusEditor);

    m_undoBar = new QFrame(this);
    m_undoBar->setAutoFillBackground(true);
    m_undoBar->setBackgroundRole(QPalette::AlternateBase);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(8, 4, 8, 4);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_undo = new QPushButton(tr("&Undo send"), m_undoBar);
    m_undo->setAccessibleName(tr("Undo send"));
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);

    auto *actions = new QHBoxLayout;
    m_notify = new QCheckBox(tr("&Notify me about this draft"), this);
    m_notify->setToolTip(tr("Only for saved drafts: a sent reply never notifies."));
    m_save = new QPushButton(tr("&Save draft"), this);
    m_save->setToolTip(tr("Save the draft on the server for review (Ctrl+S)"));
    m_send = new QPushButton(tr("Sen&d"), this);
    m_send->setToolTip(tr("Send the reply automatically (Ctrl+Enter); you can undo for a few seconds"));
    m_send->setDefault(false);
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setToolTip(tr("Delete this draft"));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Draft status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_notify);
    actions->addWidget(m_discard);
    actions->addWidget(m_save);
    actions->addWidget(m_send);
    layout->addLayout(actions);

    connect(m_save, &QPushButton::clicked, this, &ReplyPane::save);
    connect(m_send, &QPushButton::clicked, this, &ReplyPane::send);
    connect(m_discard, &QPushButton::clicked, this, &ReplyPane::discard);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->undoSend();
    });
    connect(m_cc, &QLineEdit::textEdited, this, &ReplyPane::pushEdit);
    connect(m_bcc, &QLineEdit::textEdited, this, &ReplyPane::pushEdit);
    connect(m_notify, &QCheckBox::toggled, this, &ReplyPane::pushEdit);
    auto *saveKey = new QShortcut(QKeySequence::Save, this, this, &ReplyPane::save, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(saveKey)
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        new QShortcut(k, this, this, &ReplyPane::send, Qt::WidgetWithChildrenShortcut);

    setController(controller);
    setEnabled(false);
}

ReplyPane::~ReplyPane()
{
    delete m_editor;
}

void ReplyPane::setController(ReplyController *controller)
{
    // The organization session owns the controller: a switch replaces it, the editor stays.
    if (m_controller)
        m_controller->disconnect(this);
    m_controller = controller;
    m_undoBar->hide();
    m_banner->hideBanner();
    if (!m_controller) {
        setEnabled(false);
        return;
    }
    connect(m_controller, &ReplyController::loaded, this, &ReplyPane::onLoaded);
    connect(m_controller, &ReplyController::statusChanged, this, &ReplyPane::onStatus);
    connect(m_controller, &ReplyController::sendCountdown, this, [this](int left) {
        m_undoBar->setVisible(left > 0);
        m_undoLabel->setText(tr("Sending in %n second(s)…", nullptr, left));
        if (left > 0)
            m_undo->setFocus();
    });
    connect(m_controller, &ReplyController::failed, this, [this](const ApiError &error, const QString &message) {
        // No error means nothing reached the server (an empty reply, say): a hint, not a failure.
        if (!error.isError())
            m_banner->showMessage(message, ErrorBanner::Kind::Warning, false);
        else
            m_banner->showMessage(message + QLatin1Char(' ') + error.message(), ErrorBanner::Kind::Error, false);
    });
    connect(m_controller, &ReplyController::conflict, this, [this](const ResponseDraft &server, bool editorHadDraft) {
        const bool mine = DraftConflictDialog::ask(server, editorHadDraft, this);
        if (m_controller)
            m_controller->resolveConflict(mine);
    });
}

void ReplyPane::enableReply()
{
    setEnabled(true);
}

void ReplyPane::activate()
{
    setEnabled(true);
    createEditor();
}

void ReplyPane::prepareEditor()
{
    if (m_editor || !m_factory || m_activating)
        return;
    QPointer<QWidget> hadFocus = QApplication::focusWidget();
    createEditor();
    // Mapping a WebEngine view can take the window's input focus away (seen
    // without a window manager); give it back to where the user was.
    for (int delay : {0, 300})
        QTimer::singleShot(delay, this, [this, hadFocus] {
            if (hadFocus && !QApplication::focusWidget()) {
                window()->activateWindow();
                hadFocus->setFocus();
            }
        });
}

void ReplyPane::createEditor()
{
    if (m_editor || !m_factory || m_activating)
        return;
    // Creating the first WebEngine view can spin a nested event loop; a key press
    // handled inside it ("r") must not create a second editor.
    m_activating = true;
    m_editor = m_factory(this);
    m_activating = false;
    if (!m_editor)
        return;
    m_editor->sanitize = [](const QString &html) {
        SanitizeOptions options;
        options.forEditor = true;
        return HtmlSanitizer::sanitize(html, options).html;
    };
    m_editor->onChanged = [this](const QString &, bool, int) { pushEdit(); };
    WebPalette::follow(m_editor);
    m_editor->onReady = [this] {
        // "r" pressed while the page was still loading: keystrokes must land in the editor.
        if (m_focusWhenReady) {
            m_focusWhenReady = false;
            m_editor->focusEditor();
        }
    };
    m_editor->onSaveRequested = [this] { save(); };
    m_editor->onSendRequested = [this] { send(); };
    m_editor->onTemplateRequested = [this] { Q_EMIT templateRequested(); };
    m_editor->setPlaceholder(tr("Write your reply…"));
    m_editor->widget()->setAccessibleName(tr("Reply text"));
    m_editor->widget()->setMinimumHeight(120);
    const bool hadFocus = m_startReply->hasFocus();
    // The layout hands back the placeholder's item and no longer owns it (LSan saw it leak).
    delete m_editorSlot->replaceWidget(m_startReply, m_editor->widget());
    // Shown now (a layout shows it only later), so the focus can go to it at once.
    m_editor->widget()->show();
    m_startReply->hide();
    if (hadFocus)
        m_focusWhenReady = true;
    if (m_controller && !m_controller->state().conversationId.isEmpty())
        onLoaded(m_controller->state());
    if (m_focusWhenReady) {
        m_editor->widget()->setFocus();
        if (m_editor->isReady()) {
            m_focusWhenReady = false;
            m_editor->focusEditor();
        }
    }
}

void ReplyPane::focusEditor()
{
    activate();
    if (!m_editor) {
        m_focusWhenReady = m_activating;
        return;
    }
    m_editor->widget()->setFocus();
    if (m_editor->isReady())
        m_editor->focusEditor();
    else
        m_focusWhenReady = true;
}

void ReplyPane::insertHtml(const QString &html)
{
    if (m_editor)
        m_editor->insertHtml(html);
}

void ReplyPane::setRecipient(const QString &name, const QString &email, const QString &phone)
{
    m_fallbackRecipient.clear();
    if (!name.isEmpty())
        m_fallbackRecipient << name;
    if (!email.isEmpty())
        m_fallbackRecipient << QStringLiteral("<%1>").arg(email);
    if (!phone.isEmpty())
        m_fallbackRecipient << phone;
    m_recipient->setText(tr("Reply to %1").arg(m_fallbackRecipient.join(QLatin1Char(' '))));
}

QString ReplyPane::statusText() const
{
    return m_status->text();
}

QStringList ReplyPane::splitAddresses(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

bool ReplyPane::validateAddresses()
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QStringList bad;
    for (const QString &a : splitAddresses(m_cc->text()) + splitAddresses(m_bcc->text()))
        if (!email.match(a).hasMatch())
            bad << a;
    m_addressError->setVisible(!bad.isEmpty());
    m_addressError->setText(tr("Not a valid email address: %1").arg(bad.join(QStringLiteral(", "))));
    m_addressError->setAccessibleName(m_addressError->text());
    return bad.isEmpty();
}

void ReplyPane::pushEdit()
{
    if (m_applying || !m_editor || !m_controller)
        return;
    validateAddresses();
    m_controller->edit(m_editor->html(), splitAddresses(m_cc->text()), splitAddresses(m_bcc->text()),
                       m_notify->isChecked());
}

void ReplyPane::save()
{
    if (!m_editor || !validateAddresses())
        return;
    m_banner->hideBanner();
    // Take the page's latest text (the change notification may still be in flight).
    m_editor->requestHtml([this](const QString &) {
        pushEdit();
        if (m_controller)
            m_controller->save();
    });
}

void ReplyPane::send()
{
    if (!m_editor || !validateAddresses())
        return;
    // An empty reply is refused by the controller, on the page's latest text below.
    m_banner->hideBanner();
    m_editor->requestHtml([this](const QString &) {
        pushEdit();
        if (m_controller)
            m_controller->send(m_undoSeconds);
    });
}

void ReplyPane::discard()
{
    if (QMessageBox::question(this, tr("Discard draft?"), tr("Delete this reply draft? This can't be undone."))
        == QMessageBox::Yes && m_controller)
        m_controller->discard();
}

void ReplyPane::onLoaded(const ReplyState &state)
{
    QStringList who;
    if (!state.recipientName.isEmpty())
        who << state.recipientName;
    if (!state.recipientEmail.isEmpty())
        who << QStringLiteral("<%1>").arg(state.recipientEmail);
    if (!state.recipientPhone.isEmpty())
        who << state.recipientPhone;
    if (who.isEmpty())
        who = m_fallbackRecipient;
    m_recipient->setText(who.isEmpty() ? tr("Reply") : tr("Reply to %1").arg(who.join(QLatin1Char(' '))));
    m_applying = true;
    m_cc->setText(state.ccEmails.join(QStringLiteral(", ")));
    m_bcc->setText(state.bccEmails.join(QStringLiteral(", ")));
    m_notify->setChecked(state.addNotification);
    if (m_editor && m_editor->html() != state.html)
        m_editor->setHtml(state.html);
    m_applying = false;
}

void ReplyPane::onStatus(ReplyController::Status status, const QString &message)
{
    using S = ReplyController::Status;
    const bool busy = status == S::Saving || status == S::SendPending || status == S::Sending || status == S::Loading;
    // Unconfirmed: Repdesk does not know yet whether the reply went out. Send only checks
    // (and sends only if the server does not have it); saving or discarding must wait.
    const bool unconfirmed = status == S::Unconfirmed;
    m_save->setEnabled(!busy && !unconfirmed);
    m_send->setEnabled(!busy);
    m_send->setText(unconfirmed ? tr("Check &now") : tr("Sen&d"));
    m_discard->setEnabled(status != S::SendPending && !unconfirmed);
    if (m_editor)
        m_editor->setReadOnly(status == S::SendPending || status == S::Sending || unconfirmed);
    if (unconfirmed) {
        m_banner->showMessage(message, ErrorBanner::Kind::Warning, false);
        m_unconfirmedShown = true;
    } else if (m_unconfirmedShown) {
        m_unconfirmedShown = false;
        m_banner->hideBanner();
    }
    if (status != S::SendPending)
        m_undoBar->hide();
    QString text = message;
    const QDateTime scheduled = m_controller ? m_controller->state().scheduledSendAt : QDateTime();
    if (status == S::Sending && scheduled.isValid())
        text = tr("Queued for sending at %1").arg(QLocale().toString(scheduled.toLocalTime(), QLocale::ShortFormat));
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
}

} // namespace repdesk
