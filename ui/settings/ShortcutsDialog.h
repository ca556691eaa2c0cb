#pragma once

#include "settings/ShortcutInfo.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace repdesk {

class EmptyStateWidget;

// A read-only, searchable table of keyboard shortcuts. Esc closes it (also
// from the search field); Down in the search field moves into the table.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<ShortcutInfo> &shortcuts, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    int visibleRowCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_search;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    EmptyStateWidget *m_noMatch;
};

} // namespace repdesk
