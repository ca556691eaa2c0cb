#pragma once

class QAbstractItemModel;
class QAbstractItemView;

namespace repdesk {

// Gives a view a model (or none) without leaving selection models behind.
// QAbstractItemView::setModel() makes a new QItemSelectionModel each time and
// never deletes the one it replaces (Qt documents this: it may be shared). One
// made for no model (Qt's static empty model) is never deleted at all, and a
// table makes one per header as well, so views that lose their model on every
// organization switch kept up to three more objects per switch for the life of
// the window (seen reading the soak's growth). Repdesk never shares a view's
// selection model, so after the switch every selection model the view or its
// headers own and no longer use is deleted.
class ItemViewModel
{
public:
    static void set(QAbstractItemView *view, QAbstractItemModel *model);
    // How many selection models the view and its headers own (for tests).
    static int ownedSelectionModels(QAbstractItemView *view);
};

} // namespace repdesk
