#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace repdesk {

class TemplateStore;

// A small popup listing the saved replies, with a filter field that keeps
// focus: typing narrows the list, Up/Down move through it, Enter inserts.
// What comes out is the template body with its placeholders filled
// (TemplateStore::expand), ready for ReplyEditor::insertHtml().
class TemplatePicker : public QDialog
{
    Q_OBJECT
public:
    // values: "contact.name", "contact.first_name", "agent.name", "company.name".
    TemplatePicker(TemplateStore *store, const QHash<QString, QString> &values, QWidget *parent = nullptr);

    // Modal: the expanded HTML, or an empty string if cancelled or nothing was chosen.
    static QString pick(TemplateStore *store, const QHash<QString, QString> &values, QWidget *parent);

    QString expandedHtml() const { return m_result; }
    QLineEdit *filterField() const { return m_filter; }
    QListWidget *list() const { return m_list; }

    void accept() override;

Q_SIGNALS:
    // Emitted by accept(), before the dialog closes.
    void templateChosen(const QString &html);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void applyFilter(const QString &text);
    void updatePreview();
    QListWidgetItem *firstVisible() const;

    QPointer<TemplateStore> m_store;
    QHash<QString, QString> m_values;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_preview;
    QLabel *m_empty;
    QPushButton *m_insert;
    QString m_result;
};

} // namespace repdesk
