#include "common/ThemedIcon.h"

#include <QToolButton>
#include <QWidget>

namespace repdesk {

QIcon ThemedIcon::get(const QString &themeName, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    const QIcon themed = QIcon::fromTheme(themeName);
    if (!themed.isNull())
        return themed;
    QStyle *style = widget ? widget->style() : nullptr;
    return style ? style->standardIcon(fallback, nullptr, widget) : QIcon();
}

QIcon ThemedIcon::get(const QString &themeName)
{
    return QIcon::fromTheme(themeName);
}

void ThemedIcon::apply(QToolButton *button, const QIcon &icon, const QString &text)
{
    button->setText(text);
    button->setIcon(icon);
    button->setToolTip(text);
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
}

} // namespace repdesk
