#include "common/TableExportActions.h"

#include "common/ChartExport.h"
#include "common/ContextMenuTrigger.h"
#include "common/ExportFileDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

#include <set>

namespace repdesk {

TableExportActions::TableExportActions(QTableView *view, QObject *parent)
    : QObject(parent), m_view(view), m_dialogParent(view)
{
    createActions();
}

TableExportActions::TableExportActions(QAbstractItemModel *model, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_model(model), m_dialogParent(dialogParent)
{
    createActions();
}

void TableExportActions::createActions()
{
    m_saveCsv = new QAction(tr("Export table as CSV…"), this);
    m_copy = new QAction(tr("Copy table"), this);
    m_copy->setToolTip(tr("Copy the table to the clipboard, tab-separated, for pasting into a spreadsheet"));
    connect(m_saveCsv, &QAction::triggered, this, &TableExportActions::saveWithDialog);
    connect(m_copy, &QAction::triggered, this, &TableExportActions::copyTable);
}

TableExportActions *TableExportActions::attach(QTableView *view, const QString &title)
{
    auto *actions = new TableExportActions(view, view);
    actions->setTitle(title);
    actions->m_menu = new QMenu(view);
    actions->addTo(actions->m_menu);
    new ContextMenuTrigger(view, actions->m_menu);
    // Ctrl+C copies what is selected, as item views do elsewhere; the menu copies everything.
    auto *copySelected = new QAction(tr("Copy selected cells"), view);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    connect(copySelected, &QAction::triggered, actions, &TableExportActions::copySelection);
    view->addAction(copySelected);
    return actions;
}

void TableExportActions::setTitle(const QString &title)
{
    m_title = title;
}

void TableExportActions::addTo(QMenu *menu) const
{
    menu->addAction(m_saveCsv);
    menu->addAction(m_copy);
}

QAbstractItemModel *TableExportActions::model() const
{
    return m_view ? m_view->model() : m_model.data();
}

QWidget *TableExportActions::dialogParent() const
{
    return m_dialogParent ? m_dialogParent->window() : nullptr;
}

TableExport::Options TableExportActions::options() const
{
    TableExport::Options options;
    options.rowHeaderTitle = m_rowHeaderTitle;
    if (m_view) {
        // What the user sees: visible columns in on-screen order, and row labels only when
        // the view shows its vertical header.
        const QHeaderView *header = m_view->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!m_view->isColumnHidden(logical))
                options.columns.append(logical);
        }
        if (m_view->verticalHeader()->isHidden())
            options.rowHeaders = TableExport::RowHeaders::Exclude;
    }
    return options;
}

QByteArray TableExportActions::csv() const
{
    return TableExport::toCsv(model(), options());
}

QString TableExportActions::tsv() const
{
    return TableExport::toTsv(model(), options());
}

bool TableExportActions::saveCsv(const QString &path, QString *error) const
{
    return ChartExport::writeFile(path, csv(), error);
}

void TableExportActions::copyTable() const
{
    QApplication::clipboard()->setText(tsv());
}

void TableExportActions::copySelection() const
{
    const QItemSelectionModel *selection = m_view ? m_view->selectionModel() : nullptr;
    if (!selection || !selection->hasSelection()) {
        copyTable();
        return;
    }
    std::set<int> rows, columns;
    for (const QModelIndex &index : selection->selectedIndexes()) {
        rows.insert(index.row());
        columns.insert(index.column());
    }
    TableExport::Options chosen = options();
    chosen.rows = QList<int>(rows.begin(), rows.end());
    QList<int> visibleChosen;
    for (int column : std::as_const(chosen.columns))
        if (columns.count(column))
            visibleChosen.append(column);
    if (visibleChosen.isEmpty()) { // only hidden columns selected: an empty list would mean "all"
        copyTable();
        return;
    }
    chosen.columns = visibleChosen;
    QApplication::clipboard()->setText(TableExport::toTsv(model(), chosen));
}

void TableExportActions::saveWithDialog()
{
    const QString path = ExportFileDialog::getSavePath(dialogParent(), m_title, ExportFileDialog::Format::Csv);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCsv(path, &error)) {
        QMessageBox::warning(dialogParent(), tr("Export table"), error);
        return;
    }
    Q_EMIT saved(path);
}

} // namespace repdesk
