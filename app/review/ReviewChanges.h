#pragma once

#include "DraftCheck.h"

#include <QObject>
#include <QPointer>

namespace repdesk {

class InboxProvider;
class OrganizationSession;
class ReviewDiscovery;
class ReviewPreviews;
class ReviewQueueModel;

// What the server did to a draft of the queue while the reviewer had it in
// front of them, judged by DraftCheck (the reply flow's rules), and what
// follows for the queue:
// - overwritten: the row takes the server's version as its proposal; the
//   shown text is replaced unless the reviewer typed something (then it is
//   kept and compared with the new version); a notice says so;
// - queued for sending elsewhere: the row shows "Sending" and the session moves on;
// - sent (promoted), removed, or the conversation gone: the draft leaves
//   the queue with a notice, and its thread is fetched again (for the cache,
//   and for the inbox when it shows that conversation).
// The discovery's memory is told every time, so a cached check never brings
// an old version back.
class ReviewChanges : public QObject
{
    Q_OBJECT
public:
    ReviewChanges(InboxProvider *provider, const QString &organizationId, ReviewQueueModel *model,
                  ReviewDiscovery *discovery, ReviewPreviews *previews, OrganizationSession *organization,
                  QObject *parent = nullptr);

    // Checks the draft of `conversationId` against its row's proposal and
    // `localHtml` (the text shown); `edited`: the reviewer changed the text.
    // One check at a time; a later check() of another draft drops the answer of this one.
    void check(const QString &conversationId, const QString &localHtml, bool edited);
    void cancel();
    bool isChecking() const { return m_checking; }

    // The draft is no longer on the server: leaving() first (to move on), then the row goes.
    void leave(const QString &conversationId, const QString &message);

Q_SIGNALS:
    // Overwritten: with `replaceText` the shown reply must load the server's version.
    void overwritten(const QString &conversationId, bool replaceText);
    // Queued for sending elsewhere: nothing to review there any more.
    void queued(const QString &conversationId);
    void leaving(const QString &conversationId);
    void notice(const QString &conversationId, const QString &message);

private:
    void onChecked(const QString &conversationId, bool edited, const DraftCheck::Result &result);

    QPointer<InboxProvider> m_provider;
    QString m_org;
    QPointer<ReviewQueueModel> m_model;
    QPointer<ReviewDiscovery> m_discovery;
    QPointer<ReviewPreviews> m_previews;
    QPointer<OrganizationSession> m_organization;
    quint64 m_generation = 0;
    bool m_checking = false;
};

} // namespace repdesk
