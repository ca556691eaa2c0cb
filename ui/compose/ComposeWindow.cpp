#include "compose/ComposeWindow.h"

#include "ApiError.h"
#include "DraftJournal.h"
#include "DraftSubmission.h"
#include "HtmlSanitizer.h"
#include "JournalEntry.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "MessageDrafts.h"
#include "TemplateStore.h"
#include "common/ErrorBanner.h"
#include "common/WebPalette.h"
#include "common/ThemeColors.h"
#include "compose/ComposeForm.h"
#include "compose/ReplyEditorFactory.h"
#include "compose/TemplatePicker.h"
#include "webapi/ReplyEditor.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QUuid>
#include <QVBoxLayout>

#include <utility>

namespace repdesk {

ComposeWindow::ComposeWindow(MessageDrafts *drafts, DraftJournal *journal, WebViewsPlugin *pluginOrNull,
                             QWidget *parent)
    : QDialog(parent),
      m_org(drafts ? drafts->organizationId() : QString()),
      m_journal(journal),
      m_key(journalKeyPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_form(new ComposeForm(this)),
      m_banner(new ErrorBanner(this)),
      m_editNotice(new ErrorBanner(this)),
      m_bodyMessage(new QLabel(this)),
      m_status(new QLabel(this)),
      m_template(new QPushButton(tr("&Template…"), this)),
      m_submit(new QPushButton(this)),
      m_discard(new QPushButton(tr("Disca&rd"), this)),
      // Without drafts the submission has no provider: saving then fails in the banner, text kept.
      m_submission(drafts ? drafts->newSubmission(this) : new DraftSubmission(nullptr, QString(), this))
{
    setWindowTitle(tr("New message"));
    setAccessibleName(tr("New message"));
    setObjectName(QStringLiteral("composeWindow"));
    setSizeGripEnabled(true);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);

    m_editor = ReplyEditorFactory::create(pluginOrNull, this);
    WebPalette::follow(m_editor.get());
    m_editor->setPlaceholder(tr("Write your message…"));
    m_editor->widget()->setAccessibleName(tr("Message body"));
    m_editor->widget()->setMinimumHeight(160);

    m_banner->setObjectName(QStringLiteral("composeBanner"));
    m_editNotice->setObjectName(QStringLiteral("editNotice"));
    m_editNotice->setDismissible(false);
    m_bodyMessage->setObjectName(QStringLiteral("bodyMessage"));
    m_bodyMessage->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText); // may quote the server
    m_bodyMessage->setWordWrap(true);
    m_bodyMessage->hide();
    m_status->setObjectName(QStringLiteral("composeStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_template->setObjectName(QStringLiteral("insertTemplate"));
    m_template->setAccessibleName(tr("Insert a template"));
    m_template->setToolTip(tr("Insert a saved reply at the cursor (Ctrl+Shift+T)"));
    m_template->setEnabled(false);
    m_submit->setObjectName(QStringLiteral("submit"));
    m_discard->setObjectName(QStringLiteral("discard"));
    m_discard->setAccessibleName(tr("Discard this message"));
    m_discard->setToolTip(tr("Close and throw away what you wrote (Esc closes and asks first)"));
    // Enter in a line edit must never submit: sending is too consequential for a stray Enter.
    for (QPushButton *b : {m_template, m_submit, m_discard}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    auto *bodyLabel = new QLabel(tr("Messa&ge:"), this);
    bodyLabel->setBuddy(m_editor->widget());
    auto *buttons = new QWidget(this);
    auto *buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(m_discard);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_status);
    buttonRow->addWidget(m_submit);
    buildLayout(bodyLabel, buttons);

    setTabOrder(m_form->lastField(), m_template);
    setTabOrder(m_template, m_editor->widget());
    setTabOrder(m_editor->widget(), m_discard);
    setTabOrder(m_discard, m_submit);

    connect(m_form, &ComposeForm::changed, this, &ComposeWindow::onEdited);
    connect(m_form, &ComposeForm::deliveryChanged, this, &ComposeWindow::updateSubmitButton);
    connect(m_form, &ComposeForm::modalityChanged, this, [this] { setBodyMessage(QString()); });
    m_editor->onChanged = [this](const QString &, bool dirty, int) {
        if (!dirty)
            return; // the web editor also reports content that setHtml() loaded: not an edit
        if (!m_bodyMessage->isHidden())
            setBodyMessage(QString());
        onEdited();
    };
    m_editor->onSaveRequested = [this] { saveDraft(); };
    m_editor->onSendRequested = [this] { send(); };
    m_editor->onTemplateRequested = [this] { insertTemplate(); };
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(m_form->autosend()); });
    connect(m_discard, &QPushButton::clicked, this, &ComposeWindow::reject);
    connect(m_template, &QPushButton::clicked, this, &ComposeWindow::insertTemplate);
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        // "Send anyway": the user looked and decided; otherwise Retry checks the server first.
        if (std::exchange(m_postAnyway, false))
            m_submission->forgetEarlierAttempt();
        submit(m_lastAutosend);
    });
    connect(m_submission, &DraftSubmission::finished, this, &ComposeWindow::onSaved);
    connect(m_submission, &DraftSubmission::failed, this, &ComposeWindow::onFailed);
    connect(m_submission, &DraftSubmission::progress, this, [this](const QString &status) { setBusy(true, status); });
    connect(m_submission, &DraftSubmission::unconfirmed, this, &ComposeWindow::onUnconfirmed);

    auto *save = new QShortcut(QKeySequence::Save, this, this, &ComposeWindow::saveDraft);
    save->setObjectName(QStringLiteral("saveShortcut"));
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        new QShortcut(keys, this, this, &ComposeWindow::send);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this, this, &ComposeWindow::insertTemplate);

    updateSubmitButton();
    resize(680, 760);
}

ComposeWindow::~ComposeWindow()
{
    if (m_journal && m_dirty)
        m_journal->flush();
}

void ComposeWindow::buildLayout(QWidget *bodyLabel, QWidget *buttons)
{
    auto *bodyHeader = new QHBoxLayout;
    bodyHeader->addWidget(bodyLabel);
    bodyHeader->addStretch(1);
    bodyHeader->addWidget(m_template);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_editNotice);
    layout->addWidget(m_form);
    layout->addSpacing(4);
    layout->addLayout(bodyHeader);
    layout->addWidget(m_editor->widget(), 1);
    layout->addWidget(m_bodyMessage);
    layout->addWidget(buttons);
    m_bodyMessage->setPalette(ThemeColors::withTextColor(palette(), ThemeColors::errorText(palette())));
}

QHash<QString, QString> ComposeWindow::templateValues(const QString &contactName, const QString &agentName,
                                                      const QString &companyName)
{
    const QString name = contactName.simplified();
    return {{QStringLiteral("contact.name"), name},
            {QStringLiteral("contact.first_name"), name.section(QLatin1Char(' '), 0, 0)},
            {QStringLiteral("agent.name"), agentName.simplified()},
            {QStringLiteral("company.name"), companyName.simplified()}};
}

void ComposeWindow::editDraft(const MessageDraft &draft)
{
    m_original = draft;
    m_replaces = draft.draftId;
    m_form->setFromDraft(draft);
    m_editor->setHtml(draft.bodyHtml);
    m_dirty = false;
    setWindowTitle(draft.subject.trimmed().isEmpty() ? tr("Edit draft")
                                                      : tr("Edit draft: %1").arg(draft.subject.simplified()));
    setAccessibleName(windowTitle());
    m_editNotice->showMessage(tr("Saving creates a new draft and deletes the old one, because drafts can't be "
                                 "edited in place."),
                              ErrorBanner::Kind::Info, false);
    updateSubmitButton();
}

void ComposeWindow::restore(const JournalEntry &entry)
{
    m_key = entry.key;
    m_form->setFromJournal(entry);
    m_editor->setHtml(entry.html);
    if (!entry.serverDraftId.isEmpty()) {
        MessageDraft original;
        original.draftId = entry.serverDraftId;
        original.bodyHtml = entry.serverBodyHtml;
        original.createdAt = entry.serverCreatedAt;
        m_original = original;
        m_replaces = entry.serverDraftId;
    }
    m_dirty = true; // restored text is not on the server yet
    m_banner->showMessage(tr("Restored a message you had not saved."), ErrorBanner::Kind::Info, false);
    updateSubmitButton();
}

void ComposeWindow::addFolders(const QStringList &folders)
{
    m_form->addFolders(folders);
}

void ComposeWindow::setTemplateSource(TemplateStore *store, const QString &agentName, const QString &companyName)
{
    m_templates = store;
    m_agentName = agentName;
    m_companyName = companyName;
    m_template->setEnabled(store != nullptr);
}

bool ComposeWindow::hasUnsavedText() const
{
    return m_dirty && (m_form->hasUserInput() || !m_editor->html().trimmed().isEmpty());
}

void ComposeWindow::onEdited()
{
    m_dirty = true;
    stageJournal();
}

void ComposeWindow::stageJournal()
{
    if (!m_journal)
        return;
    JournalEntry e;
    e.organizationId = m_org;
    e.key = m_key;
    e.html = m_editor->html();
    m_form->fillJournal(&e);
    e.updatedAt = QDateTime::currentDateTimeUtc();
    e.savedToServer = false;
    e.serverDraftId = m_original.draftId;
    e.serverBodyHtml = m_original.bodyHtml;
    e.serverCreatedAt = m_original.createdAt;
    m_journal->stage(e);
}

void ComposeWindow::updateSubmitButton()
{
    const bool send = m_form->autosend();
    m_submit->setText(send ? tr("Send") : tr("Save draft"));
    m_submit->setAccessibleName(send ? tr("Send the message") : tr("Save the draft"));
    m_submit->setToolTip(send ? tr("HyperRep sends it right away (Ctrl+Enter)") : tr("Save as a draft (Ctrl+S)"));
}

void ComposeWindow::setBodyMessage(const QString &text)
{
    m_bodyMessage->setText(text);
    m_bodyMessage->setAccessibleName(text);
    m_bodyMessage->setVisible(!text.isEmpty());
    m_editor->widget()->setAccessibleDescription(text);
}

void ComposeWindow::submit(bool autosend)
{
    if (m_submission->isRunning())
        return;
    // The shortcut decides, and the choice shown follows so the window never says something else.
    m_form->setAutosend(autosend);
    QPointer<ComposeWindow> self(this);
    m_editor->requestHtml([self, autosend](const QString &html) {
        if (self)
            self->submitWithBody(autosend, html);
    });
}

void ComposeWindow::submitWithBody(bool autosend, const QString &html)
{
    if (m_submission->isRunning())
        return;
    const QString body = ReplyEditorFactory::sanitizeForEditor(html);
    const bool formOk = m_form->validate();
    MessageDraftCreateRequest request = m_form->request();
    request.bodyHtml = HtmlSanitizer::toPlainText(body).trimmed().isEmpty() ? QString() : body;
    bool bodyOk = true;
    if (request.subject.trimmed().isEmpty() && request.bodyHtml.isEmpty()) {
        bodyOk = false;
        setBodyMessage(m_form->isText() ? tr("Write the text message first.")
                                        : tr("Write a subject or a message first."));
        if (formOk)
            m_editor->focusEditor();
    }
    if (!formOk || !bodyOk)
        return;
    const QString problem = request.validationError();
    if (!problem.isEmpty()) {
        m_banner->showMessage(problem, ErrorBanner::Kind::Error, false);
        return;
    }
    m_lastAutosend = autosend;
    m_banner->hideBanner();
    if (m_journal) {
        // The text must be on disk before it travels: if the app dies mid-request it is still here.
        stageJournal();
        m_journal->flush();
    }
    setBusy(true, autosend ? tr("Sending…") : tr("Saving…"));
    m_submission->start(request, m_replaces);
}

void ComposeWindow::setBusy(bool busy, const QString &status)
{
    m_form->setEnabled(!busy);
    m_editor->setReadOnly(busy);
    m_submit->setEnabled(!busy);
    m_discard->setEnabled(!busy);
    m_template->setEnabled(!busy && m_templates);
    m_status->setText(status);
    m_status->setAccessibleName(status);
}

void ComposeWindow::onSaved(const MessageDraftCreateResult &result, const QString &replacedId,
                            const ApiError &deleteError)
{
    setBusy(false);
    m_dirty = false;
    m_editor->markClean();
    if (m_journal)
        m_journal->remove(m_org, m_key);
    Q_EMIT draftSaved(result.draftId);
    if (deleteError.isError()) {
        // The new draft exists and the old one too: say so, and make later saves replace the new one.
        m_replaces = result.draftId;
        m_original.draftId = result.draftId;
        m_banner->showMessage(tr("The new draft was saved, but the old draft could not be deleted: %1 "
                                 "Both drafts now exist; delete the old one from the Drafts list.")
                                  .arg(deleteError.message()),
                              ErrorBanner::Kind::Warning, false);
        return;
    }
    if (!replacedId.isEmpty())
        Q_EMIT draftReplaced(replacedId, result.draftId);
    m_closing = true;
    accept();
}

void ComposeWindow::onFailed(const ApiError &error)
{
    setBusy(false);
    m_postAnyway = false;
    // In doubt (no answer, a timeout, a 5xx): it may be on the server; Retry asks before it posts again.
    const bool inDoubt = m_submission->isInDoubt();
    m_banner->showMessage(DraftSubmission::errorText(error, m_lastAutosend, m_form->isText(), inDoubt),
                          inDoubt ? ErrorBanner::Kind::Warning : ErrorBanner::Kind::Error,
                          inDoubt || error.isTransient());
}

void ComposeWindow::onUnconfirmed(const QString &message, bool checkAgain)
{
    setBusy(false);
    // Nothing was posted. Either the check can be tried again, or only the user can tell.
    m_postAnyway = !checkAgain;
    const QString action = checkAgain ? tr("Check again") : m_lastAutosend ? tr("Send anyway") : tr("Save anyway");
    m_banner->showMessage(message, ErrorBanner::Kind::Warning, true, action);
}

void ComposeWindow::reject()
{
    if (m_submission->isRunning())
        return; // closing now would hide the outcome of a request already on its way
    if (!m_closing && hasUnsavedText()) {
        confirmClose();
        return;
    }
    if (m_journal && !m_closing)
        m_journal->remove(m_org, m_key); // nothing worth keeping was typed
    m_closing = true;
    QDialog::reject();
}

void ComposeWindow::confirmClose()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved message"),
                                tr("Save this message as a draft before closing?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmClose"));
    box->setInformativeText(tr("If you discard it, what you wrote is lost."));
    QPushButton *save = box->addButton(tr("Save draft"), QMessageBox::AcceptRole);
    save->setAccessibleName(tr("Save draft"));
    QPushButton *discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setAccessibleName(tr("Discard"));
    QPushButton *keep = box->addButton(tr("Keep writing"), QMessageBox::RejectRole);
    keep->setAccessibleName(tr("Keep writing"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, save, discard](QAbstractButton *button) {
        if (button == save)
            saveDraft();
        else if (button == discard)
            discardAndClose();
    });
    box->open();
}

void ComposeWindow::discardAndClose()
{
    if (m_journal)
        m_journal->remove(m_org, m_key);
    m_dirty = false;
    m_closing = true;
    QDialog::reject();
}

void ComposeWindow::insertTemplate()
{
    if (!m_templates || m_submission->isRunning())
        return;
    auto *picker = new TemplatePicker(m_templates, templateValues(m_form->contactName(), m_agentName, m_companyName),
                                      this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &TemplatePicker::templateChosen, this, [this](const QString &html) {
        m_editor->insertHtml(html);
        m_editor->focusEditor();
    });
    picker->open();
}

} // namespace repdesk
