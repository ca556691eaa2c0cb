#pragma once

#include "ReplyController.h"

#include "ReviewSession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace repdesk {

class ReplyEditor;
class ReviewChangesView;

// The draft under review, below its conversation: who it goes to (recipient,
// Cc, Bcc), "Edited" when the text is no longer HyperRep's proposal, the
// reply editor (the same WebEngine editor as the inbox's, from the plugin;
// a plain one without it) or, with "Show changes", the word diff in its
// place, the draft's status, and buttons for mouse users. It shows whatever
// draft the ReviewSession shows and hands edits to it (journaled there like
// any reply); approving, saving and discarding are the workspace's, which
// first takes the editor's latest text (flushEdits()).
class ReviewDraftPane : public QWidget
{
    Q_OBJECT
public:
    using EditorFactory = std::function<ReplyEditor *(QWidget *parent)>;

    explicit ReviewDraftPane(EditorFactory editorFactory, QWidget *parent = nullptr);
    ~ReviewDraftPane() override;

    void setSession(ReviewSession *session);
    // Creates the editor (a WebEngine page: never on the startup path).
    void activate();
    void focusEditor();
    bool editorHasFocus() const;
    // The page reports edits a moment late: takes its text now, gives it to the session, then runs `then`.
    void flushEdits(std::function<void()> then);
    // False (with the reason shown beside the fields) when Cc or Bcc holds something that is not an address.
    bool addressesValid();

    void setChangesShown(bool shown);
    bool changesShown() const;

    ReplyEditor *editor() const { return m_editor; }
    ReviewChangesView *changesView() const { return m_changes; }
    QLabel *editedMarker() const { return m_edited; }
    QLabel *recipientLabel() const { return m_recipient; }
    QLineEdit *ccField() const { return m_cc; }
    QLineEdit *bccField() const { return m_bcc; }
    QPushButton *changesButton() const { return m_changesButton; }
    QString statusText() const;

Q_SIGNALS:
    void approveRequested();
    void saveRequested();
    void discardRequested();
    void skipRequested();
    // Esc in the editor (claimed before the window's shortcuts could miss it).
    void escapeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void bindReply(ReplyController *reply);
    void onShownTextChanged();
    void showReplyState();
    void updateEdited();
    void updateChanges();
    void pushAddresses();
    void onStatus(ReplyController::Status status, const QString &message);
    void askAboutConflict(const ResponseDraft &server, bool editorHadDraft);

    QPointer<ReviewSession> m_session;
    QPointer<ReplyController> m_reply;
    EditorFactory m_factory;
    ReplyEditor *m_editor = nullptr;
    QString m_editorFor; // the conversation whose draft the editor holds
    QLabel *m_recipient;
    QLabel *m_edited;
    QPushButton *m_changesButton;
    QLineEdit *m_cc;
    QLineEdit *m_bcc;
    QLabel *m_addressError;
    QStackedWidget *m_body;
    QWidget *m_editorPage;
    ReviewChangesView *m_changes;
    QLabel *m_status;
    QPushButton *m_discard;
    QPushButton *m_skip;
    QPushButton *m_save;
    QPushButton *m_approve;
    bool m_applying = false;
    bool m_focusWhenReady = false;
};

} // namespace repdesk
