#pragma once

#include <QString>

namespace repdesk {

// Every QSettings key in one place. None of them may ever hold a secret.
class SettingsKeys
{
public:
    static QString lastOrganization(const QString &accountKey) { return QStringLiteral("accounts/%1/lastOrganization").arg(accountKey); }
    // Written once so the settings file exists and can be made private before anything else goes in.
    static QString settingsVersion() { return QStringLiteral("settings/version"); }
    static QString windowGeometry() { return QStringLiteral("window/geometry"); }
    static QString windowState() { return QStringLiteral("window/state"); }
    static QString splitterState() { return QStringLiteral("window/splitter"); }
    static QString pollIntervalSeconds() { return QStringLiteral("sync/pollIntervalSeconds"); }
    static QString cacheLimitMegabytes() { return QStringLiteral("cache/limitMegabytes"); }
    static QString undoSendSeconds() { return QStringLiteral("compose/undoSendSeconds"); }
    static QString notificationsEnabled() { return QStringLiteral("notifications/enabled"); }
    // The folder of the last chart or table export (ui/common/ExportFileDialog).
    static QString exportLastFolder() { return QStringLiteral("export/lastFolder"); }

    // AccountRegistry: the signed-in accounts in menu order, each under its random id, and the
    // current one. Server, label and storage id only: the key lives in the keychain.
    static QString registryAccountIds() { return QStringLiteral("accountRegistry/ids"); }
    static QString registryCurrentId() { return QStringLiteral("accountRegistry/current"); }
    static QString registryAccount(const QString &id) { return QStringLiteral("accountRegistry/entries/%1").arg(id); }
    static QString registryProvider(const QString &id) { return registryAccount(id) + QStringLiteral("/provider"); }
    static QString registryServer(const QString &id) { return registryAccount(id) + QStringLiteral("/server"); }
    static QString registryLabel(const QString &id) { return registryAccount(id) + QStringLiteral("/label"); }
    static QString registryStorageId(const QString &id) { return registryAccount(id) + QStringLiteral("/storageId"); }

    // DashboardSession: the dashboards' range, remembered per account and organization.
    // `organizationKey` is a hash of the organization id, so ids never sit in the file in clear.
    static QString dashboardRange(const QString &accountKey, const QString &organizationKey)
    {
        return QStringLiteral("dashboards/%1/%2/range").arg(accountKey, organizationKey);
    }
    static QString dashboardRangePreset(const QString &accountKey, const QString &organizationKey)
    {
        return dashboardRange(accountKey, organizationKey) + QStringLiteral("/preset");
    }
    static QString dashboardRangeFirstDay(const QString &accountKey, const QString &organizationKey)
    {
        return dashboardRange(accountKey, organizationKey) + QStringLiteral("/firstDay");
    }
    static QString dashboardRangeLastDay(const QString &accountKey, const QString &organizationKey)
    {
        return dashboardRange(accountKey, organizationKey) + QStringLiteral("/lastDay");
    }

    // ReviewSession: the review queue looks at conversations active in the last N days.
    static QString reviewWindowDays() { return QStringLiteral("review/windowDays"); }
    // A language code ("de", "fr", …) that overrides the system locale; empty or absent: follow the system.
    static QString language() { return QStringLiteral("ui/language"); }
    // "light" or "dark" sets the palette (ui/settings/AppearanceChoice); empty or absent: the system's.
    static QString appearance() { return QStringLiteral("ui/appearance"); }
    // ReviewFigures: drafts this computer sent from the review queue, unchanged and edited, per
    // account and organization (a hash of the organization id, as for the dashboards' range).
    static QString reviewSentUnchanged(const QString &accountKey, const QString &organizationKey)
    {
        return QStringLiteral("review/%1/%2/sentUnchanged").arg(accountKey, organizationKey);
    }
    static QString reviewSentEdited(const QString &accountKey, const QString &organizationKey)
    {
        return QStringLiteral("review/%1/%2/sentEdited").arg(accountKey, organizationKey);
    }
    // AgentDrafts: the agent last chosen as a draft's author, per account (no route says whose key it is).
    static QString agentDraftAuthor(const QString &accountKey)
    {
        return QStringLiteral("agentDrafts/%1/author").arg(accountKey);
    }

    static constexpr int defaultPollIntervalSeconds = 60;
    static constexpr int defaultCacheLimitMegabytes = 200;
    static constexpr int defaultUndoSendSeconds = 5;
    static constexpr int defaultReviewWindowDays = 14;
};

} // namespace repdesk
