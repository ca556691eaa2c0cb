#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;

namespace repdesk {

class ApiError;
class ContactSearchProxy;
class DirectoryTable;
class EmptyStateWidget;
class ErrorBanner;
class PagedListModel;
class RoleColumnsProxy;

// One list of the directory: an optional search field, a banner when the first page failed
// (with Retry), the table, and what it says when there is nothing to show (no records yet, or
// no loaded record matches the search). A failed later page shows as the table's Retry row.
class DirectoryListPane : public QWidget
{
    Q_OBJECT
public:
    struct Texts
    {
        QString exportTitle;     // "Contacts" (the CSV file's name)
        QString accessibleName;  // the table's
        QString emptyTitle;      // "No contacts yet"
        QString emptyHint;
    };

    DirectoryListPane(PagedListModel *paged, RoleColumnsProxy *table, const Texts &texts, QWidget *parent = nullptr);

    // The contacts' search: a field above the table filters the rows already loaded.
    void setSearch(ContactSearchProxy *search);
    QLineEdit *searchField() const { return m_searchField; }
    // Shown while a search covers only part of the list: pages in the rest, so it covers them all.
    QPushButton *loadAllButton() const { return m_loadAll; }
    DirectoryTable *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    // Selects the row of this item id (the role holding ids given); false when it is not loaded.
    bool selectId(int idRole, const QString &id);
    void focusSearch();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onError(const ApiError &error);
    void updateEmptyState();

    QPointer<PagedListModel> m_paged;
    RoleColumnsProxy *m_columns;
    QPointer<ContactSearchProxy> m_search;
    QLineEdit *m_searchField = nullptr;
    QPushButton *m_loadAll = nullptr;
    bool m_loadingAll = false;
    QLabel *m_count;
    ErrorBanner *m_banner;
    DirectoryTable *m_table;
    EmptyStateWidget *m_empty;
    Texts m_texts;
};

} // namespace repdesk
