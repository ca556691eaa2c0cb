#include "common/ThemedIcon.h"

#include <QHash>
#include <QPair>
#include <QToolButton>
#include <QWidget>

namespace repdesk {

QIcon ThemedIcon::get(const QString &themeName, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    const QIcon themed = QIcon::fromTheme(themeName);
    if (!themed.isNull())
        return themed;
    QStyle *style = widget ? widget->style() : nullptr;
    if (!style)
        return QIcon();
    // One QIcon per style and standard pixmap, handed to every caller. standardIcon() makes a new
    // icon each time, and every pixmap drawn from an icon is kept in Qt's QPixmapCache under that
    // icon's own key: each empty state or banner built again (an organization switch builds
    // dozens) added entries no one would ever find again, until the cache reached its 10 MB
    // limit (the soak's slow heap growth). The same icon finds its pixmaps again.
    static QHash<QPair<QString, int>, QIcon> icons;
    const QPair<QString, int> key(style->name(), int(fallback));
    auto it = icons.constFind(key);
    if (it == icons.constEnd())
        it = icons.insert(key, style->standardIcon(fallback, nullptr, widget));
    return *it;
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
