#pragma once

#include "ReplyController.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace repdesk {

class ErrorBanner;
class ReplyEditor;

// The reply under the thread: recipient, Cc/Bcc, the HTML editor and the
// Save / Send / Discard actions, with the undo-send bar. All state lives in
// ReplyController; this widget only shows it and forwards edits.
class ReplyPane : public QWidget
{
    Q_OBJECT
public:
    using EditorFactory = std::function<ReplyEditor *(QWidget *parent)>;

    ReplyPane(ReplyController *controller, EditorFactory editorFactory, QWidget *parent = nullptr);
    ~ReplyPane() override;

    // Follows another organization's reply (null: disabled). The editor is kept.
    void setController(ReplyController *controller);
    void setUndoSeconds(int seconds) { m_undoSeconds = seconds; }
    // Creates the editor on first use (it is a WebEngine page: never at startup,
    // never on the way to a thread's first paint) and enables the pane.
    void activate();
    // Enables the pane for a conversation; the editor waits for activate().
    void enableReply();
    // Creates the editor now, while the app is idle, without enabling the pane or
    // taking the keyboard focus: a reply started later only waits for its focus.
    void prepareEditor();
    void focusEditor();
    void insertHtml(const QString &html);
    ReplyEditor *editor() const { return m_editor; }
    QString statusText() const;
    // The conversation's contact, shown until (or unless) the server draft names the recipient.
    void setRecipient(const QString &name, const QString &email, const QString &phone);

Q_SIGNALS:
    void templateRequested();

private:
    void createEditor();
    void onLoaded(const ReplyState &state);
    void onStatus(ReplyController::Status status, const QString &message);
    void pushEdit();
    bool validateAddresses();
    void save();
    void send();
    void discard();
    static QStringList splitAddresses(const QString &text);

    QPointer<ReplyController> m_controller;
    EditorFactory m_factory;
    ReplyEditor *m_editor = nullptr;
    QVBoxLayout *m_editorSlot;
    QPushButton *m_startReply; // stands where the editor will be until it exists
    QLabel *m_recipient;
    QLineEdit *m_cc;
    QLineEdit *m_bcc;
    QLabel *m_addressError;
    QCheckBox *m_notify;
    QPushButton *m_save;
    QPushButton *m_send;
    QPushButton *m_discard;
    QLabel *m_status;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    ErrorBanner *m_banner;
    int m_undoSeconds = 5;
    bool m_applying = false;
    bool m_focusWhenReady = false;
    bool m_activating = false;
    bool m_unconfirmedShown = false; // the banner shows "could not confirm whether it was sent"
    QStringList m_fallbackRecipient;
};

} // namespace repdesk
