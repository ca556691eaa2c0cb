#pragma once

#include "TableExport.h"

#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace repdesk {

// "Export table as CSV…" and "Copy table" for any table: a ChartPanel puts them in its menu,
// and any plain QTableView gets the same context menu with attach(). The text comes from
// TableExport (app/export); this class adds the actions, the save dialog and the clipboard.
// With a view, what is exported is what the view shows: its model (a sorting proxy included)
// and its visible columns in their on-screen order.
class TableExportActions : public QObject
{
    Q_OBJECT
public:
    explicit TableExportActions(QTableView *view, QObject *parent = nullptr);
    TableExportActions(QAbstractItemModel *model, QWidget *dialogParent, QObject *parent = nullptr);

    // Gives `view` a context menu (mouse, Menu key, Shift+F10) with the two actions, and
    // Ctrl+C copying its selected cells. Owned by the view.
    static TableExportActions *attach(QTableView *view, const QString &title);

    // Names the exported file ("Leaderboard.csv").
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // The header of the row-label column, when the model's vertical header names the rows.
    void setRowHeaderTitle(const QString &title) { m_rowHeaderTitle = title; }

    QAction *saveCsvAction() const { return m_saveCsv; }
    QAction *copyAction() const { return m_copy; }
    void addTo(QMenu *menu) const;
    QMenu *menu() const { return m_menu; } // attach() only, else null

    QAbstractItemModel *model() const;
    TableExport::Options options() const;
    QByteArray csv() const;
    QString tsv() const;

    // Without a dialog (the actions ask for a path first).
    bool saveCsv(const QString &path, QString *error = nullptr) const;
    void copyTable() const;
    // The selected cells' rows and columns as TSV, or the whole table when nothing is selected.
    void copySelection() const;

Q_SIGNALS:
    void saved(const QString &path);

private:
    void createActions();
    void saveWithDialog();
    QWidget *dialogParent() const;

    QPointer<QTableView> m_view;
    QPointer<QAbstractItemModel> m_model;
    QPointer<QWidget> m_dialogParent;
    QAction *m_saveCsv = nullptr;
    QAction *m_copy = nullptr;
    QMenu *m_menu = nullptr;
    QString m_title;
    QString m_rowHeaderTitle;
};

} // namespace repdesk
