#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QTabWidget;

namespace repdesk {

class GeneralSettingsPage;

// Application settings, one tab per area. Pages added with addPage() save
// themselves on the dialog's accepted() signal; "General" is saved in accept().
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // cacheSizeBytes: shown as "Cache uses 12.3 MB"; clearCache: called when
    // the user confirms "Clear cache", returns whether it worked.
    SettingsDialog(qint64 cacheSizeBytes, std::function<bool()> clearCache, QWidget *parent = nullptr);

    int addPage(QWidget *page, const QString &title);
    QTabWidget *tabWidget() const { return m_tabs; }
    GeneralSettingsPage *generalPage() const { return m_general; }

    void accept() override;

private:
    QTabWidget *m_tabs;
    GeneralSettingsPage *m_general;
    QDialogButtonBox *m_buttons;
};

} // namespace repdesk
