#pragma once

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace repdesk {

// A centered icon, title and optional hint, for "nothing here" states.
// Either place it in a layout, or call setOverlayTarget() to lay it over an
// empty list (for an item view, pass its viewport()); the owner decides
// when it is visible.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setContent(const QString &title, const QString &hint = {});
    void setIcon(const QIcon &icon);
    QString title() const;
    QString hint() const;

    // Reparents onto target and keeps covering its whole rect. Mouse events
    // pass through, so the list's context menu and drops keep working.
    void setOverlayTarget(QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_hint;
    QIcon m_iconSource;
    QPointer<QWidget> m_target;
};

} // namespace repdesk
