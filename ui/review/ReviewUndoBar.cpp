#include "review/ReviewUndoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace repdesk {

ReviewUndoBar::ReviewUndoBar(QWidget *parent) : QFrame(parent)
{
    // The inbox's undo-send bar: a band in the palette's alternate base (dark mode included).
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Undo"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Pending action"));
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setAccessibleName(tr("Undo"));
    m_undo->setToolTip(tr("Take the draft back: nothing is sent or deleted (Ctrl+Z, or U in the queue)"));
    m_undo->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    connect(m_undo, &QPushButton::clicked, this, &ReviewUndoBar::undoRequested);
    hide();
}

void ReviewUndoBar::setNames(std::function<QString(const QString &)> nameOf)
{
    m_nameOf = std::move(nameOf);
}

void ReviewUndoBar::countdown(const QString &conversationId, ReviewAction::Kind kind, int secondsLeft)
{
    if (secondsLeft <= 0) {
        m_countdowns.remove(conversationId);
    } else {
        Countdown &c = m_countdowns[conversationId];
        if (c.order == 0)
            c.order = ++m_order;
        c.kind = kind;
        c.secondsLeft = secondsLeft;
    }
    refresh();
}

void ReviewUndoBar::forget(const QString &conversationId)
{
    if (m_countdowns.remove(conversationId))
        refresh();
}

void ReviewUndoBar::clear()
{
    m_countdowns.clear();
    refresh();
}

void ReviewUndoBar::refresh()
{
    const Countdown *latest = nullptr;
    QString id;
    for (auto it = m_countdowns.cbegin(); it != m_countdowns.cend(); ++it) {
        if (!latest || it->order > latest->order) {
            latest = &it.value();
            id = it.key();
        }
    }
    if (!latest) {
        m_label->clear();
        hide();
        return;
    }
    const QString name = m_nameOf ? m_nameOf(id) : QString();
    QString text = latest->kind == ReviewAction::Kind::Approve
        ? tr("Sending the reply to %1 in %n second(s)…", nullptr, latest->secondsLeft).arg(name)
        : tr("Discarding the draft for %1 in %n second(s)…", nullptr, latest->secondsLeft).arg(name);
    if (m_countdowns.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, int(m_countdowns.size()) - 1);
    m_label->setText(text);
    m_undo->setAccessibleDescription(text);
    show();
}

QString ReviewUndoBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace repdesk
