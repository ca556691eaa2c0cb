#pragma once

#include <QMessageBox>

class QPushButton;

namespace repdesk {

struct ResponseDraft;

// Asks what to do when a reply's save meets a draft on the server it did not expect: the reply
// pane and the review queue's draft pane both ask with it. "Someone changed it" only when the
// editor had a draft to change; an editor that started with none (its load failed, or the draft
// was saved elsewhere later) says so instead. The server's text is quoted as plain text.
class DraftConflictDialog : public QMessageBox
{
    Q_OBJECT
public:
    DraftConflictDialog(const ResponseDraft &server, bool editorHadDraft, QWidget *parent = nullptr);

    // After exec(): keep the editor's text (overwrite the server's); false takes the server's.
    bool replaceWithMine() const;
    QPushButton *mineButton() const { return m_mine; }
    QPushButton *serversButton() const { return m_servers; }

    // Shows the dialog and answers replaceWithMine().
    static bool ask(const ResponseDraft &server, bool editorHadDraft, QWidget *parent);

private:
    QPushButton *m_mine;
    QPushButton *m_servers;
};

} // namespace repdesk
