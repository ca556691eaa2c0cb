#pragma once

#include "MessageDraft.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;

namespace repdesk {

class ApiError;
class ComposeForm;
class DraftJournal;
class DraftSubmission;
class ErrorBanner;
class MessageDrafts;
class ReplyEditor;
class TemplateStore;
class WebViewsPlugin;
struct JournalEntry;
struct MessageDraftCreateResult;

// A window for one new outbound message (a HyperRep "message draft"):
// channel, recipient, copies, subject, body, folder, and whether HyperRep
// keeps it as a draft or sends it. Non-modal; several can be open at once.
//
// Local first: every edit is staged in the DraftJournal under
// "compose:<uuid>" before anything travels, so a crash loses nothing; the
// entry goes away only once the server has the draft. Server errors show in
// a banner and never touch the text; after one that leaves open whether the
// server took the message (no answer, a timeout, a 5xx), the banner says it
// may have been saved or sent, and Retry asks the server before posting again
// (DraftSubmission). Drafts cannot be edited in place, so
// editDraft() + save creates a new draft and then deletes the old one.
//
// Keys: Ctrl+S saves as a draft, Ctrl+Enter sends, Ctrl+Shift+T inserts a
// template, Esc closes (asking first when there is unsaved text).
class ComposeWindow : public QDialog
{
    Q_OBJECT
public:
    // The window belongs to drafts' organization at construction and keeps saving there after
    // an organization switch. pluginOrNull: the WebEngine plugin for the HTML editor; null falls
    // back to PlainReplyEditor. journal may be null (nothing is journaled then).
    ComposeWindow(MessageDrafts *drafts, DraftJournal *journal, WebViewsPlugin *pluginOrNull,
                  QWidget *parent = nullptr);
    ~ComposeWindow() override;

    // Pre-fills from an existing draft; saving then replaces it.
    void editDraft(const MessageDraft &draft);
    // Reopens what the journal kept (after a crash), under the same key.
    void restore(const JournalEntry &entry);
    // Folders offered besides "drafts" and "sales-follow-up".
    void addFolders(const QStringList &folders);
    // Enables Template… / Ctrl+Shift+T. The recipient name comes from the form.
    void setTemplateSource(TemplateStore *store, const QString &agentName, const QString &companyName);

    QString organizationId() const { return m_org; }
    QString journalKey() const { return m_key; }
    bool isEditing() const { return !m_replaces.isEmpty(); }
    bool hasUnsavedText() const;
    ComposeForm *form() const { return m_form; }
    ReplyEditor *editor() const { return m_editor.get(); }
    ErrorBanner *banner() const { return m_banner; }

    static QString journalKeyPrefix() { return QStringLiteral("compose:"); }
    static bool isComposeKey(const QString &key) { return key.startsWith(journalKeyPrefix()); }
    // The placeholder values TemplateStore::expand() takes ("contact.name",
    // "contact.first_name", "agent.name", "company.name"); the first name is
    // the first word of the contact's name.
    static QHash<QString, QString> templateValues(const QString &contactName, const QString &agentName,
                                                  const QString &companyName);

public Q_SLOTS:
    // Ctrl+S: always a draft. Ctrl+Enter: always sent; the choice shown follows either way.
    void saveDraft() { submit(false); }
    void send() { submit(true); }
    void insertTemplate();
    // Esc, the close button and Discard end here: asks first if text would be lost.
    void reject() override;

Q_SIGNALS:
    void draftSaved(const QString &draftId);
    // Emitted after an edit when the old draft was deleted.
    void draftReplaced(const QString &oldDraftId, const QString &newDraftId);

private:
    void buildLayout(QWidget *bodyLabel, QWidget *buttons);
    void submit(bool autosend);
    void submitWithBody(bool autosend, const QString &html);
    void onSaved(const MessageDraftCreateResult &result, const QString &replacedId, const ApiError &deleteError);
    void onFailed(const ApiError &error);
    void onUnconfirmed(const QString &message, bool checkAgain);
    void stageJournal();
    void onEdited();
    void setBusy(bool busy, const QString &status = {});
    void updateSubmitButton();
    void setBodyMessage(const QString &text);
    void confirmClose();
    void discardAndClose();

    QString m_org;
    QPointer<DraftJournal> m_journal;
    QString m_key;
    std::unique_ptr<ReplyEditor> m_editor;
    ComposeForm *m_form;
    ErrorBanner *m_banner;
    ErrorBanner *m_editNotice;
    QLabel *m_bodyMessage;
    QLabel *m_status;
    QPushButton *m_template;
    QPushButton *m_submit;
    QPushButton *m_discard;
    DraftSubmission *m_submission;
    QPointer<TemplateStore> m_templates;
    QString m_agentName;
    QString m_companyName;
    MessageDraft m_original;
    QString m_replaces;
    bool m_dirty = false;
    bool m_closing = false;
    bool m_lastAutosend = false;
    bool m_postAnyway = false; // the banner's action posts without checking the earlier attempt again
};

} // namespace repdesk
