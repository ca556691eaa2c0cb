#include "InboxToolBar.h"

#include "common/ThemeColors.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

namespace repdesk {

QIcon InboxToolBar::bundledIcon(const QString &name, const QWidget *forWidget)
{
    const bool dark = ThemeColors::isDark(forWidget);
    return QIcon(QStringLiteral(":/icons/%1%2.svg").arg(name, dark ? QStringLiteral("-dark") : QString()));
}

InboxToolBar::InboxToolBar(QWidget *parent) : QToolBar(tr("Main"), parent)
{
    setObjectName(QStringLiteral("mainToolbar"));
    setMovable(false);
    m_organizations = new QComboBox(this);
    m_organizations->setAccessibleName(tr("Organization"));
    m_organizations->setToolTip(tr("Organization (Ctrl+Shift+O)"));
    m_organizations->setMinimumContentsLength(18);
    auto *label = new QLabel(tr("&Organization:"), this);
    label->setBuddy(m_organizations);
    addWidget(label);
    addWidget(m_organizations);
    addSeparator();
    m_dateRange = new QComboBox(this);
    m_dateRange->setAccessibleName(tr("Date range"));
    m_dateRange->addItems({tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days")});
    m_dateRangeAction = addWidget(m_dateRange);
    addSeparator();
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by name or email (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_searchIcon = m_search->addAction(QIcon(), QLineEdit::LeadingPosition);
    addWidget(m_search);
    addSeparator();
    m_newMessage = addAction(tr("New message"));
    m_newMessage->setToolTip(tr("New message (Ctrl+N)"));
    m_refresh = addAction(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh (F5)"));
    setIcons();
}

void InboxToolBar::setIcons()
{
    m_searchIcon->setIcon(bundledIcon(QStringLiteral("search"), this));
    m_newMessage->setIcon(bundledIcon(QStringLiteral("compose"), this));
    m_refresh->setIcon(bundledIcon(QStringLiteral("refresh"), this));
}

void InboxToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setIcons();
}

void InboxToolBar::setDateRangeVisible(bool visible)
{
    // A widget in a toolbar is shown and hidden through its action.
    m_dateRangeAction->setVisible(visible);
}

} // namespace repdesk
