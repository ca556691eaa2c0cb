#include "ComposeActions.h"

#include "DraftJournal.h"
#include "WebViewsLoader.h"
#include "compose/ComposeWindow.h"
#include "compose/DraftsView.h"

#include <QWidget>

namespace repdesk {

namespace {
WebViewsPlugin *plugin()
{
    WebViewsLoader loader;
    return loader.load();
}
} // namespace

ComposeActions::ComposeActions(QWidget *window, InboxProvider *provider, DraftJournal *journal,
                               TemplateStore *templates)
    : QObject(window), m_window(window), m_provider(provider), m_journal(journal), m_templates(templates)
{
}

void ComposeActions::setOrganization(const QString &organizationId)
{
    m_org = organizationId;
    if (m_drafts)
        m_drafts->setOrganization(organizationId);
}

void ComposeActions::newMessage()
{
    if (m_org.isEmpty())
        return;
    auto *compose = new ComposeWindow(m_provider, m_org, m_journal, plugin(), m_window);
    compose->setAttribute(Qt::WA_DeleteOnClose);
    compose->setTemplateSource(m_templates, QString(), QString());
    compose->show();
}

void ComposeActions::showDrafts()
{
    if (!m_drafts) {
        m_drafts = new DraftsView(m_provider, m_journal, &plugin, m_window);
        m_drafts->setWindowFlag(Qt::Window);
        m_drafts->setWindowTitle(tr("Message drafts — Repdesk"));
        m_drafts->setAttribute(Qt::WA_DeleteOnClose);
        m_drafts->setTemplateSource(m_templates, QString(), QString());
        m_drafts->resize(900, 600);
        m_drafts->setOrganization(m_org);
    }
    m_drafts->show();
    m_drafts->raise();
    m_drafts->activateWindow();
}

int ComposeActions::restoreUnsent()
{
    if (!m_journal || m_org.isEmpty())
        return 0;
    int restored = 0;
    for (const JournalEntry &entry : m_journal->unsaved(m_org)) {
        if (!ComposeWindow::isComposeKey(entry.key))
            continue;
        auto *compose = new ComposeWindow(m_provider, m_org, m_journal, plugin(), m_window);
        compose->setAttribute(Qt::WA_DeleteOnClose);
        compose->setTemplateSource(m_templates, QString(), QString());
        compose->restore(entry);
        compose->show();
        ++restored;
    }
    return restored;
}

} // namespace repdesk
