#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace repdesk {

class DraftJournal;
class DraftsView;
class MessageDrafts;
class TemplateStore;

// New outbound messages and the message-drafts window, opened from the main
// window's menus. Kept apart from MainWindow, which is about the inbox.
// Everything it opens works through the MessageDrafts it is given, never
// through the provider.
class ComposeActions : public QObject
{
    Q_OBJECT
public:
    ComposeActions(QWidget *window, TemplateStore *templates);

    // The drafts session of the open organization and the journal compose windows stage into.
    // Null drafts detaches: the actions then do nothing and an open drafts window says so.
    // An open drafts window follows the new source; open compose windows keep theirs.
    void setSource(MessageDrafts *drafts, DraftJournal *journal);
    MessageDrafts *drafts() const;
    // The drafts window, while it is open.
    DraftsView *draftsView() const;

    void newMessage();
    void showDrafts();
    // Compose windows restored from the journal after a crash; returns how many.
    int restoreUnsent();

private:
    bool isAttached() const;

    QWidget *m_window;
    QPointer<MessageDrafts> m_drafts;
    QPointer<DraftJournal> m_journal;
    QPointer<TemplateStore> m_templates;
    QPointer<DraftsView> m_view;
};

} // namespace repdesk
