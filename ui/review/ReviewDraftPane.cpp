#include "review/ReviewDraftPane.h"

#include "ReviewItem.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"
#include "ReviewText.h"
#include "common/DraftConflictDialog.h"
#include "common/WebPalette.h"
#include "compose/RecipientValidator.h"
#include "review/ReviewChangesView.h"
#include "webapi/ReplyEditor.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace repdesk {

ReviewDraftPane::ReviewDraftPane(EditorFactory editorFactory, QWidget *parent)
    : QWidget(parent), m_factory(std::move(editorFactory))
{
    setAccessibleName(tr("Draft under review"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);

    auto *head = new QHBoxLayout;
    m_recipient = new QLabel(this);
    m_recipient->setTextFormat(Qt::PlainText);
    m_recipient->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_recipient->setAccessibleName(tr("Recipient"));
    m_edited = new QLabel(tr("Edited"), this);
    m_edited->setForegroundRole(QPalette::Link);
    QFont italic = m_edited->font();
    italic.setItalic(true);
    italic.setBold(true);
    m_edited->setFont(italic);
    m_edited->setAccessibleName(tr("Edited"));
    m_edited->setAccessibleDescription(tr("Your text differs from HyperRep's proposal"));
    m_edited->setToolTip(m_edited->accessibleDescription());
    m_edited->hide();
    m_changesButton = new QPushButton(tr("Show chan&ges"), this);
    m_changesButton->setCheckable(true);
    m_changesButton->setAccessibleName(tr("Show changes"));
    m_changesButton->setToolTip(tr("Compare the text with HyperRep's proposal, word by word (D in the queue)"));
    head->addWidget(m_recipient, 1);
    head->addWidget(m_edited);
    head->addWidget(m_changesButton);
    layout->addLayout(head);

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

    m_body = new QStackedWidget(this);
    m_editorPage = new QWidget(m_body);
    auto *editorLayout = new QVBoxLayout(m_editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_changes = new ReviewChangesView(m_body);
    m_body->addWidget(m_editorPage);
    m_body->addWidget(m_changes);
    layout->addWidget(m_body, 1);

    auto *actions = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Draft status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_discard = new QPushButton(tr("Disca&rd"), this);
    m_discard->setToolTip(tr("Delete this draft, then show the next (Ctrl+Delete); you can undo for a few seconds"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setToolTip(tr("Leave this draft for later: it moves to the end of the queue (S)"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setToolTip(tr("Save your changes on the server without sending (Ctrl+S)"));
    m_approve = new QPushButton(tr("Approve and sen&d"), this);
    m_approve->setToolTip(tr("Send this reply as shown, then show the next (Ctrl+Enter); you can undo for a few seconds"));
    actions->addWidget(m_status, 1);
    for (QPushButton *b : {m_discard, m_skip, m_save, m_approve})
        actions->addWidget(b);
    layout->addLayout(actions);

    connect(m_discard, &QPushButton::clicked, this, &ReviewDraftPane::discardRequested);
    connect(m_skip, &QPushButton::clicked, this, &ReviewDraftPane::skipRequested);
    connect(m_save, &QPushButton::clicked, this, &ReviewDraftPane::saveRequested);
    connect(m_approve, &QPushButton::clicked, this, &ReviewDraftPane::approveRequested);
    connect(m_changesButton, &QPushButton::toggled, this, &ReviewDraftPane::setChangesShown);
    connect(m_cc, &QLineEdit::textEdited, this, &ReviewDraftPane::pushAddresses);
    connect(m_bcc, &QLineEdit::textEdited, this, &ReviewDraftPane::pushAddresses);
    setEnabled(false);
}

ReviewDraftPane::~ReviewDraftPane()
{
    delete m_editor;
}

void ReviewDraftPane::setSession(ReviewSession *session)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->queue()->disconnect(this);
    }
    m_session = session;
    if (session) {
        connect(session, &ReviewSession::shownChanged, this, &ReviewDraftPane::load);
        connect(session, &ReviewSession::shownTextChanged, this, &ReviewDraftPane::onShownTextChanged);
        connect(session->queue(), &QAbstractItemModel::dataChanged, this, &ReviewDraftPane::updateEdited);
    }
    m_editorFor.clear();
    load();
}

void ReviewDraftPane::activate()
{
    if (m_editor || !m_factory)
        return;
    m_editor = m_factory(m_editorPage);
    if (!m_editor)
        return;
    m_editor->onChanged = [this](const QString &html, bool dirty, int) {
        // Only what the reviewer typed: the page also reports the text it was given.
        if (!dirty || m_applying || !m_session || m_editorFor.isEmpty()
            || m_editorFor != m_session->shownConversationId())
            return;
        m_session->edit(html);
    };
    m_editor->onReady = [this] {
        if (m_focusWhenReady) {
            m_focusWhenReady = false;
            m_editor->focusEditor();
        }
    };
    m_editor->onSaveRequested = [this] { Q_EMIT saveRequested(); };
    m_editor->onSendRequested = [this] { Q_EMIT approveRequested(); };
    m_editor->setPlaceholder(tr("The reply HyperRep proposed"));
    m_editor->widget()->setAccessibleName(tr("Draft text"));
    m_editor->widget()->setMinimumHeight(120);
    m_editorPage->layout()->addWidget(m_editor->widget());
    m_editor->widget()->installEventFilter(this);
    WebPalette::follow(m_editor);
    m_editorFor.clear();
    load();
}

void ReviewDraftPane::focusEditor()
{
    activate();
    setChangesShown(false);
    if (!m_editor || m_editorFor.isEmpty())
        return;
    m_editor->widget()->setFocus();
    if (m_editor->isReady())
        m_editor->focusEditor();
    else
        m_focusWhenReady = true;
}

bool ReviewDraftPane::editorHasFocus() const
{
    QWidget *focus = QApplication::focusWidget();
    return m_editor && focus && (focus == m_editor->widget() || m_editor->widget()->isAncestorOf(focus));
}

void ReviewDraftPane::flushEdits(std::function<void()> then)
{
    if (!m_editor || !m_editor->isDirty() || !m_session || m_editorFor.isEmpty()) {
        then();
        return;
    }
    QPointer<ReviewDraftPane> self(this);
    const QString id = m_editorFor;
    m_editor->requestHtml([self, id, then](const QString &html) {
        if (!self)
            return;
        ReviewSession *session = self->m_session;
        if (session && session->shownConversationId() == id && html != session->shownHtml())
            session->edit(html);
        then();
    });
}

bool ReviewDraftPane::addressesValid()
{
    QStringList bad = RecipientValidator::check(m_cc->text()).invalid;
    bad += RecipientValidator::check(m_bcc->text()).invalid;
    m_addressError->setText(tr("Not a valid email address: %1").arg(bad.join(QStringLiteral(", "))));
    m_addressError->setAccessibleName(m_addressError->text());
    m_addressError->setVisible(!bad.isEmpty());
    return bad.isEmpty();
}

void ReviewDraftPane::pushAddresses()
{
    if (m_applying || !m_reply || !m_session || !addressesValid())
        return;
    const QString html = m_editor && m_editor->isDirty() ? m_editor->html() : m_session->shownHtml();
    // No notification in review: the reviewer is the one reading it.
    m_reply->edit(html, RecipientValidator::check(m_cc->text()).valid, RecipientValidator::check(m_bcc->text()).valid,
                  false);
}

void ReviewDraftPane::setChangesShown(bool shown)
{
    m_changesButton->setChecked(shown);
    m_changesButton->setText(shown ? tr("Hide chan&ges") : tr("Show chan&ges"));
    m_body->setCurrentWidget(shown ? static_cast<QWidget *>(m_changes) : m_editorPage);
    updateChanges();
}

bool ReviewDraftPane::changesShown() const
{
    return m_body->currentWidget() == m_changes;
}

QString ReviewDraftPane::statusText() const
{
    return m_status->text();
}

void ReviewDraftPane::load()
{
    const QString id = m_session ? m_session->shownConversationId() : QString();
    bindReply(m_session && !id.isEmpty() ? m_session->reply() : nullptr);
    setEnabled(!id.isEmpty());
    if (id != m_editorFor)
        setChangesShown(false); // each draft opens on its text
    m_editorFor = id;
    m_focusWhenReady = false;
    if (m_editor) {
        m_applying = true;
        m_editor->setHtml(id.isEmpty() ? QString() : m_session->shownHtml());
        m_editor->setReadOnly(id.isEmpty());
        m_applying = false;
    }
    m_addressError->hide();
    m_status->clear();
    if (m_reply && m_reply->status() == ReplyController::Status::Loading)
        m_status->setText(tr("Checking for a newer version…"));
    showReplyState();
    updateEdited();
}

void ReviewDraftPane::bindReply(ReplyController *reply)
{
    if (m_reply == reply)
        return;
    if (m_reply)
        m_reply->disconnect(this);
    m_reply = reply;
    if (!reply)
        return;
    connect(reply, &ReplyController::loaded, this, &ReviewDraftPane::showReplyState);
    connect(reply, &ReplyController::statusChanged, this, &ReviewDraftPane::onStatus);
    connect(reply, &ReplyController::conflict, this, &ReviewDraftPane::askAboutConflict);
    connect(reply, &ReplyController::failed, this, [this](const ApiError &error, const QString &message) {
        m_status->setText(error.isError() ? message + QLatin1Char(' ') + error.message() : message);
    });
}

void ReviewDraftPane::onShownTextChanged()
{
    if (!m_session)
        return;
    if (m_session->shownConversationId() != m_editorFor) {
        load();
        return;
    }
    // The server's newer proposal, or the draft given back by Undo; never over what is being typed.
    if (m_editor && !m_editor->isDirty() && ReviewText::differs(m_editor->html(), m_session->shownHtml())) {
        m_applying = true;
        m_editor->setHtml(m_session->shownHtml());
        m_applying = false;
    }
    updateEdited();
}

void ReviewDraftPane::showReplyState()
{
    const ReviewItem *row = m_session && !m_editorFor.isEmpty() ? m_session->shownItem() : nullptr;
    if (!row) {
        m_recipient->clear();
        m_cc->clear();
        m_bcc->clear();
        return;
    }
    // The controller's state once it has loaded the draft, else the proposal as the queue listed it.
    const bool loaded = m_reply && m_reply->conversationId() == m_editorFor
        && m_reply->status() != ReplyController::Status::Loading;
    const ReplyState &state = m_reply ? m_reply->state() : ReplyState();
    QString name = loaded ? state.recipientName : row->draft.recipientName;
    const QString email = loaded ? state.recipientEmail : row->draft.recipientEmail;
    const QString phone = loaded ? state.recipientPhone : row->draft.recipientPhoneNumber;
    if (name.trimmed().isEmpty())
        name = m_session->queue()->index(m_session->queue()->rowOf(m_editorFor)).data(ReviewQueueModel::ContactNameRole).toString();
    QStringList who;
    if (!name.trimmed().isEmpty())
        who << name.trimmed();
    if (!email.isEmpty() && email != name)
        who << QStringLiteral("<%1>").arg(email);
    if (!phone.isEmpty() && phone != name)
        who << phone;
    m_recipient->setText(tr("To: %1").arg(who.isEmpty() ? tr("the conversation's contact") : who.join(QLatin1Char(' '))));
    m_applying = true;
    const QString cc = RecipientValidator::join(loaded ? state.ccEmails : row->draft.ccEmails);
    const QString bcc = RecipientValidator::join(loaded ? state.bccEmails : row->draft.bccEmails);
    if (!m_cc->hasFocus() && m_cc->text() != cc)
        m_cc->setText(cc);
    if (!m_bcc->hasFocus() && m_bcc->text() != bcc)
        m_bcc->setText(bcc);
    m_applying = false;
}

void ReviewDraftPane::updateEdited()
{
    const bool edited = m_session && !m_editorFor.isEmpty() && m_session->shownEdited();
    m_edited->setVisible(edited);
    updateChanges();
}

void ReviewDraftPane::updateChanges()
{
    if (!changesShown())
        return;
    m_changes->setSegments(m_session && !m_editorFor.isEmpty() ? m_session->shownDiff() : QList<WordDiff::Segment>());
}

void ReviewDraftPane::onStatus(ReplyController::Status status, const QString &message)
{
    Q_UNUSED(status)
    m_status->setText(message);
    m_status->setAccessibleDescription(message);
    showReplyState();
}

void ReviewDraftPane::askAboutConflict(const ResponseDraft &server, bool editorHadDraft)
{
    const bool mine = DraftConflictDialog::ask(server, editorHadDraft, this);
    if (m_session)
        m_session->resolveConflict(mine);
}

bool ReviewDraftPane::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in the editor: the page does not claim it, but the window's shortcuts may not see it
    // either (the page's focus is not always a widget Qt knows). Claimed here, acted on after
    // the key is delivered, so the page does not get a key meant for the queue.
    // The type first: while the view is destroyed its events arrive here, and widget() (a
    // QPointer<QWebEngineView>) would downcast what is by then a plain QWidget (UBSan).
    if (event->type() == QEvent::ShortcutOverride && m_editor && watched == m_editor->widget()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            key->accept();
            QTimer::singleShot(0, this, &ReviewDraftPane::escapeRequested);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace repdesk
