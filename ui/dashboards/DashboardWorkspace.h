#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QMenu;

namespace repdesk {

class DashboardPages;
class DashboardSession;
class OrganizationSession;

// The manager dashboards workspace (Ctrl+2): range bar, the organization's
// KPI tiles, trends, modality and pipeline charts and the team leaderboard;
// an agent's dashboard; a pipeline stage's sales and a sale; the legacy
// analytics page. It draws what the organization's DashboardSession (app/)
// holds, created on the first showing so startup never pays for it; the
// session keeps range, scope and selection while the user is elsewhere.
class DashboardWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardWorkspace(QWidget *parent = nullptr);
    ~DashboardWorkspace() override;

    // The open organization (null: nothing open, an empty state is shown).
    // Its dashboards are started only while this workspace is visible.
    void setOrganization(OrganizationSession *organization);
    DashboardSession *session() const;

    // F5: the range is resolved again and what is shown is asked again.
    void refresh();
    // File > Export: the charts and tables of the page on screen, as actions.
    void fillExportMenu(QMenu *menu);
    // Where the keyboard starts when the workspace is shown.
    void focusDefault();

    // The pages and their navigation (for tests).
    DashboardPages *pages() const;
    // For tests: where File > Export writes, instead of asking (format: ExportFileDialog::Format).
    void setExportPathChooser(std::function<QString(const QString &title, int format)> chooser);

Q_SIGNALS:
    // Enter on a conversation of an agent's list: open it in the inbox.
    void openConversationRequested(const QString &conversationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    class Pages;
    Pages *m_pages = nullptr;
    QPointer<OrganizationSession> m_organization;
    std::function<QString(const QString &, int)> m_exportPath;
};

} // namespace repdesk
