#include "AccountSession.h"

#include "Cache.h"
#include "DraftJournal.h"
#include "InboxProvider.h"
#include "KeyVerifier.h"
#include "OrganizationSession.h"
#include "Outbox.h"
#include "ReplySends.h"
#include "RetryLater.h"
#include "SettingsKeys.h"

#include <QSettings>

#include <limits>

namespace repdesk {

namespace {
constexpr qint64 kFirstOrganizationRetryMs = 2000;
} // namespace

AccountSession::AccountSession(InboxProvider *provider, Identity identity, const QString &dataDirectory,
                               QObject *parent)
    : QObject(parent),
      m_provider(provider),
      m_identity(std::move(identity)),
      m_cache(new Cache(dataDirectory, m_identity.storageId, this)),
      m_journal(new DraftJournal(dataDirectory, m_identity.storageId, this)),
      m_outbox(new Outbox(dataDirectory, m_identity.storageId, this)),
      m_sends(new ReplySends(m_journal, m_outbox, this)),
      m_organizationRetry(new RetryLater(RetryPolicy(), this))
{
    m_outbox->setProvider(provider);
    connect(provider, &InboxProvider::callFailed, this, &AccountSession::onCallFailed);
    connect(provider, &InboxProvider::callSucceeded, this, &AccountSession::onCallSucceeded);
    connect(provider, &InboxProvider::rateLimitWaitChanged, this, &AccountSession::rateLimitWaitChanged);
}

bool AccountSession::has(Capability capability) const
{
    return m_provider && m_provider->has(capability);
}

QString AccountSession::providerName() const
{
    return m_provider ? m_provider->displayName() : QString();
}

AccountSession::~AccountSession()
{
    // Nothing new may leave while the sessions go (a queued POST among them).
    m_provider->shutdown();
    // The organization session flushes its reply into the journal; it must go first.
    delete m_current;
    m_journal->flush();
}

void AccountSession::start(const QString &preferredOrganization, bool live)
{
    m_preferred = preferredOrganization;
    m_live = live;
    const QList<Organization> cached = m_cache->organizations();
    if (!cached.isEmpty())
        setOrganizations(cached, false);
    if (live)
        refreshOrganizations();
}

void AccountSession::goLive()
{
    if (m_live)
        return;
    m_live = true;
    if (m_current)
        m_current->start();
    refreshOrganizations();
}

void AccountSession::refreshOrganizations()
{
    auto *call = m_provider->listOrganizations();
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded()) {
            if (m_organizations.isEmpty() && call->error().kind() != ApiError::Kind::Cancelled) {
                Q_EMIT organizationsFailed(call->error());
                retryOrganizationsLater(call->error());
            }
            return;
        }
        m_organizationRetry->succeeded(QStringLiteral("organizations"));
        m_cache->saveOrganizations(call->result().items);
        setOrganizations(call->result().items, true);
    });
}

void AccountSession::retryOrganizationsLater(const ApiError &error)
{
    // With no organization there is no poll to bring the account back once the server answers
    // again, and the window has nothing to show: ask by itself, soon (2 s), doubling per failure
    // up to the poll interval (RetryLater's table). A refused key is not cured by asking again.
    if (error.kind() == ApiError::Kind::Auth)
        return;
    const qint64 interval = qMax(1, QSettings().value(SettingsKeys::pollIntervalSeconds(),
                                                      SettingsKeys::defaultPollIntervalSeconds).toInt()) * 1000LL;
    const int longest = int(qMin<qint64>(interval, std::numeric_limits<int>::max()));
    m_organizationRetry->setPolicy(RetryLater::backoff(int(qMin<qint64>(kFirstOrganizationRetryMs, interval)), longest));
    m_organizationRetry->schedule(QStringLiteral("organizations"), -1, [this] {
        if (m_organizations.isEmpty() && m_live && !m_refused)
            refreshOrganizations();
    });
}

void AccountSession::setOrganizations(const QList<Organization> &organizations, bool fromServer)
{
    m_organizations = organizations;
    m_organizationsLoaded = m_organizationsLoaded || fromServer;
    Q_EMIT organizationsChanged();
    if (organizations.isEmpty()) {
        // The server says this key sees nothing (any more): close what the cache had open.
        if (fromServer)
            closeOrganization();
        return;
    }
    const auto has = [&organizations](const QString &id) {
        return std::any_of(organizations.cbegin(), organizations.cend(),
                           [&id](const Organization &o) { return o.organizationId == id; });
    };
    const QString current = m_current ? m_current->organizationId() : QString();
    const QString remembered =
        QSettings().value(SettingsKeys::lastOrganization(m_identity.storageId)).toString();
    QString pick;
    for (const QString &candidate : {current, m_preferred, remembered}) {
        if (!candidate.isEmpty() && has(candidate)) {
            pick = candidate;
            break;
        }
    }
    if (pick.isEmpty())
        pick = organizations.first().organizationId;
    if (pick != current)
        openOrganization(pick);
}

OrganizationSession *AccountSession::organization() const
{
    return m_current;
}

QString AccountSession::organizationName(const QString &organizationId) const
{
    for (const Organization &o : m_organizations)
        if (o.organizationId == organizationId)
            return o.name;
    return {};
}

void AccountSession::openOrganization(const QString &organizationId)
{
    if (organizationId.isEmpty() || (m_current && m_current->organizationId() == organizationId))
        return;
    QSettings().setValue(SettingsKeys::lastOrganization(m_identity.storageId), organizationId);
    closeOrganization();
    m_current = new OrganizationSession(this, organizationId, this);
    Q_EMIT organizationChanged(m_current);
    if (m_refused)
        m_current->suspend();
    else if (m_live)
        m_current->start();
    else
        m_current->paintFromCache(); // the key is still on its way from the keychain
}

void AccountSession::closeOrganization()
{
    // The old session goes first: views let go of its models, its reply
    // reaches the journal and its calls are abandoned before the cache
    // switches to another organization.
    if (!m_current)
        return;
    OrganizationSession *old = m_current;
    m_current = nullptr;
    Q_EMIT organizationChanged(nullptr);
    delete old;
}

void AccountSession::onCallFailed(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Auth:
        // Only the documented key refusals end the session: a 403 about one
        // resource must not empty the whole inbox.
        if (m_refused || KeyVerifier::reasonForDetail(error.detail()) == KeyVerifier::Reason::Other)
            return;
        m_refused = true;
        // The documented 403 details, in the same plain words as the sign-in dialog.
        m_refusal = KeyVerifier::messageFor(KeyVerifier::reasonForDetail(error.detail()), error.detail());
        if (m_current)
            m_current->suspend();
        Q_EMIT refused(m_refusal);
        return;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        if (m_online) {
            m_online = false;
            Q_EMIT onlineChanged(false);
        }
        return;
    default:
        return;
    }
}

void AccountSession::onCallSucceeded()
{
    if (m_outbox->count() > 0 && !m_outbox->isFlushing())
        m_outbox->flush();
    if (!m_online) {
        m_online = true;
        Q_EMIT onlineChanged(true);
    }
}

} // namespace repdesk
