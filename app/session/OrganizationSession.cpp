#include "OrganizationSession.h"

#include "AccountSession.h"
#include "Cache.h"
#include "CompanyDirectory.h"
#include "ContactDetails.h"
#include "ContactDirectory.h"
#include "ConversationFilterProxy.h"
#include "ConversationListModel.h"
#include "DashboardSession.h"
#include "FolderListModel.h"
#include "InboxProvider.h"
#include "InboxSync.h"
#include "MessageDrafts.h"
#include "MessageThreadModel.h"
#include "Poller.h"
#include "Records.h"
#include "ReplyController.h"
#include "ReviewSession.h"
#include "AuditLogSession.h"
#include "SalesSession.h"
#include "DirectorySession.h"
#include "SalesIndex.h"
#include "SettingsKeys.h"
#include "TemplateValues.h"

#include <QSettings>

namespace repdesk {

OrganizationSession::OrganizationSession(AccountSession *account, const QString &organizationId, QObject *parent)
    : QObject(parent),
      m_account(account),
      m_org(organizationId),
      m_contacts(new ContactDirectory(this)),
      m_companies(new CompanyDirectory(this)),
      m_conversations(new ConversationListModel(this)),
      m_filter(new ConversationFilterProxy(this)),
      m_folders(new FolderListModel(this)),
      m_thread(new MessageThreadModel(this)),
      m_sync(new InboxSync(this)),
      m_poller(new Poller(this)),
      // The account's sends: a reply being sent outlives this organization session.
      m_reply(new ReplyController(account->journal(), account->outbox(), account->replySends(), this)),
      m_drafts(new MessageDrafts(this)),
      m_sales(new SalesIndex(this)),
      m_details(new ContactDetails(this))
{
    Cache *cache = account->cache();
    InboxProvider *provider = account->provider();
    cache->openOrganization(organizationId);
    m_filter->setConversationModel(m_conversations);
    m_folders->setConversationModel(m_conversations);
    m_contacts->setSource(provider, cache, organizationId);
    m_companies->setSource(provider, cache, organizationId);
    m_conversations->setSource(provider, cache, m_contacts, organizationId);
    m_thread->setSource(provider, cache, organizationId);
    m_reply->setSource(provider, organizationId);
    m_sync->setSource(provider, cache, m_conversations, organizationId);
    m_drafts->setSource(provider, organizationId);
    m_sales->setSource(provider, cache, organizationId);
    m_details->setSource(provider, organizationId, m_sales);
    connect(m_details, &ContactDetails::contactLoaded, this,
            [this](const Contact &contact) { m_contacts->insert({contact}); });

    connect(m_conversations, &PagedListModel::fetchStateChanged, this, &OrganizationSession::statusChanged);
    // A workflow action or a poll changed the open conversation's row (status, activity): its header says so.
    connect(m_conversations, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_open.isEmpty() ? -1 : m_conversations->rowOf(m_open);
                if (row >= 0 && row >= topLeft.row() && row <= bottomRight.row())
                    Q_EMIT openConversationUpdated();
            });
    connect(m_conversations, &PagedListModel::pageLoaded, this, [this](int, bool firstPage) {
        // The first page of a fresh cache counts as a sync point for the incremental poll.
        if (firstPage && !m_sync->lastSync().isValid())
            m_sync->markSynced(QDateTime::currentDateTimeUtc());
        Q_EMIT statusChanged();
    });
    connect(m_thread, &MessageThreadModel::threadChanged, this, [this] {
        const QList<Message> &messages = m_thread->messages();
        if (!messages.isEmpty())
            m_conversations->setModality(m_thread->conversationId(), messages.last().modality);
        Q_EMIT threadContentChanged();
    });
    connect(m_contacts, &ContactDirectory::contactsChanged, this, [this](const QSet<QString> &ids) {
        if (const auto c = conversation(m_open); c && ids.contains(c->contactId))
            Q_EMIT threadContentChanged();
    });
    connect(m_poller, &Poller::pollRequested, m_sync, &InboxSync::syncNow);
    connect(m_poller, &Poller::stateChanged, this, &OrganizationSession::statusChanged);
    connect(m_sync, &InboxSync::started, this, &OrganizationSession::statusChanged);
    connect(m_sync, &InboxSync::finished, this, &OrganizationSession::onSyncFinished);
    connect(m_sync, &InboxSync::newUnread, this, &OrganizationSession::newUnread);
    connect(m_reply, &ReplyController::delivered, this, [this](const QString &conversationId) {
        if (conversationId == m_open)
            m_thread->reload();
    });
    connect(cache, &Cache::error, this, &OrganizationSession::cacheProblem);
    applySettings();
}

OrganizationSession::~OrganizationSession()
{
    // The reply's unsaved text reaches the journal before the models go.
    m_reply->close();
}

void OrganizationSession::paintFromCache()
{
    if (m_painted || m_suspended)
        return;
    m_painted = true;
    m_contacts->loadFromCache();
    m_conversations->loadFromCache();
    Q_EMIT statusChanged();
}

void OrganizationSession::start()
{
    if (m_started || m_suspended)
        return;
    paintFromCache();
    m_started = true;
    if (m_conversations->itemRowCount() == 0 || !m_sync->lastSync().isValid())
        m_conversations->fetchMore({});
    else
        m_sync->syncNow();
    m_poller->start();
    fetchAgents();
    Q_EMIT statusChanged();
}

DashboardSession *OrganizationSession::dashboards()
{
    if (!m_dashboards) {
        m_dashboards = new DashboardSession(m_account->provider(), m_account->cache(), m_sales, m_org,
                                            m_account->identity().storageId, this);
        m_dashboards->setNameSources(m_contacts, m_companies);
        // A refused key empties the dashboards like every other view.
        if (m_suspended)
            m_dashboards->suspend();
    }
    return m_dashboards;
}

ReviewSession *OrganizationSession::review()
{
    // A refused key suspends it with the rest (it watches statusChanged), also when created later.
    if (!m_review) {
        m_review = new ReviewSession(m_account, this, this);
        if (m_suspended)
            m_review->suspend();
    }
    return m_review;
}

AuditLogSession *OrganizationSession::auditLog()
{
    if (!m_auditLog)
        m_auditLog = new AuditLogSession(m_account, this, this);
    return m_auditLog;
}

SalesSession *OrganizationSession::salesBoard()
{
    if (!m_salesBoard)
        m_salesBoard = new SalesSession(m_account, this, this);
    return m_salesBoard;
}

DirectorySession *OrganizationSession::directory()
{
    if (!m_directory)
        m_directory = new DirectorySession(m_account, this, this);
    return m_directory;
}

void OrganizationSession::fetchAgents()
{
    // Agent names for the thread ("Sent by Kara"): one page covers any real team.
    auto *call = m_account->provider()->listAgents(m_org, ListQuery{500, {}, {}, {}});
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded())
            return;
        m_account->cache()->upsertAgents(call->result().items);
        Q_EMIT agentsChanged();
        if (!m_open.isEmpty())
            Q_EMIT threadContentChanged();
    });
}

void OrganizationSession::onSyncFinished(const ApiError &error)
{
    if (error.isError()) {
        m_poller->reportFailure(error);
    } else {
        m_poller->reportSuccess();
        // The server answers again: what failed meanwhile is asked again, so no Retry row and no
        // failed thread outlives the fault that caused it (nobody has to press F5).
        if (m_conversations->fetchState() == PagedListModel::FetchState::Error)
            m_conversations->retry();
        // A thread that failed over cached messages shows them (Cached) but failed all the same.
        if (!m_open.isEmpty() && m_thread->lastError().isError()
            && m_thread->state() != MessageThreadModel::State::Loading)
            m_thread->reload();
    }
    Q_EMIT statusChanged();
}

void OrganizationSession::refresh()
{
    if (m_suspended)
        return;
    if (m_conversations->fetchState() == PagedListModel::FetchState::Error)
        m_conversations->retry();
    else if (m_conversations->itemRowCount() == 0)
        m_conversations->fetchMore({});
    m_poller->pollNow();
    if (!m_open.isEmpty())
        m_thread->reload();
}

void OrganizationSession::suspend()
{
    if (m_suspended)
        return;
    m_suspended = true;
    m_poller->stop();
    m_reply->close();
    m_open.clear();
    m_thread->clear();
    m_details->clear();
    // Same organization, no source: the rows go and nothing refetches them.
    m_conversations->setSource(nullptr, nullptr, nullptr, m_org);
    Q_EMIT threadContentChanged();
    Q_EMIT statusChanged();
}

bool OrganizationSession::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty() || m_suspended)
        return false;
    if (conversationId == m_open)
        return true;
    m_open = conversationId;
    m_thread->load(conversationId);
    m_reply->open(conversationId);
    if (const auto c = conversation(conversationId))
        m_details->show(*c, contactOf(conversationId));
    return true;
}

std::optional<Conversation> OrganizationSession::conversation(const QString &conversationId) const
{
    if (const Conversation *c = m_conversations->conversation(m_conversations->rowOf(conversationId)))
        return *c;
    return std::nullopt;
}

std::optional<Contact> OrganizationSession::contactOf(const QString &conversationId) const
{
    const auto c = conversation(conversationId);
    if (!c)
        return std::nullopt;
    if (const Contact *contact = m_contacts->contact(c->contactId))
        return *contact;
    return std::nullopt;
}

ThreadContent OrganizationSession::threadContent() const
{
    ThreadContent content;
    if (m_thread->conversationId().isEmpty() || m_thread->conversationId() != m_open)
        return content;
    if (const auto c = conversation(m_open))
        content.conversation = *c;
    else
        content.conversation.conversationId = m_open;
    content.contact = contactOf(m_open);
    content.agents = m_account->cache()->agents();
    content.messages = m_thread->messages();
    return content;
}

QHash<QString, QString> OrganizationSession::templateValues() const
{
    const std::optional<Contact> contact = contactOf(m_open);
    std::optional<Company> company;
    if (contact && !contact->companyId.isEmpty())
        company = m_account->cache()->company(contact->companyId);
    return TemplateValues::build(contact, company, m_thread->messages(), m_account->cache()->agents());
}

void OrganizationSession::setDatePreset(DatePreset preset)
{
    if (preset == m_datePreset)
        return;
    m_datePreset = preset;
    if (preset == DatePreset::AnyTime) {
        m_conversations->setDateRange({}, {});
        return;
    }
    const QDateTime startOfToday(QDate::currentDate(), QTime(0, 0));
    int days = 0;
    switch (preset) {
    case DatePreset::Last7Days:
        days = 7;
        break;
    case DatePreset::Last30Days:
        days = 30;
        break;
    case DatePreset::Last90Days:
        days = 90;
        break;
    default:
        break;
    }
    m_conversations->setDateRange(startOfToday.addDays(-days).toUTC(), QDateTime());
}

void OrganizationSession::setConversationQuery(const ConversationQuery &query)
{
    if (!m_account->has(InboxProvider::ConversationQueries))
        return;
    m_conversations->setConversationQuery(query);
}

QList<Agent> OrganizationSession::agents() const
{
    const QHash<QString, Agent> byId = m_account->cache()->agents();
    QList<Agent> list(byId.cbegin(), byId.cend());
    std::sort(list.begin(), list.end(), [](const Agent &a, const Agent &b) {
        const QString an = a.name.isEmpty() ? a.email : a.name, bn = b.name.isEmpty() ? b.email : b.name;
        const int c = QString::localeAwareCompare(an, bn);
        return c != 0 ? c < 0 : a.agentId < b.agentId;
    });
    return list;
}

ConversationQuery OrganizationSession::conversationQuery() const
{
    return m_conversations->conversationQuery();
}

void OrganizationSession::applySettings()
{
    QSettings settings;
    m_poller->setIntervalMs(settings.value(SettingsKeys::pollIntervalSeconds(),
                                           SettingsKeys::defaultPollIntervalSeconds).toInt() * 1000);
    const qint64 limit = settings.value(SettingsKeys::cacheLimitMegabytes(),
                                        SettingsKeys::defaultCacheLimitMegabytes).toLongLong() * 1024 * 1024;
    m_account->cache()->enforceLimit(limit);
    if (m_review)
        m_review->applySettings(); // the window of the review queue
}

qint64 OrganizationSession::cacheSizeBytes() const
{
    return m_account->cache()->sizeBytes();
}

bool OrganizationSession::clearCache()
{
    Cache *cache = m_account->cache();
    return cache->clear() && cache->openOrganization(m_org);
}

OrganizationSession::Status OrganizationSession::status() const
{
    Status s;
    s.conversations = m_conversations->itemRowCount();
    // The list's first load of a fresh cache is the first sync; a page a view asks for later
    // (a scroll, a short folder, a search) is not, and shows as the list's own footer row.
    s.syncing = m_sync->isRunning()
        || (!m_sync->lastSync().isValid() && m_conversations->fetchState() == PagedListModel::FetchState::Loading);
    s.rateLimited = m_poller->state() == Poller::State::RateLimited;
    s.lastSync = m_sync->lastSync();
    return s;
}

} // namespace repdesk
