#pragma once

#include <QListView>

namespace repdesk {

// A list over a PagedListModel (an agent's conversations or sales): the next
// page loads when the list is scrolled to its end, the footer row says
// "Loading more…" or why a page failed, and Enter (or a click) on that
// failed footer asks for the page again. Enter or a double-click on an item
// emits itemActivated(row).
class PagedListView : public QListView
{
    Q_OBJECT
public:
    explicit PagedListView(QWidget *parent = nullptr);

Q_SIGNALS:
    void itemActivated(int row);

private:
    void activate(const QModelIndex &index);
};

} // namespace repdesk
