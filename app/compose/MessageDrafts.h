#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>

namespace repdesk {

class DraftSubmission;
class InboxProvider;
class MessageDraftListModel;

// The message drafts of the open organization, as the widgets see them: the
// list model, saving one compose window's message, and deleting a draft. It
// is the only thing in the compose feature that holds the provider, so
// windows and the drafts page never make a request themselves.
//
// Its owner, the OrganizationSession, sets the source once; a switch of
// organization replaces the session, and views follow the new model. Nothing is
// fetched until a view asks (fetchMore), so switching costs no request while
// no drafts page is open.
class MessageDrafts : public QObject
{
    Q_OBJECT
public:
    explicit MessageDrafts(QObject *parent = nullptr);
    ~MessageDrafts() override;

    // Clears the model. A null provider or an empty organization detaches:
    // the model stays empty and submissions fail without a request. When the
    // provider is destroyed this detaches by itself.
    void setSource(InboxProvider *provider, const QString &organizationId);
    QString organizationId() const { return m_org; }
    bool isAttached() const { return !m_provider.isNull() && !m_org.isEmpty(); }
    // Owned by this object; the same instance for every organization.
    MessageDraftListModel *model() const { return m_model; }

    // One save/send of one compose window, bound to the current provider and
    // organization: a window keeps saving where it was opened even after a
    // switch. Owned by parent.
    DraftSubmission *newSubmission(QObject *parent);
    // DELETE; 204, or 404 (already gone), removes the row, anything else
    // emits deleteFailed and keeps it. Outcomes for an organization that is no
    // longer the current one are dropped: its rows are not shown any more.
    void deleteDraft(const QString &draftId);

Q_SIGNALS:
    void draftDeleted(const QString &draftId);
    void deleteFailed(const QString &draftId, const repdesk::ApiError &error);
    // A submission of the current organization created this draft; the
    // model, if it had been loaded, is reloading.
    void draftSaved(const QString &draftId);

private:
    bool isCurrent(const InboxProvider *provider, const QString &organizationId) const;

    QPointer<InboxProvider> m_provider;
    QMetaObject::Connection m_providerGone;
    QString m_org;
    MessageDraftListModel *m_model;
};

} // namespace repdesk
