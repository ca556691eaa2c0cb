#include "ReviewSession.h"

#include "AccountSession.h"
#include "Cache.h"
#include "ContactDirectory.h"
#include "ConversationListModel.h"
#include "DraftJournal.h"
#include "InboxProvider.h"
#include "InboxSync.h"
#include "MessageThreadModel.h"
#include "OrganizationSession.h"
#include "Outbox.h"
#include "ReplyController.h"
#include "ReplyDraft.h"
#include "ReviewActions.h"
#include "ReviewChanges.h"
#include "ReviewDiscovery.h"
#include "ReviewFigures.h"
#include "ReviewPrepared.h"
#include "ReviewPreviews.h"
#include "ReviewQueueModel.h"
#include "ReviewText.h"
#include "SettingsKeys.h"

#include <QSettings>

#include <utility>

namespace repdesk {

ReviewSession::ReviewSession(AccountSession *account, OrganizationSession *organization, QObject *parent)
    : QObject(parent),
      m_account(account),
      m_organization(organization),
      m_org(organization->organizationId()),
      m_model(new ReviewQueueModel(this)),
      m_discovery(new ReviewDiscovery(this)),
      m_previews(new ReviewPreviews(this)),
      m_figures(new ReviewFigures(account->identity().storageId, m_org, this)),
      m_thread(new MessageThreadModel(this)),
      m_actions(new ReviewActions(m_model, m_discovery, m_figures,
                                  {account->provider(), account->outbox(), account->journal(), m_org}, this)),
      m_changes(new ReviewChanges(account->provider(), m_org, m_model, m_discovery, m_previews, organization, this)),
      m_prepared(new ReviewPrepared(
          m_previews, [this](const QString &id) { return createController(id); },
          [this](ReplyController *c) { dispose(c); }, this))
{
    InboxProvider *provider = account->provider();
    Cache *cache = account->cache();
    m_model->setContacts(organization->contacts());
    m_discovery->setSource(provider, cache, account->journal(), m_org, m_model);
    m_discovery->setHold([this](const QString &id) { return isHeld(id); });
    m_previews->setSource(provider, cache, m_org, m_model);
    m_thread->setSource(provider, cache, m_org);

    connect(m_model, &ReviewQueueModel::previewsWanted, m_previews, &ReviewPreviews::want);
    // The thread the server just gave the view (Loaded comes after threadChanged): the row's
    // preview follows, and the prepared draft need not fetch it again.
    connect(m_thread, &MessageThreadModel::stateChanged, this, [this](MessageThreadModel::State state) {
        if (!m_thread->conversationId().isEmpty() && state == MessageThreadModel::State::Loaded)
            m_previews->update(m_thread->conversationId(), m_thread->messages(), true);
    });
    connect(m_prepared, &ReviewPrepared::ready, this, &ReviewSession::preparedReady);
    connect(m_discovery, &ReviewDiscovery::checked, this, &ReviewSession::onChecked);
    connect(m_actions, &ReviewActions::undoCountdown, this, &ReviewSession::undoCountdown);
    connect(m_actions, &ReviewActions::actionFinished, this, &ReviewSession::actionFinished);
    connect(m_actions, &ReviewActions::notice, this, &ReviewSession::notice);
    connect(m_actions, &ReviewActions::left, m_changes, &ReviewChanges::leave);
    connect(m_changes, &ReviewChanges::notice, this, &ReviewSession::notice);
    connect(m_changes, &ReviewChanges::leaving, this, &ReviewSession::moveOnFrom);
    connect(m_changes, &ReviewChanges::queued, this, &ReviewSession::moveOnFrom);
    connect(m_changes, &ReviewChanges::overwritten, this, [this](const QString &id, bool replaceText) {
        if (id != m_shownId)
            return;
        if (replaceText && m_shown)
            m_shown->resolveConflict(false); // nothing typed here: the server's version is shown
        updateShownEdited();
        Q_EMIT shownTextChanged();
    });
    connect(m_actions, &ReviewActions::restored, &m_settle, qOverload<>(&QTimer::start));
    // Rows come and go: the shown and the next draft follow, once the changes settle.
    m_settle.setSingleShot(true);
    m_settle.setInterval(0);
    connect(&m_settle, &QTimer::timeout, this, &ReviewSession::settle);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, &m_settle, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsMoved, &m_settle, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, &m_settle, qOverload<>(&QTimer::start));
    // The organization's sync keeps the queue current, and may have seen the shown draft change.
    connect(organization->sync(), &InboxSync::finished, this, [this] { checkShown(); });
    connect(organization, &OrganizationSession::statusChanged, this, [this] {
        if (m_organization && m_organization->isSuspended())
            suspend();
        else if (m_waitingForKey && m_account->isLive())
            goLive(); // the keychain handed the key over
    });
    applySettings();
}

ReviewSession::~ReviewSession()
{
    // Undo windows still open send nothing (ReviewAction); the shown text reaches the journal.
    if (m_shown)
        m_shown->close();
    if (ReplyController *prepared = m_prepared->controller())
        prepared->close();
}

void ReviewSession::setClock(std::function<QDateTime()> clock)
{
    m_discovery->setClock(clock);
    m_model->setClock(clock);
}

void ReviewSession::applySettings()
{
    QSettings settings;
    const int before = m_discovery->windowDays();
    m_discovery->setWindowDays(
        settings.value(SettingsKeys::reviewWindowDays(), SettingsKeys::defaultReviewWindowDays).toInt());
    // A wider window has conversations never checked; a narrower one rows to drop.
    if (m_discovery->windowDays() != before && m_started && !m_waitingForKey && !m_suspended)
        m_discovery->scheduleDiscover(0);
}

int ReviewSession::undoSeconds() const
{
    return qBound(0, QSettings().value(SettingsKeys::undoSendSeconds(), SettingsKeys::defaultUndoSendSeconds).toInt(),
                  60);
}

void ReviewSession::start()
{
    if (m_started || m_suspended)
        return;
    m_started = true;
    m_discovery->loadFromCache();
    // Until the keychain hands the key over, nothing may be asked: a request without it is
    // refused (403), which would close the account. The rows are painted; the rest waits.
    if (!m_account->isLive()) {
        m_waitingForKey = true;
        m_model->holdRequests(true);
        return;
    }
    goLive();
}

void ReviewSession::goLive()
{
    m_waitingForKey = false;
    m_model->holdRequests(false);
    m_discovery->watch(m_organization ? m_organization->conversations() : nullptr,
                       m_organization ? m_organization->sync() : nullptr);
    settle();
    // The discovery reads the conversations the inbox knows. On an account's first start that is
    // the list's first page until the poller's first full walk, a poll interval later: one sync
    // now walks them all then, and is one incremental poll (F5's cost) any other time.
    if (m_organization && !m_organization->sync()->isRunning())
        m_organization->sync()->syncNow();
    m_discovery->discover();
}

void ReviewSession::refresh()
{
    if (!m_started || m_suspended || m_waitingForKey)
        return;
    m_discovery->discover();
    checkShown();
}

void ReviewSession::suspend()
{
    if (m_suspended)
        return;
    m_suspended = true;
    m_settle.stop();
    m_discovery->stop();
    m_previews->stop();
    m_actions->cancelWindows();
    setShown(QString(), nullptr);
    m_prepared->clear();
    m_model->reset({});
}

const ReviewItem *ReviewSession::shownItem() const
{
    return m_model->find(m_shownId);
}

QString ReviewSession::proposalHtml() const
{
    const ReviewItem *row = shownItem();
    return row ? row->draft.bodyHtml : QString();
}

QString ReviewSession::shownHtml() const
{
    return ReviewAction::shownText(m_shown, proposalHtml());
}

bool ReviewSession::shownEdited() const
{
    const ReviewItem *row = shownItem();
    return row && row->edited;
}

QList<WordDiff::Segment> ReviewSession::shownDiff() const
{
    return WordDiff::compare(ReviewText::plain(proposalHtml()), ReviewText::plain(shownHtml()));
}

QString ReviewSession::shownDiffHtml() const
{
    return WordDiff::toHtml(shownDiff());
}

ReplyController *ReviewSession::createController(const QString &conversationId)
{
    auto *c = new ReplyController(m_account->journal(), m_account->outbox(), m_account->replySends(), this);
    c->setSource(m_account->provider(), m_org);
    connect(c, &ReplyController::loaded, this, [this, c] { onControllerLoaded(c); });
    c->open(conversationId);
    return c;
}

void ReviewSession::dispose(ReplyController *controller)
{
    if (!controller)
        return;
    controller->disconnect(this);
    controller->close(); // flushes the journal
    controller->deleteLater();
}

bool ReviewSession::show(const QString &conversationId)
{
    if (m_suspended || conversationId.isEmpty())
        return false;
    if (m_waitingForKey) {
        m_wanted = conversationId; // shown once the key is there
        return false;
    }
    const ReviewItem *row = m_model->find(conversationId);
    if (!row || m_actions->find(conversationId))
        return false;
    if (conversationId == m_shownId && m_shown)
        return true;
    ReplyController *controller = m_prepared->take(conversationId);
    setShown(conversationId, controller ? controller : createController(conversationId));
    return true;
}

void ReviewSession::setShown(const QString &conversationId, ReplyController *controller)
{
    ReplyController *old = m_shown;
    if (old)
        disconnect(old, &ReplyController::statusChanged, this, nullptr);
    m_shown = controller;
    m_shownId = conversationId;
    m_changes->cancel(); // a check of the previous draft no longer applies
    if (controller) {
        controller->setParent(this);
        connect(controller, &ReplyController::statusChanged, this, [this] { updateShownEdited(); });
        connect(controller, &ReplyController::conflict, this, [this](const ResponseDraft &server) {
            // A save found the server's draft changed: it becomes the proposal the text is compared with.
            m_model->update(m_shownId, [&server](ReviewItem &i) { i.draft.bodyHtml = server.bodyHtml; });
            m_discovery->markChecked(m_shownId, server);
            updateShownEdited();
            Q_EMIT notice(m_shownId, DraftCheck::notice(DraftCheck::Outcome::Overwritten));
        });
    }
    if (conversationId.isEmpty())
        m_thread->clear();
    else
        m_thread->load(conversationId); // the cached thread at once, then the server's
    if (!conversationId.isEmpty())
        m_previews->want({conversationId});
    updateShownEdited();
    Q_EMIT shownChanged(conversationId);
    Q_EMIT shownTextChanged();
    prepareNext(old);
}

void ReviewSession::prepareNext(ReplyController *spare)
{
    QString next = m_model->neighbour(m_shownId, 1);
    if (next == m_shownId || m_suspended)
        next.clear();
    m_prepared->prepare(next, spare);
}

QString ReviewSession::preparedConversationId() const
{
    return m_prepared->conversationId();
}

bool ReviewSession::isPreparedReady() const
{
    return m_prepared->isReady();
}

void ReviewSession::settle()
{
    if (m_suspended || m_waitingForKey)
        return;
    const ReviewItem *shown = shownItem();
    if (!shown || (m_shownId.isEmpty() && !m_shown)) {
        // The draft picked while the key was on its way, else the first.
        const ReviewItem *wanted = m_model->find(std::exchange(m_wanted, QString()));
        const QString first = wanted && wanted->isReviewable() ? wanted->conversationId : m_model->neighbour(QString(), 1);
        if (!first.isEmpty()) {
            show(first);
            return;
        }
        if (!m_shownId.isEmpty())
            setShown(QString(), nullptr);
        return;
    }
    prepareNext();
}

void ReviewSession::onControllerLoaded(ReplyController *controller)
{
    const ReplyState &state = controller->state();
    const QString id = controller->conversationId();
    if (id.isEmpty() || state.restoredFromJournal || controller->status() == ReplyController::Status::Loading)
        return;
    const ReviewItem *row = m_model->find(id);
    if (!row || m_actions->find(id))
        return;
    if (!state.hasServerDraft) {
        // Loaded, and the server has no draft: sent or removed elsewhere? DraftCheck finds out.
        if (controller == m_shown && controller->status() != ReplyController::Status::Failed)
            checkShown();
        return;
    }
    // The freshest proposal, loaded before anything was typed: the one the text is compared with.
    if (!ReplyDraft::sameText(row->draft.bodyHtml, state.html)) {
        m_model->update(id, [&state](ReviewItem &i) {
            i.draft.bodyHtml = state.html;
            i.draft.scheduledSendAt = state.scheduledSendAt;
        });
    }
    if (controller == m_shown) {
        updateShownEdited();
        Q_EMIT shownTextChanged();
    }
}

void ReviewSession::updateShownEdited()
{
    const ReviewItem *row = shownItem();
    if (!row || !m_shown)
        return;
    const bool edited = ReviewText::differs(row->draft.bodyHtml, ReviewAction::shownText(m_shown, row->draft.bodyHtml));
    if (edited != row->edited)
        m_model->update(m_shownId, [edited](ReviewItem &i) { i.edited = edited; });
}

bool ReviewSession::next()
{
    const QString id = m_model->neighbour(m_shownId, 1);
    return !id.isEmpty() && show(id);
}

bool ReviewSession::previous()
{
    const QString id = m_model->neighbour(m_shownId, -1);
    return !id.isEmpty() && show(id);
}

bool ReviewSession::skip()
{
    if (m_shownId.isEmpty() || !m_model->find(m_shownId))
        return false;
    const QString skipped = m_shownId;
    const QString following = m_model->neighbour(skipped, 1);
    m_model->moveToEnd(skipped);
    return following.isEmpty() || following == skipped ? true : show(following);
}

void ReviewSession::edit(const QString &html)
{
    if (!m_shown)
        return;
    const ReplyState &state = m_shown->state();
    // Nothing loaded (offline): the proposal's cc and bcc are the ones shown.
    const ReviewItem *row = shownItem();
    const bool fromProposal = row && !state.hasServerDraft && !state.restoredFromJournal && state.html.isEmpty();
    m_shown->edit(html, fromProposal ? row->draft.ccEmails : state.ccEmails,
                  fromProposal ? row->draft.bccEmails : state.bccEmails, false);
    updateShownEdited();
    Q_EMIT shownTextChanged();
}

void ReviewSession::save()
{
    if (m_shown)
        m_shown->save();
}

void ReviewSession::resolveConflict(bool keepMine)
{
    if (m_shown)
        m_shown->resolveConflict(keepMine);
}

bool ReviewSession::approve()
{
    return act(ReviewAction::Kind::Approve);
}

bool ReviewSession::discard()
{
    return act(ReviewAction::Kind::Discard);
}

bool ReviewSession::act(ReviewAction::Kind kind)
{
    const ReviewItem *row = shownItem();
    if (m_suspended || !m_shown || !row || !row->isReviewable())
        return false;
    using S = ReplyController::Status;
    // A save on the wire could land after the send and un-queue it; a send under way is the reply flow's.
    const S status = m_shown->status();
    if (status == S::Saving || status == S::SendPending || status == S::Sending || status == S::Unconfirmed)
        return false;
    const QString id = m_shownId;
    ReplyController *controller = m_shown;
    disconnect(controller, nullptr, this, nullptr);
    m_shown = nullptr;
    m_shownId.clear();
    m_actions->start(kind, controller, id, undoSeconds());
    // On to the next draft at once: it was prepared while this one was read.
    const QString following = m_model->neighbour(id, 1);
    if (following.isEmpty() || !show(following))
        setShown(QString(), nullptr);
    return true;
}

bool ReviewSession::canUndo() const
{
    return m_actions->canUndo();
}

bool ReviewSession::undo(const QString &conversationId)
{
    QString undone;
    ReplyController *controller = m_actions->undo(conversationId, &undone);
    if (!controller)
        return false;
    // Back on screen with its controller, text and all, as it was left.
    connect(controller, &ReplyController::loaded, this, [this, controller] { onControllerLoaded(controller); });
    setShown(undone, controller);
    Q_EMIT undoCountdown(undone, ReviewAction::Kind::Approve, 0);
    return true;
}

bool ReviewSession::isHeld(const QString &conversationId) const
{
    return conversationId == m_shownId || m_actions->find(conversationId);
}

void ReviewSession::onChecked(const QString &conversationId)
{
    // The discovery listed the shown draft again (its conversation moved): anything new is DraftCheck's to judge.
    if (conversationId == m_shownId && !m_shownId.isEmpty())
        checkShown();
}

void ReviewSession::checkShown()
{
    if (m_suspended || !m_started || !shownItem() || m_changes->isChecking())
        return;
    m_changes->check(m_shownId, shownHtml(), shownEdited());
}

void ReviewSession::moveOnFrom(const QString &conversationId)
{
    if (conversationId != m_shownId)
        return;
    const QString following = m_model->neighbour(conversationId, 1);
    if (following.isEmpty() || following == conversationId || !show(following))
        setShown(QString(), nullptr);
}

} // namespace repdesk
