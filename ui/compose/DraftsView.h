#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QListView;
class QModelIndex;
class QSplitter;

namespace repdesk {

class ComposeWindow;
class DraftJournal;
class DraftPreview;
class EmptyStateWidget;
class ErrorBanner;
class FolderGroupingProxy;
class InboxProvider;
class MessageDraftListModel;
class TemplateStore;
class WebViewsPlugin;
struct MessageDraft;

// The "Drafts" page: new outbound messages of the organization, grouped by
// folder, loaded page by page as the list scrolls, with a preview. New
// (Ctrl+N), Edit (Enter or double-click), Delete (Del, confirmed) and
// Refresh (F5) act on it; the keys work while focus is inside the page.
class DraftsView : public QWidget
{
    Q_OBJECT
public:
    // Asked when a compose window opens, so the WebEngine plugin loads only when needed; may return null.
    using PluginGetter = std::function<WebViewsPlugin *()>;

    DraftsView(InboxProvider *provider, DraftJournal *journal, PluginGetter plugin, QWidget *parent = nullptr);
    ~DraftsView() override;

    // Clears the list and loads the drafts of that organization.
    void setOrganization(const QString &organizationId);
    QString organizationId() const { return m_org; }
    void setTemplateSource(TemplateStore *store, const QString &agentName, const QString &companyName);

    MessageDraftListModel *model() const { return m_model; }
    FolderGroupingProxy *groupedModel() const { return m_grouped; }
    QListView *listView() const { return m_list; }
    DraftPreview *preview() const { return m_preview; }
    ErrorBanner *banner() const { return m_banner; }
    // The draft of the current row, or null (headers, footer, nothing selected).
    const MessageDraft *currentDraft() const;

public Q_SLOTS:
    // Opens an empty compose window; returns it so callers can prefill.
    ComposeWindow *newMessage();
    void editCurrent();
    // Asks first.
    void deleteCurrent();
    void refresh();

Q_SIGNALS:
    void composeWindowOpened(repdesk::ComposeWindow *window);

protected:
    // The page's keys are claimed through ShortcutOverride, so they win over the
    // main window's actions with the same keys (F5) while focus is in the page.
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    ComposeWindow *openCompose(const MessageDraft *draft);
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    void onActivated(const QModelIndex &index);
    void deleteDraft(const QString &draftId);
    void updateActions();
    void updateEmptyState();

    InboxProvider *m_provider;
    QPointer<DraftJournal> m_journal;
    PluginGetter m_plugin;
    QString m_org;
    QString m_reselect; // the draft to select again once a reload's first page is in
    QPointer<TemplateStore> m_templates;
    QString m_agentName;
    QString m_companyName;
    MessageDraftListModel *m_model;
    FolderGroupingProxy *m_grouped;
    ErrorBanner *m_banner;
    QListView *m_list;
    DraftPreview *m_preview;
    EmptyStateWidget *m_empty;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_refresh;
};

} // namespace repdesk
