#pragma once

#include "ReviewAction.h"
#include "WordDiff.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace repdesk {

class AccountSession;
class MessageThreadModel;
class OrganizationSession;
class ReplyController;
class ReviewActions;
class ReviewChanges;
class ReviewDiscovery;
class ReviewFigures;
class ReviewPrepared;
class ReviewPreviews;
class ReviewQueueModel;
struct ReviewItem;

// The review queue of one open organization, without widgets: created by
// OrganizationSession::review() on first use. It owns the discovery of
// pending drafts (ReviewDiscovery), the queue (ReviewQueueModel), the
// previews (ReviewPreviews), the shown draft's thread (thread()) and reply
// (reply(): a ReplyController of its own on the account's journal, outbox and
// ReplySends, exactly like the inbox's), and the reviewer's figures.
//
// One draft is shown at a time. The next one is prepared while the current
// one is read: its ReplyController is opened (the draft loaded) and its
// thread fetched into the cache, so moving on shows both at once; reply()
// then returns that controller (shownChanged() says so).
//
// Actions on the shown draft, each through the reply flow (ReviewAction):
// approve sends it as shown (autosend_draft true, add_notification false)
// and discard deletes it, each after the undo delay of the settings (undo()
// gives the draft back, nothing sent); both move on to the next draft at
// once. edit() and save() are the controller's. skip() moves the draft to
// the end of this session's order.
//
// A draft that changed on the server while shown is reloaded with a notice,
// never overwritten blindly; one that was sent or removed elsewhere leaves
// the queue with a notice and its thread is fetched again. The checks are
// DraftCheck's, made when the discovery sees the conversation change, after
// each sync of the organization, and before every approve or discard.
class ReviewSession : public QObject
{
    Q_OBJECT
public:
    ReviewSession(AccountSession *account, OrganizationSession *organization, QObject *parent = nullptr);
    ~ReviewSession() override;

    QString organizationId() const { return m_org; }
    ReviewQueueModel *queue() const { return m_model; }
    ReviewDiscovery *discovery() const { return m_discovery; }
    ReviewPreviews *previews() const { return m_previews; }
    ReviewFigures *figures() const { return m_figures; }
    ReviewActions *actions() const { return m_actions; }
    // The shown draft's conversation.
    MessageThreadModel *thread() const { return m_thread; }
    // The shown draft's reply; null while none is shown. Changes with shownChanged().
    ReplyController *reply() const { return m_shown; }

    // For tests: the clock of the window and the ages.
    void setClock(std::function<QDateTime()> clock);
    // Re-reads the window (SettingsKeys::reviewWindowDays) and the undo delay (undoSendSeconds).
    void applySettings();
    int undoSeconds() const;

    // Paints the queue from the cache at once, shows its first draft, then discovers. While the
    // account waits for its key (AccountSession::isLive() false) only the rows are painted:
    // nothing is asked and nothing shown (show() remembers its pick) until the key is there.
    void start();
    bool isStarted() const { return m_started; }
    // F5: discovers now and checks the shown draft.
    void refresh();
    // The key was refused: requests stop, open undo windows close (nothing sent), rows go.
    void suspend();
    bool isSuspended() const { return m_suspended; }

    QString shownConversationId() const { return m_shownId; }
    const ReviewItem *shownItem() const;
    // The text shown: the controller's once it has one, else the proposal.
    QString shownHtml() const;
    QString proposalHtml() const;
    bool shownEdited() const;
    // The proposal against the text shown, as plain text (WordDiff), and as HTML for display.
    QList<WordDiff::Segment> shownDiff() const;
    QString shownDiffHtml() const;

    // Shows one draft of the queue (a reviewable row not under an action).
    bool show(const QString &conversationId);
    bool next();
    bool previous();
    // The draft that next() will show, prepared while this one is read (its reply
    // opened, its thread fetched into the cache: ReviewPrepared); empty when none.
    QString preparedConversationId() const;
    // Both are in: next() shows it with its reply loaded and its thread from the cache.
    bool isPreparedReady() const;
    // Skip for now: the shown draft goes to the end of this session's order; the next is shown.
    bool skip();

    // False when nothing reviewable is shown, or its reply is busy (saving, sending).
    bool approve();
    bool discard();
    // The shown reply's text (cc and bcc kept; no notification in review).
    void edit(const QString &html);
    // Ctrl+S: saves the shown draft to the server without sending it.
    void save();
    // After the reply's conflict(): keep this text (overwrite the server's) or take the server's.
    void resolveConflict(bool keepMine);
    // Undoes the latest approve or discard still in its window (or that conversation's):
    // nothing goes out, the row is back and shown again.
    bool canUndo() const;
    bool undo(const QString &conversationId = {});

Q_SIGNALS:
    // reply() and thread() now show this draft (empty: nothing left to review).
    void shownChanged(const QString &conversationId);
    // The shown proposal or text changed: compute the diff again.
    void shownTextChanged();
    // An approve or discard waits `secondsLeft` more seconds before it goes out; 0: no undo any more.
    void undoCountdown(const QString &conversationId, repdesk::ReviewAction::Kind kind, int secondsLeft);
    void actionFinished(const QString &conversationId, repdesk::ReviewAction::Kind kind,
                        repdesk::ReviewAction::Outcome outcome, const QString &message);
    // Something happened to a draft that the reviewer must hear about (changed or sent elsewhere).
    void notice(const QString &conversationId, const QString &message);
    // The prepared draft (preparedConversationId()) is ready to be shown without waiting.
    void preparedReady(const QString &conversationId);

private:
    ReplyController *createController(const QString &conversationId);
    void dispose(ReplyController *controller);
    void setShown(const QString &conversationId, ReplyController *controller);
    void prepareNext(ReplyController *spare = nullptr);
    void settle();
    void goLive();
    void onControllerLoaded(ReplyController *controller);
    void updateShownEdited();
    void checkShown();
    void onChecked(const QString &conversationId);
    void moveOnFrom(const QString &conversationId);
    bool act(ReviewAction::Kind kind);
    bool isHeld(const QString &conversationId) const;

    AccountSession *m_account;
    QPointer<OrganizationSession> m_organization;
    QString m_org;
    ReviewQueueModel *m_model;
    ReviewDiscovery *m_discovery;
    ReviewPreviews *m_previews;
    ReviewFigures *m_figures;
    MessageThreadModel *m_thread;
    QPointer<ReplyController> m_shown;
    QString m_shownId;
    ReviewActions *m_actions;
    ReviewChanges *m_changes;
    ReviewPrepared *m_prepared;
    QTimer m_settle;
    QString m_wanted; // picked with show() while waiting for the key
    bool m_started = false;
    bool m_waitingForKey = false;
    bool m_suspended = false;
};

} // namespace repdesk
