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
class MessageDraftListModel;
class MessageDrafts;
class TemplateStore;
class WebViewsPlugin;
struct MessageDraft;

// The "Drafts" page: new outbound messages of the organization, grouped by
// folder, loaded page by page as the list scrolls, with a preview. New
// (Ctrl+N), Edit (Enter or double-click), Delete (Del, confirmed) and
// Refresh (F5) act on it; the keys work while focus is inside the page.
//
// It shows MessageDrafts::model() and makes no request itself: loading,
// saving and deleting go through MessageDrafts. When the owner switches
// organizations the model resets and the page follows (loads the new one);
// without a MessageDrafts (detached, or it was destroyed) the page is empty,
// says so, and its actions are off. Compose windows it opened stay open.
class DraftsView : public QWidget
{
    Q_OBJECT
public:
    // Asked when a compose window opens, so the WebEngine plugin loads only when needed; may return null.
    using PluginGetter = std::function<WebViewsPlugin *()>;

    // drafts may be null (detached). Loads the first page, or reloads a model that was loaded before.
    DraftsView(MessageDrafts *drafts, DraftJournal *journal, PluginGetter plugin, QWidget *parent = nullptr);
    ~DraftsView() override;

    // Follows another MessageDrafts (loading as the constructor does); null detaches.
    void setSource(MessageDrafts *drafts, DraftJournal *journal);
    bool isDetached() const { return m_drafts.isNull(); }
    // The organization shown; empty when detached or none is open.
    QString organizationId() const { return m_org; }
    void setTemplateSource(TemplateStore *store, const QString &agentName, const QString &companyName);

    // Null when detached.
    MessageDraftListModel *model() const;
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
    // Asks first, then MessageDrafts::deleteDraft(); a failure shows in the banner.
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
    void attach(MessageDrafts *drafts);
    void detach();
    void showOrganizationState();
    void load();
    void onModelReset();
    void onPageLoaded();
    void updateActions();
    void updateEmptyState();

    QPointer<MessageDrafts> m_drafts;
    QPointer<MessageDraftListModel> m_model; // m_drafts' model, kept to disconnect it when m_drafts dies
    QPointer<DraftJournal> m_journal;
    PluginGetter m_plugin;
    QString m_org;
    QString m_reselect; // the draft to select again once a reload's first page is in
    QPointer<TemplateStore> m_templates;
    QString m_agentName;
    QString m_companyName;
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
