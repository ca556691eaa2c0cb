#include "DashboardSession.h"

#include "AgentConversationListModel.h"
#include "AgentSaleListModel.h"
#include "AnalyticsFetcher.h"
#include "Cache.h"
#include "CallQueue.h"
#include "FigureFormatter.h"
#include "HyperRepClient.h"
#include "HyperRepProvider.h"
#include "LeaderboardModel.h"
#include "LegacyAnalytics.h"
#include "ModalityModel.h"
#include "PipelineModel.h"
#include "SaleDetailLoader.h"
#include "SalesCurrency.h"
#include "SalesIndex.h"
#include "ScopeDashboard.h"
#include "SettingsKeys.h"
#include "StageSalesModel.h"
#include "TeamLeaderboard.h"
#include "TrendModel.h"

#include <QCryptographicHash>
#include <QSettings>

namespace repdesk {

namespace {
HyperRepClient *analyticsClient(InboxProvider *provider)
{
    // Analytics are HyperRep routes; other providers have no dashboards.
    auto *hyperRep = qobject_cast<HyperRepProvider *>(provider);
    return hyperRep && hyperRep->has(InboxProvider::Analytics) ? hyperRep->client() : nullptr;
}
} // namespace

DashboardSession::DashboardSession(InboxProvider *provider, Cache *cache, SalesIndex *sales,
                                   const QString &organizationId, const QString &accountKey, QObject *parent)
    : QObject(parent),
      m_provider(provider),
      m_client(analyticsClient(provider)),
      m_cache(cache),
      m_sales(sales),
      m_org(organizationId),
      m_accountKey(accountKey.isEmpty() ? QStringLiteral("session") : accountKey),
      m_orgKey(QString::fromLatin1(
          QCryptographicHash::hash(organizationId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16))),
      m_queue(new CallQueue(kMaxInFlight, this)),
      m_fetcher(new AnalyticsFetcher(m_client, cache, organizationId, m_queue, this)),
      m_organization(new ScopeDashboard(m_fetcher, {}, this)),
      m_team(new TeamLeaderboard(m_fetcher, m_client, cache, this)),
      m_agentConversations(new AgentConversationListModel(this)),
      m_agentSales(new AgentSaleListModel(this)),
      m_stageSales(new StageSalesModel(this)),
      m_saleDetail(new SaleDetailLoader(m_client, m_queue, sales, cache, organizationId, this)),
      m_legacy(new LegacyAnalytics(m_fetcher, m_client, this)),
      m_recovery(AnalyticsFetcher::recoveryPolicy())
{
    loadRangeSetting();
    m_stageSales->setSource(sales);
    // The drill-down names owners from the agents the team's walk just stored.
    connect(m_team->model(), &LeaderboardModel::agentsStateChanged, this, [this] {
        if (m_cache && !m_stageSales->stage().isEmpty())
            m_stageSales->setAgents(m_cache->agents());
    });
    if (sales) {
        // Reading every sale is not free: once per finished walk, not per page.
        connect(sales, &SalesIndex::loadingChanged, this, [this](bool loading) {
            if (!loading)
                updateCurrency();
        });
    }
    if (provider) {
        // Queued: the failing call is still finishing, and cancelling its
        // neighbours from inside its signal would abort replies mid-emission.
        connect(provider, &InboxProvider::callFailed, this, [this](const ApiError &error) {
            if (error.kind() == ApiError::Kind::Auth)
                QMetaObject::invokeMethod(this, &DashboardSession::suspend, Qt::QueuedConnection);
        });
    }
}

DashboardSession::~DashboardSession()
{
    // Everything that holds tickets goes while the queue and the fetcher it
    // cancels them through are still there (children go in creation order).
    m_queue->cancelAll();
    delete m_agent;
    delete m_organization;
    delete m_team;
    delete m_legacy;
    delete m_saleDetail;
}

void DashboardSession::setNameSources(ContactDirectory *contacts, CompanyDirectory *companies)
{
    m_stageSales->setDirectories(contacts, companies);
}

bool DashboardSession::isAvailable() const
{
    return m_client && !m_org.isEmpty();
}

void DashboardSession::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_fetcher->setClock(std::move(clock));
}

QDateTime DashboardSession::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

AnalyticsRange DashboardSession::resolve(AnalyticsRange::Preset preset, QDate first, QDate last) const
{
    return preset == AnalyticsRange::Preset::Custom ? AnalyticsRange::custom(first, last, now(), m_zone)
                                                    : AnalyticsRange::fromPreset(preset, now(), m_zone);
}

void DashboardSession::loadRangeSetting()
{
    QSettings settings;
    const auto preset = AnalyticsRange::presetFromKey(
        settings.value(SettingsKeys::dashboardRangePreset(m_accountKey, m_orgKey)).toString());
    m_preset = preset.value_or(AnalyticsRange::Preset::Last7Days);
    m_firstDay = QDate::fromString(settings.value(SettingsKeys::dashboardRangeFirstDay(m_accountKey, m_orgKey)).toString(),
                                   Qt::ISODate);
    m_lastDay = QDate::fromString(settings.value(SettingsKeys::dashboardRangeLastDay(m_accountKey, m_orgKey)).toString(),
                                  Qt::ISODate);
    m_range = resolve(m_preset, m_firstDay, m_lastDay);
    if (!m_range.isValid()) {
        // A remembered custom range that no longer resolves: the default, not an empty page.
        m_preset = AnalyticsRange::Preset::Last7Days;
        m_range = resolve(m_preset, {}, {});
    }
}

void DashboardSession::saveRangeSetting() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::dashboardRangePreset(m_accountKey, m_orgKey), AnalyticsRange::presetKey(m_preset));
    if (m_preset == AnalyticsRange::Preset::Custom) {
        settings.setValue(SettingsKeys::dashboardRangeFirstDay(m_accountKey, m_orgKey), m_firstDay.toString(Qt::ISODate));
        settings.setValue(SettingsKeys::dashboardRangeLastDay(m_accountKey, m_orgKey), m_lastDay.toString(Qt::ISODate));
    }
}

void DashboardSession::start()
{
    if (m_started || m_suspended || !isAvailable())
        return;
    m_started = true;
    m_range = resolve(m_preset, m_firstDay, m_lastDay);
    if (m_sales)
        m_sales->refresh();
    updateCurrency();
    // The queue starts requests in order: the page's figures first, then the
    // team, then whether the legacy page exists.
    showScope(current(), true);
    if (scope() == Scope::Organization)
        m_team->load(m_range);
    m_legacy->setRange(m_range);
    m_legacy->check();
}

void DashboardSession::refresh()
{
    if (!m_started || m_suspended)
        return;
    const AnalyticsRange range = resolve(m_preset, m_firstDay, m_lastDay);
    if (!range.isValid())
        return;
    m_range = range;
    current()->refresh(range);
    if (scope() == Scope::Organization)
        m_team->refresh(range);
    else {
        m_agentConversations->reload();
        m_agentSales->reload();
    }
    if (m_legacy->availability() == LegacyAnalytics::Availability::Error)
        m_legacy->check();
    m_legacy->setRange(range);
    if (m_sales)
        m_sales->refresh();
    applyStageFilter();
    Q_EMIT rangeChanged();
}

void DashboardSession::suspend()
{
    if (m_suspended)
        return;
    m_suspended = true;
    m_fetcher->setEnabled(false);
    m_queue->cancelAll();
    m_organization->load({});
    if (m_agent)
        m_agent->load({});
    m_team->load({});
    m_team->model()->setAgents({});
    m_legacy->cancel();
    m_saleDetail->close();
    m_stageSales->setFilter({}, {}, {});
    m_agentConversations->setSource(nullptr, nullptr, m_org, {});
    m_agentSales->setSource(nullptr, m_org, {});
    Q_EMIT suspended();
}

bool DashboardSession::setPreset(AnalyticsRange::Preset preset)
{
    if (preset == AnalyticsRange::Preset::Custom)
        return setCustomRange(m_range.firstDay(), m_range.lastDay());
    const AnalyticsRange range = resolve(preset, {}, {});
    if (!applyRange(range))
        return false;
    m_preset = preset;
    saveRangeSetting();
    return true;
}

bool DashboardSession::setCustomRange(QDate firstDay, QDate lastDay)
{
    if (!applyRange(resolve(AnalyticsRange::Preset::Custom, firstDay, lastDay)))
        return false;
    m_preset = AnalyticsRange::Preset::Custom;
    m_firstDay = firstDay;
    m_lastDay = lastDay;
    saveRangeSetting();
    return true;
}

bool DashboardSession::applyRange(const AnalyticsRange &range)
{
    if (!range.isValid()) {
        // Refused before any request: the page keeps the range it shows.
        m_rangeError = range.errorText();
        Q_EMIT rangeRefused(m_rangeError);
        return false;
    }
    m_rangeError.clear();
    m_range = range;
    if (m_started && !m_suspended) {
        showScope(current(), true);
        if (scope() == Scope::Organization)
            m_team->load(range);
        m_legacy->setRange(range);
    }
    Q_EMIT rangeChanged();
    return true;
}

QString DashboardSession::rangeNotice() const
{
    if (!m_range.isClamped())
        return {};
    const QString until = QLocale().toString(m_range.end().toTimeZone(m_zone).time(), QLocale::ShortFormat);
    if (m_range.preset() == AnalyticsRange::Preset::Custom)
        return tr("The range ends in the future: figures run up to now (%1).").arg(until);
    return tr("Figures up to now (%1).").arg(until);
}

QString DashboardSession::agentId() const
{
    return scope() == Scope::Agent ? m_agent->agentId() : QString();
}

QString DashboardSession::agentName() const
{
    const QString id = agentId();
    if (id.isEmpty())
        return {};
    const int row = m_team->model()->rowOf(id);
    if (row >= 0)
        return m_team->model()->data(m_team->model()->index(row, LeaderboardModel::AgentColumn), Qt::DisplayRole).toString();
    const Agent agent = m_cache ? m_cache->agents().value(id) : Agent();
    const QString name = agent.name.trimmed().isEmpty() ? agent.email : agent.name.trimmed();
    return name.isEmpty() ? tr("Unknown agent") : name;
}

void DashboardSession::setRecoveryPolicy(const RetryPolicy &policy)
{
    m_recovery = policy;
    m_organization->setRecoveryPolicy(policy);
    m_team->setRecoveryPolicy(policy);
    m_legacy->setRecoveryPolicy(policy);
    if (m_agent)
        m_agent->setRecoveryPolicy(policy);
}

int DashboardSession::recoveringCount() const
{
    return m_organization->recoveringCount() + m_team->recoveringCount() + m_legacy->recoveringCount()
        + (m_agent ? m_agent->recoveringCount() : 0);
}

void DashboardSession::openAgent(const QString &agentId)
{
    if (agentId.isEmpty() || m_suspended || !isAvailable())
        return;
    const bool same = m_agent && m_agent->agentId() == agentId;
    if (!same) {
        delete m_agent;
        m_agent = new ScopeDashboard(m_fetcher, agentId, this);
        m_agent->setCurrency(m_currency);
        m_agent->setRecoveryPolicy(m_recovery);
        connect(m_agent->pipeline(), &PipelineModel::stateChanged, this, &DashboardSession::shareAgentSales);
        m_agentConversations->setSource(m_client, m_cache, m_org, agentId);
        m_agentSales->setSource(m_client, m_org, agentId);
        if (m_started) {
            m_agentConversations->fetchMore({});
            m_agentSales->fetchMore({});
        }
    }
    m_scope = Scope::Agent;
    showScope(m_agent, !same);
    Q_EMIT scopeChanged(Scope::Agent);
}

void DashboardSession::backToOrganization()
{
    if (m_scope == Scope::Organization)
        return;
    m_scope = Scope::Organization;
    const bool stale = m_team->range().key() != m_range.key() || !m_team->range().isValid();
    showScope(m_organization, false);
    if (stale && m_started)
        m_team->load(m_range);
    Q_EMIT scopeChanged(Scope::Organization);
}

void DashboardSession::showScope(ScopeDashboard *scope, bool fresh)
{
    // A scope keeps its figures while the user is elsewhere; it is only
    // asked again when the range changed meanwhile (or on a fresh open).
    if (m_started && !m_suspended && (fresh || scope->range().key() != m_range.key() || !scope->range().isValid()))
        scope->load(m_range);
    applyStageFilter();
}

ScopeDashboard *DashboardSession::current() const
{
    return scope() == Scope::Agent ? m_agent : m_organization;
}

KpiTileModel *DashboardSession::tiles() const
{
    return current()->tiles();
}

TrendModel *DashboardSession::trends() const
{
    return current()->trends();
}

PipelineModel *DashboardSession::pipeline() const
{
    return current()->pipeline();
}

ModalityModel *DashboardSession::modality() const
{
    return m_organization->modality();
}

LeaderboardModel *DashboardSession::leaderboard() const
{
    return m_team->model();
}

void DashboardSession::openStage(const QString &stage)
{
    current()->setSelectedStage(stage);
    applyStageFilter();
}

void DashboardSession::applyStageFilter()
{
    ScopeDashboard *scope = current();
    if (m_cache)
        m_stageSales->setAgents(m_cache->agents());
    m_stageSales->setFilter(scope->selectedStage(), scope->agentId(), scope->range().dateRange(), scope->pipeline());
}

void DashboardSession::shareAgentSales()
{
    // The agent's tiles and their leaderboard row are two answers about the same sales; whichever
    // came last is the truth for both, so the page never shows two values for one range.
    const FigureState &state = m_agent->pipeline()->state();
    if (state.value != FigureState::Loaded || state.fromDisk || state.refreshing
        || m_agent->range().key() != m_team->range().key())
        return;
    m_team->model()->takeSales(m_agent->agentId(), m_agent->pipeline()->pipeline(), state.fetchedAt);
}

bool DashboardSession::openSale(const QString &saleId)
{
    return !m_suspended && m_saleDetail->open(saleId);
}

void DashboardSession::updateCurrency()
{
    const QString currency = m_sales ? SalesCurrency::common(m_sales->allSales()) : QString();
    if (currency == m_currency)
        return;
    m_currency = currency;
    m_organization->setCurrency(currency);
    if (m_agent)
        m_agent->setCurrency(currency);
    m_team->model()->setCurrency(currency);
    Q_EMIT currencyChanged(currency);
}

QString DashboardSession::currencyNote() const
{
    return m_currency.isEmpty() ? PipelineModel::mixedCurrencyNote() : QString();
}

} // namespace repdesk
