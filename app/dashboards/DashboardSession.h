#pragma once

#include "AnalyticsRange.h"
#include "HyperRepClient.h"
#include "RetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>

namespace repdesk {

class AgentConversationListModel;
class AgentSaleListModel;
class AnalyticsFetcher;
class Cache;
class CallQueue;
class CompanyDirectory;
class ContactDirectory;
class InboxProvider;
class KpiTileModel;
class LeaderboardModel;
class LegacyAnalytics;
class ModalityModel;
class PipelineModel;
class SaleDetailLoader;
class SalesIndex;
class ScopeDashboard;
class StageSalesModel;
class TeamLeaderboard;
class TrendModel;

// The manager dashboards of one open organization, owned outside any window
// (OrganizationSession creates it on first use, so startup never pays for
// it). It keeps its own state while the user is in the inbox: the range
// (remembered per organization in the settings), the scope (the organization
// or one agent, each with its figures), the opened pipeline stage and sale,
// and the legacy page's selection.
//
// Every figure request goes through one CallQueue (at most 4 in flight) and
// AnalyticsFetcher (both dates always, never in the future, closed ranges
// from the cache). Widgets only connect to the models exposed here.
class DashboardSession : public QObject
{
    Q_OBJECT
public:
    enum class Scope { Organization, Agent };
    Q_ENUM(Scope)
    static constexpr int kMaxInFlight = 4;

    // `accountKey` names the account in the settings (its storage id). The
    // dashboards need HyperRep's analytics routes: with another provider,
    // isAvailable() is false and nothing is ever asked.
    DashboardSession(InboxProvider *provider, Cache *cache, SalesIndex *sales, const QString &organizationId,
                     const QString &accountKey, QObject *parent = nullptr);
    ~DashboardSession() override;

    bool isAvailable() const;
    QString organizationId() const { return m_org; }
    // The organization's name sources (OrganizationSession's): the drill-down names companies and
    // contacts through them, asking only for the rows it lists.
    void setNameSources(ContactDirectory *contacts, CompanyDirectory *companies);

    // For tests: the clock and the local time zone the ranges are resolved in.
    void setClock(std::function<QDateTime()> clock);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QDateTime now() const;

    // The first time the dashboards are shown: paints what the cache kept, asks for the rest.
    void start();
    bool isStarted() const { return m_started; }
    // F5: the range is resolved again (now moved) and every figure of what is shown is asked again.
    void refresh();
    // The key was refused: every request stops and the figures go.
    void suspend();
    bool isSuspended() const { return m_suspended; }

    // The range. A refused range (start after end, starting in the future)
    // sends nothing, keeps the previous range, and rangeError() says why.
    const AnalyticsRange &range() const { return m_range; }
    bool setPreset(AnalyticsRange::Preset preset);
    bool setCustomRange(QDate firstDay, QDate lastDay);
    QString rangeError() const { return m_rangeError; }
    // The range reached past now and ends now instead; rangeNotice() is the page's sentence.
    bool isRangeClamped() const { return m_range.isClamped(); }
    QString rangeNotice() const;

    Scope scope() const { return m_agent && m_scope == Scope::Agent ? Scope::Agent : Scope::Organization; }
    QString agentId() const;
    // The open agent's name (the team's list, else the cache), "Unknown agent" when neither knows
    // them; empty in the organization's scope.
    QString agentName() const;
    // Opens one agent: the same tiles (those the agent routes have), trends and
    // pipeline for the agent, and their conversations and sales.
    void openAgent(const QString &agentId);
    // Back to the organization's figures as they were left.
    void backToOrganization();

    ScopeDashboard *organization() const { return m_organization; }
    ScopeDashboard *agentScope() const { return m_agent; }
    ScopeDashboard *current() const;
    KpiTileModel *tiles() const;
    TrendModel *trends() const;
    PipelineModel *pipeline() const;
    // The organization's (an agent has none).
    ModalityModel *modality() const;

    TeamLeaderboard *team() const { return m_team; }
    LeaderboardModel *leaderboard() const;
    AgentConversationListModel *agentConversations() const { return m_agentConversations; }
    AgentSaleListModel *agentSales() const { return m_agentSales; }

    // Drill-down: the sales that make up `stage`'s figure in the current scope and range
    // (StageSalesModel::agreement() says whether the sales on this computer rebuild it).
    void openStage(const QString &stage);
    StageSalesModel *stageSales() const { return m_stageSales; }
    SaleDetailLoader *saleDetail() const { return m_saleDetail; }
    bool openSale(const QString &saleId);

    LegacyAnalytics *legacy() const { return m_legacy; }

    // The ISO code every sale of the organization shares, else empty; currencyNote() says so.
    QString currency() const { return m_currency; }
    QString currencyNote() const;

    CallQueue *queue() const { return m_queue; }
    AnalyticsFetcher *fetcher() const { return m_fetcher; }
    // How every figure of these dashboards is asked again by itself after a failure the server
    // may get over (AnalyticsFetcher::recoveryPolicy() unless set; tests set their own).
    void setRecoveryPolicy(const RetryPolicy &policy);
    // Figures (organization, open agent, leaderboard, legacy page) waiting to be asked again.
    int recoveringCount() const;

Q_SIGNALS:
    void rangeChanged();
    // A range was refused; nothing was asked.
    void rangeRefused(const QString &why);
    void scopeChanged(repdesk::DashboardSession::Scope scope);
    void currencyChanged(const QString &isoCode);
    void suspended();

private:
    bool applyRange(const AnalyticsRange &range);
    AnalyticsRange resolve(AnalyticsRange::Preset preset, QDate first, QDate last) const;
    void loadRangeSetting();
    void saveRangeSetting() const;
    void updateCurrency();
    void applyStageFilter();
    void showScope(ScopeDashboard *scope, bool fresh);
    void shareAgentSales();

    QPointer<InboxProvider> m_provider;
    QPointer<HyperRepClient> m_client;
    QPointer<Cache> m_cache;
    QPointer<SalesIndex> m_sales;
    QString m_org;
    QString m_accountKey;
    QString m_orgKey;
    CallQueue *m_queue;
    AnalyticsFetcher *m_fetcher;
    ScopeDashboard *m_organization;
    ScopeDashboard *m_agent = nullptr;
    TeamLeaderboard *m_team;
    AgentConversationListModel *m_agentConversations;
    AgentSaleListModel *m_agentSales;
    StageSalesModel *m_stageSales;
    SaleDetailLoader *m_saleDetail;
    LegacyAnalytics *m_legacy;
    std::function<QDateTime()> m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    AnalyticsRange::Preset m_preset = AnalyticsRange::Preset::Last7Days;
    QDate m_firstDay;
    QDate m_lastDay;
    AnalyticsRange m_range;
    QString m_rangeError;
    Scope m_scope = Scope::Organization;
    QString m_currency;
    RetryPolicy m_recovery;
    bool m_started = false;
    bool m_suspended = false;
};

} // namespace repdesk
