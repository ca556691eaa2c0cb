#pragma once

#include "ApiError.h"
#include "ConversationQuery.h"
#include "ThreadContent.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace repdesk {

class AccountSession;
class CompanyDirectory;
class ContactDetails;
class ContactDirectory;
class ConversationFilterProxy;
class ConversationListModel;
class DashboardSession;
class FolderListModel;
class InboxSync;
class MessageDrafts;
class MessageThreadModel;
class Poller;
class ReplyController;
class ReviewSession;
class AuditLogSession;
class SalesSession;
class DirectorySession;
class SalesIndex;
struct Agent;
struct Conversation;

// Everything one open organization of an account needs, owned outside any
// window so it can be driven and tested without widgets: its models
// (conversations, folders, filter, thread), the sync and its poller, the
// reply of the open conversation and the contact names. The window only
// connects widgets to what this exposes. One exists per open organization;
// switching organizations replaces it, so nothing of the previous one (a
// late page, a pending poll) can leak into the next.
class OrganizationSession : public QObject
{
    Q_OBJECT
public:
    // The range presets of the inbox's date filter, in the order the toolbar lists them.
    enum class DatePreset { AnyTime, Today, Last7Days, Last30Days, Last90Days };
    Q_ENUM(DatePreset)

    struct Status
    {
        int conversations = 0;
        bool syncing = false;
        bool rateLimited = false;
        QDateTime lastSync;
    };

    OrganizationSession(AccountSession *account, const QString &organizationId, QObject *parent = nullptr);
    ~OrganizationSession() override;

    QString organizationId() const { return m_org; }
    AccountSession *account() const { return m_account; }

    ContactDirectory *contacts() const { return m_contacts; }
    // Company names for ids (the dashboards' drill-down, later the sales board and directory).
    CompanyDirectory *companies() const { return m_companies; }
    ConversationListModel *conversations() const { return m_conversations; }
    ConversationFilterProxy *filter() const { return m_filter; }
    FolderListModel *folders() const { return m_folders; }
    MessageThreadModel *thread() const { return m_thread; }
    InboxSync *sync() const { return m_sync; }
    Poller *poller() const { return m_poller; }
    ReplyController *reply() const { return m_reply; }
    // New outbound messages (message drafts) of this organization.
    MessageDrafts *drafts() const { return m_drafts; }
    // Every sale of the organization, looked up by conversation and contact.
    SalesIndex *sales() const { return m_sales; }
    // The contact panel's data for the open conversation.
    ContactDetails *contactDetails() const { return m_details; }
    // The manager dashboards of this organization, created on the first call
    // so that opening the inbox never pays for them.
    DashboardSession *dashboards();
    // The review queue of this organization's pending drafts, created on the
    // first call (nothing is asked until its start()).
    ReviewSession *review();
    // The audit log (Ctrl+6), created on the first call (nothing is asked until its start()).
    AuditLogSession *auditLog();
    // The sales workspace (Ctrl+3), created on the first call.
    SalesSession *salesBoard();
    // The directory of contacts, companies and agents (Ctrl+5), created on the first call.
    DirectorySession *directory();

    // Paints from the cache, with no request (the key is not there yet).
    void paintFromCache();
    // Paints from the cache at once (unless done), then fetches or syncs, and starts polling.
    void start();
    // F5: retries a failed page, polls now and reloads the open thread.
    void refresh();
    // Stops polling and drops what the models show (the key was refused):
    // a refused key must not keep showing data. The journal is untouched.
    void suspend();
    bool isSuspended() const { return m_suspended; }

    // Loads the thread and the reply of one conversation. Returns false for an empty id.
    bool openConversation(const QString &conversationId);
    QString openConversationId() const { return m_open; }
    // The open conversation's record (from the list), if it is loaded.
    std::optional<Conversation> conversation(const QString &conversationId) const;
    std::optional<Contact> contactOf(const QString &conversationId) const;

    // What the thread view shows for the open conversation: names, agents and messages.
    ThreadContent threadContent() const;
    // Placeholder values for a saved reply in the open conversation.
    QHash<QString, QString> templateValues() const;

    void setDatePreset(DatePreset preset);
    DatePreset datePreset() const { return m_datePreset; }
    // The organization's agents by name, as last stored (agentsChanged() when they change).
    QList<Agent> agents() const;
    // Server-side filters and ordering of the list, where the account's provider has
    // ConversationQueries (else ignored). An empty query is the whole list again.
    void setConversationQuery(const ConversationQuery &query);
    ConversationQuery conversationQuery() const;

    // Re-reads the poll interval and the cache bound from the settings.
    void applySettings();
    qint64 cacheSizeBytes() const;
    // Settings > Clear cache: empties this account's cache and reloads from the server.
    bool clearCache();

    Status status() const;

Q_SIGNALS:
    // The open conversation's messages, contact or agents changed: render threadContent() again.
    void threadContentChanged();
    // The open conversation's record changed (its status after a workflow action, say): what shows
    // the record again, not the whole thread (conversation()).
    void openConversationUpdated();
    void statusChanged();
    // Conversations that became unread since the last sync, or unread ones with newer activity
    // (`activityBefore`: what they had before); for notifications (NewMessageAnnouncer).
    void newUnread(const QStringList &conversationIds, const QHash<QString, QDateTime> &activityBefore);
    // The local cache had a problem and was reset; the message is for people.
    void cacheProblem(const QString &message);
    // The organization's agents were stored again (names for the thread, the audit log, ...).
    void agentsChanged();

private:
    void fetchAgents();
    void onSyncFinished(const ApiError &error);

    AccountSession *m_account;
    QString m_org;
    ContactDirectory *m_contacts;
    CompanyDirectory *m_companies;
    ConversationListModel *m_conversations;
    ConversationFilterProxy *m_filter;
    FolderListModel *m_folders;
    MessageThreadModel *m_thread;
    InboxSync *m_sync;
    Poller *m_poller;
    ReplyController *m_reply;
    MessageDrafts *m_drafts;
    SalesIndex *m_sales;
    ContactDetails *m_details;
    DashboardSession *m_dashboards = nullptr;
    ReviewSession *m_review = nullptr;
    AuditLogSession *m_auditLog = nullptr;
    SalesSession *m_salesBoard = nullptr;
    DirectorySession *m_directory = nullptr;
    QString m_open;
    DatePreset m_datePreset = DatePreset::AnyTime;
    bool m_painted = false;
    bool m_started = false;
    bool m_suspended = false;
};

} // namespace repdesk
