#pragma once

#include <QTableView>

namespace repdesk {

class TableExportActions;

// A directory list as a table over a PagedListModel shown through proxies (search, columns): the
// next page loads when it is scrolled to its end, the footer row says "Loading more…" or why a
// page failed, and Enter or a click on that failed footer asks for the page again. Enter or a
// double-click on a row emits itemActivated; moving the current row emits currentItemChanged.
// Its context menu (Menu key, Shift+F10) exports the table as CSV or copies it.
class DirectoryTable : public QTableView
{
    Q_OBJECT
public:
    explicit DirectoryTable(const QString &exportTitle, QWidget *parent = nullptr);

    TableExportActions *exportActions() const { return m_export; }
    // Selects and scrolls to a row of the view's model (-1: none).
    void selectRow(int row);

Q_SIGNALS:
    void itemActivated(const QModelIndex &index);
    void currentItemChanged(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void activate(const QModelIndex &index);

    TableExportActions *m_export;
};

} // namespace repdesk
