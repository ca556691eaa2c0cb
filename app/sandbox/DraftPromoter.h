#pragma once

#include <QObject>
#include <QString>

namespace repdesk {

class SandboxContext;

// Sends queued (autosend) drafts after SandboxOptions::autosendDelayMs: a response draft becomes a
// sent message in its conversation, a message draft leaves the drafts list.
class DraftPromoter : public QObject
{
    Q_OBJECT
public:
    explicit DraftPromoter(SandboxContext &context, QObject *parent = nullptr);

    void scheduleResponseDraft(const QString &draftId);
    void scheduleMessageDraft(const QString &draftId);
    // A reused data dir may hold drafts queued by an earlier run: send them on the usual delay.
    void resumePending();

    // Returns the new message id, or empty if the draft is no longer queued.
    QString promoteResponseDraft(const QString &draftId);
    bool sendMessageDraft(const QString &draftId);

Q_SIGNALS:
    void responseDraftPromoted(const QString &draftId, const QString &messageId);

private:
    int delayMs() const;

    SandboxContext &m_context;
};

} // namespace repdesk
