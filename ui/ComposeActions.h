#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace repdesk {

class DraftJournal;
class DraftsView;
class InboxProvider;
class TemplateStore;

// New outbound messages and the message-drafts window, opened from the main
// window's menus. Kept apart from MainWindow, which is about the inbox.
class ComposeActions : public QObject
{
    Q_OBJECT
public:
    ComposeActions(QWidget *window, InboxProvider *provider, DraftJournal *journal, TemplateStore *templates);

    void setOrganization(const QString &organizationId);
    void newMessage();
    void showDrafts();
    // Compose windows restored from the journal after a crash; returns how many.
    int restoreUnsent();

private:
    QWidget *m_window;
    InboxProvider *m_provider;
    DraftJournal *m_journal;
    TemplateStore *m_templates;
    QString m_org;
    QPointer<DraftsView> m_drafts;
};

} // namespace repdesk
