#include "review/ReviewSummary.h"

#include "ReviewFigures.h"
#include "ReviewQueueModel.h"
#include "ReviewSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace repdesk {

ReviewSummary::ReviewSummary(QWidget *parent) : QWidget(parent), m_count(new QLabel(this)), m_figures(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(2);
    QFont bold = m_count->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_count->setFont(bold);
    m_figures->setForegroundRole(QPalette::PlaceholderText);
    m_figures->setWordWrap(true);
    layout->addWidget(m_count);
    layout->addWidget(m_figures);
    setSession(nullptr);
}

void ReviewSummary::setSession(ReviewSession *session)
{
    if (m_session) {
        m_session->queue()->disconnect(this);
        m_session->figures()->disconnect(this);
    }
    m_session = session;
    if (session) {
        connect(session->queue(), &ReviewQueueModel::pendingCountChanged, this, &ReviewSummary::updateCount);
        connect(session->figures(), &ReviewFigures::changed, this, &ReviewSummary::updateFigures);
    }
    updateCount();
    updateFigures();
}

QString ReviewSummary::countText() const
{
    return m_count->text();
}

QString ReviewSummary::figuresText() const
{
    return m_figures->text();
}

void ReviewSummary::updateCount()
{
    const int n = m_session ? m_session->queue()->pendingCount() : 0;
    m_count->setText(tr("To review (%1)").arg(n));
    m_count->setAccessibleName(tr("%n draft(s) to review", nullptr, n));
}

void ReviewSummary::updateFigures()
{
    const ReviewFigures *f = m_session ? m_session->figures() : nullptr;
    if (!f || f->sentTotal() == 0) {
        m_figures->setText(tr("Nothing sent from this queue yet"));
    } else {
        m_figures->setText(tr("Sent: %1 as proposed, %2 edited (%3% edited)")
                               .arg(f->sentUnchanged())
                               .arg(f->sentEdited())
                               .arg(f->editedPercent()));
    }
    m_figures->setAccessibleName(m_figures->text());
}

} // namespace repdesk
