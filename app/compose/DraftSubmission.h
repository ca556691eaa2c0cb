#pragma once

#include "ApiError.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"
#include "RepostRule.h"
#include "SendVerifier.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace repdesk {

class ApiCall;
class InboxProvider;

// Saves one outbound message: POST the new draft, then, when it replaces an
// existing one, DELETE the old draft. HyperRep cannot edit a draft in place,
// so "editing" is create-then-delete; creating first means a failure can
// never lose the text: the worst case is that both drafts exist, and
// finished() says so through deleteError.
//
// A POST is never repeated blindly. When one ends without an answer that
// settles it (network error, timeout, 5xx: the server may have created the
// draft, or sent the message), the submission is "in doubt", and the next
// start() first asks the server (SendVerifier over the organization's message
// drafts) whether that attempt arrived. It POSTs only when the server clearly
// does not have it (RepostRule: after a timeout or a gateway error, twice and
// past the transfer timeout); when the answer is that it arrived, it carries
// on as if the POST had answered; when nobody can tell, it says so
// (unconfirmed()) and POSTs nothing until the user chooses to
// (forgetEarlierAttempt()).
//
// Core logic (no widgets): MessageDrafts::newSubmission() makes one per
// compose window, bound to the provider and organization of that moment.
class DraftSubmission : public QObject
{
    Q_OBJECT
public:
    // provider may be null or go away: start() then fails with a Network error instead of crashing.
    DraftSubmission(InboxProvider *provider, const QString &organizationId, QObject *parent = nullptr);
    ~DraftSubmission() override;

    QString organizationId() const { return m_org; }
    // How long the server may still be working on a POST whose answer was lost
    // (TransportConfig::transferTimeoutMs, 30 s in the app). Tests shorten it.
    void setSettleMs(int ms) { m_settleMs = qMax(0, ms); }

    // replacesDraftId: the draft to delete after the new one exists; empty for a new message.
    void start(const MessageDraftCreateRequest &request, const QString &replacesDraftId = {});
    bool isRunning() const { return m_running; }
    // The last POST may have reached the server: start() checks before it POSTs.
    bool isInDoubt() const { return m_doubt.has_value(); }
    // After unconfirmed(): the user decided to POST anyway.
    void forgetEarlierAttempt() { m_doubt.reset(); }

    // What to tell the user when the POST failed: what did not happen (or, `inDoubt`
    // (isInDoubt()), may have), why, and that the text is safe.
    static QString errorText(const ApiError &error, bool sending, bool textMessage, bool inDoubt = false);

Q_SIGNALS:
    // The POST failed. isInDoubt() tells whether it may have reached the server anyway.
    void failed(const repdesk::ApiError &error);
    // What is happening while start() checks an earlier attempt (for a status line).
    void progress(const QString &status);
    // The check could not tell whether the earlier attempt arrived; nothing was POSTed.
    // `checkAgain`: a request failed, so checking later may tell; otherwise it cannot be
    // found out (a message that was sent is no longer a draft), and only the user can decide.
    void unconfirmed(const QString &message, bool checkAgain);
    // The new draft exists. deleteError is set when the old draft could not be
    // deleted (it still exists next to the new one); replacedDraftId is then
    // still the old id, so the caller can offer to delete it again.
    void finished(const repdesk::MessageDraftCreateResult &result, const QString &replacedDraftId,
                  const repdesk::ApiError &deleteError);

private:
    // A POST whose outcome the server has not told yet.
    struct Doubt
    {
        MessageDraftCreateRequest request;
        QString replaces;
        QDateTime attemptedAt;
    };

    void post(const MessageDraftCreateRequest &request);
    void verifyEarlier(const MessageDraftCreateRequest &request);
    void onVerified(const SendVerifier::Result &result, const MessageDraftCreateRequest &request);
    void onCreated(const MessageDraftCreateResult &created);
    void deleteNext(const MessageDraftCreateResult &created, const ApiError &firstError);
    void fail(const ApiError &error);
    void failWithoutProvider();
    static bool sameRequest(const MessageDraftCreateRequest &a, const MessageDraftCreateRequest &b);

    QPointer<InboxProvider> m_provider;
    QString m_org;
    QString m_replaces;
    QStringList m_toDelete; // after the new draft exists: the replaced one, and an earlier attempt's
    QString m_reported;     // the replaced draft finished() names
    QPointer<ApiCall> m_call;
    SendVerifier *m_verifier = nullptr;
    std::optional<Doubt> m_doubt;
    RepostRule m_rule;
    int m_settleMs;
    bool m_running = false;
};

} // namespace repdesk
