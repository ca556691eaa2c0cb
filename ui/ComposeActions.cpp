#include "ComposeActions.h"

#include "DraftJournal.h"
#include "MessageDrafts.h"
#include "TemplateStore.h"
#include "WebViewsLoader.h"
#include "compose/ComposeWindow.h"
#include "compose/DraftsView.h"

#include <QSet>
#include <QWidget>

namespace repdesk {

namespace {
WebViewsPlugin *plugin()
{
    WebViewsLoader loader;
    return loader.load();
}
} // namespace

ComposeActions::ComposeActions(QWidget *window, TemplateStore *templates)
    : QObject(window), m_window(window), m_templates(templates)
{
}

void ComposeActions::setSource(MessageDrafts *drafts, DraftJournal *journal)
{
    m_drafts = drafts;
    m_journal = journal;
    if (m_view)
        m_view->setSource(drafts, journal);
}

MessageDrafts *ComposeActions::drafts() const
{
    return m_drafts;
}

DraftsView *ComposeActions::draftsView() const
{
    return m_view;
}

bool ComposeActions::isAttached() const
{
    return m_drafts && !m_drafts->organizationId().isEmpty();
}

void ComposeActions::newMessage()
{
    if (!isAttached())
        return;
    auto *compose = new ComposeWindow(m_drafts, m_journal, plugin(), m_window);
    compose->setAttribute(Qt::WA_DeleteOnClose);
    compose->setTemplateSource(m_templates, QString(), QString());
    compose->show();
}

void ComposeActions::showDrafts()
{
    if (!isAttached())
        return;
    if (!m_view) {
        m_view = new DraftsView(m_drafts, m_journal, &plugin, m_window);
        m_view->setWindowFlag(Qt::Window);
        m_view->setWindowTitle(tr("Message drafts — Repdesk"));
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        m_view->setTemplateSource(m_templates, QString(), QString());
        m_view->resize(900, 600);
    } else {
        m_view->setSource(m_drafts, m_journal);
    }
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
}

int ComposeActions::restoreUnsent()
{
    if (!m_journal || !isAttached())
        return 0;
    // A switch back to an organization restores again: a message whose window is still open
    // (the user never closed it) is not opened a second time.
    QSet<QString> open;
    for (const ComposeWindow *window : m_window->findChildren<ComposeWindow *>())
        open.insert(window->journalKey());
    int restored = 0;
    for (const JournalEntry &entry : m_journal->unsaved(m_drafts->organizationId())) {
        if (!ComposeWindow::isComposeKey(entry.key) || open.contains(entry.key))
            continue;
        auto *compose = new ComposeWindow(m_drafts, m_journal, plugin(), m_window);
        compose->setAttribute(Qt::WA_DeleteOnClose);
        compose->setTemplateSource(m_templates, QString(), QString());
        compose->restore(entry);
        compose->show();
        ++restored;
    }
    return restored;
}

} // namespace repdesk
