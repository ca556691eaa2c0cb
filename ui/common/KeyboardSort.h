#pragma once

#include <QKeySequence>

class QTableView;

namespace repdesk {

// Sorting a table from the keyboard: a header click has no keyboard equivalent in
// QTableView. In any sortable table it is installed on, Ctrl+Alt+S sorts by the
// column of the current cell, and pressed again on the same column reverses the
// order. One mechanism for every sortable table (sales, audit log, stage sales).
class KeyboardSort
{
public:
    static QKeySequence key();
    static void install(QTableView *table);
};

} // namespace repdesk
