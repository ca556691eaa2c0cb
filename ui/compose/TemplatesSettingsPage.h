#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTextEdit;

namespace repdesk {

class SettingsDialog;
class TemplateStore;

// The "Templates" settings tab: the saved replies, a name and an HTML body
// per template. Edits stay on the page until Save (or the dialog's OK), so
// Cancel leaves the store as it was; Delete is the exception, applied once
// the user confirms it, like "Clear cache" on the General tab.
class TemplatesSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatesSettingsPage(TemplateStore *store, QWidget *parent = nullptr);

    // Adds the page as "Templates" and saves pending edits when the dialog is accepted.
    static TemplatesSettingsPage *addTo(SettingsDialog *dialog, TemplateStore *store);

    bool hasUnsavedChanges() const;
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    // Writes every changed template to the store.
    void save();
    void addTemplate();
    // Asks first; templates never saved are dropped without asking.
    void deleteTemplate();

private:
    void reload(qint64 selectId = 0);
    void showCurrent();
    void storeEdits();
    void removeItem(QListWidgetItem *item);
    void updateButtons();

    QPointer<TemplateStore> m_store;
    QListWidget *m_list;
    QLineEdit *m_name;
    QTextEdit *m_body;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_save;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace repdesk
