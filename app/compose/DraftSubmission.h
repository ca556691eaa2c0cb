#pragma once

#include "ApiError.h"
#include "MessageDraftCreateRequest.h"
#include "MessageDraftCreateResult.h"

#include <QObject>
#include <QPointer>

namespace repdesk {

class ApiCall;
class InboxProvider;

// Saves one outbound message: POST the new draft, then, when it replaces an
// existing one, DELETE the old draft. HyperRep cannot edit a draft in place,
// so "editing" is create-then-delete; creating first means a failure can
// never lose the text: the worst case is that both drafts exist, and
// finished() says so through deleteError.
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

    // replacesDraftId: the draft to delete after the new one exists; empty for a new message.
    void start(const MessageDraftCreateRequest &request, const QString &replacesDraftId = {});
    bool isRunning() const { return m_running; }

    // What to tell the user when the POST failed: what did not happen, why, and that the text is safe.
    static QString errorText(const ApiError &error, bool sending, bool textMessage);

Q_SIGNALS:
    // The POST failed: nothing changed on the server.
    void failed(const repdesk::ApiError &error);
    // The new draft exists. deleteError is set when the old draft could not be
    // deleted (it still exists next to the new one); replacedDraftId is then
    // still the old id, so the caller can offer to delete it again.
    void finished(const repdesk::MessageDraftCreateResult &result, const QString &replacedDraftId,
                  const repdesk::ApiError &deleteError);

private:
    void deleteOld(const MessageDraftCreateResult &created);
    void failWithoutProvider();

    QPointer<InboxProvider> m_provider;
    QString m_org;
    QString m_replaces;
    QPointer<ApiCall> m_call;
    bool m_running = false;
};

} // namespace repdesk
