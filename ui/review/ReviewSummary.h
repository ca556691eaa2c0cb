#pragma once

#include "ReviewSession.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace repdesk {


// The top of the queue: "To review (N)" and the reviewer's figure, how many
// drafts were sent from the queue as proposed and how many after changes
// (ReviewFigures, kept per organization on this computer).
class ReviewSummary : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewSummary(QWidget *parent = nullptr);

    void setSession(ReviewSession *session);
    QString countText() const;
    QString figuresText() const;

private:
    void updateCount();
    void updateFigures();

    QPointer<ReviewSession> m_session;
    QLabel *m_count;
    QLabel *m_figures;
};

} // namespace repdesk
