#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLineEdit;

namespace repdesk {

// The main window's toolbar: organization switcher, date range, search, and
// the New message / Refresh actions with the bundled icons.
class InboxToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit InboxToolBar(QWidget *parent = nullptr);

    QComboBox *organizations() const { return m_organizations; }
    QComboBox *dateRange() const { return m_dateRange; }
    QLineEdit *search() const { return m_search; }
    QAction *newMessageAction() const { return m_newMessage; }
    QAction *refreshAction() const { return m_refresh; }
    // Hidden for providers without date filters.
    void setDateRangeVisible(bool visible);

    // :/icons/<name>.svg, or its -dark twin on a dark palette (QIcon does not recolour SVGs).
    static QIcon bundledIcon(const QString &name, const QWidget *forWidget);

protected:
    // A palette change (Settings > Appearance, the desktop's theme) picks the icons again.
    void changeEvent(QEvent *event) override;

private:
    void setIcons();

    QComboBox *m_organizations;
    QComboBox *m_dateRange;
    QAction *m_dateRangeAction;
    QLineEdit *m_search;
    QAction *m_searchIcon;
    QAction *m_newMessage;
    QAction *m_refresh;
};

} // namespace repdesk
