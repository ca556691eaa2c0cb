#pragma once

#include "ReviewAction.h"

#include <QFrame>
#include <QHash>

#include <functional>

class QLabel;
class QPushButton;

namespace repdesk {

// The bar under the review workspace while approves or discards wait out
// their undo delay: "Sending the reply to Ana in 3 seconds…" and Undo. It
// looks like the inbox's undo-send bar (ReplyPane), but lives at the bottom of
// the workspace rather than in a pane, because the draft it is about has
// already made way for the next one. It shows the newest action still
// undoable (the one ReviewSession::undo() takes back) and how many more wait.
// It never takes the focus: the reviewer keeps working through the queue,
// and Undo is a key away (Ctrl+Z, U, Alt+U).
class ReviewUndoBar : public QFrame
{
    Q_OBJECT
public:
    explicit ReviewUndoBar(QWidget *parent = nullptr);

    // Names the contact of a conversation in the text.
    void setNames(std::function<QString(const QString &conversationId)> nameOf);
    // ReviewSession::undoCountdown: 0 seconds left means the action left its window.
    void countdown(const QString &conversationId, ReviewAction::Kind kind, int secondsLeft);
    void forget(const QString &conversationId);
    void clear();
    // Writes the text again (a contact's name arrived).
    void refresh();

    QString text() const;
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    void undoRequested();

private:
    struct Countdown
    {
        ReviewAction::Kind kind = ReviewAction::Kind::Approve;
        int secondsLeft = 0;
        quint64 order = 0;
    };

    QLabel *m_label;
    QPushButton *m_undo;
    std::function<QString(const QString &)> m_nameOf;
    QHash<QString, Countdown> m_countdowns;
    quint64 m_order = 0;
};

} // namespace repdesk
