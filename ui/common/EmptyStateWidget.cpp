#include "common/EmptyStateWidget.h"

#include "common/ThemedIcon.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace repdesk {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_hint(new QLabel(this))
{
    m_iconSource = ThemedIcon::get(QStringLiteral("mail-folder-inbox"), QStyle::SP_FileDialogInfoView, this);

    m_icon->setAlignment(Qt::AlignHCenter);
    for (QLabel *label : {m_title, m_hint}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // PlaceholderText is the palette's own "secondary text": dims correctly in dark themes too.
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addStretch(1);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addStretch(2);

    updateIcon();
}

void EmptyStateWidget::setContent(const QString &title, const QString &hint)
{
    m_title->setText(title);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    setAccessibleName(title);
    setAccessibleDescription(hint);
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    m_iconSource = icon;
    updateIcon();
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::hint() const
{
    return m_hint->text();
}

void EmptyStateWidget::setOverlayTarget(QWidget *target)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (!target)
        return;
    setParent(target);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    target->installEventFilter(this);
    setGeometry(target->rect());
    raise();
}

bool EmptyStateWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && event->type() == QEvent::Resize)
        setGeometry(m_target->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
}

void EmptyStateWidget::updateIcon()
{
    const int size = 48;
    // Disabled mode: an empty state should look quiet, not like a button.
    m_icon->setPixmap(m_iconSource.pixmap(QSize(size, size), devicePixelRatioF(), QIcon::Disabled));
    m_icon->setVisible(!m_iconSource.isNull());
}

} // namespace repdesk
