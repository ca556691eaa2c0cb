#include "directory/DirectoryListPane.h"

#include "ContactSearchProxy.h"
#include "PagedListModel.h"
#include "RoleColumnsProxy.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "directory/DirectoryTable.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

DirectoryListPane::DirectoryListPane(PagedListModel *paged, RoleColumnsProxy *table, const Texts &texts,
                                     QWidget *parent)
    : QWidget(parent),
      m_paged(paged),
      m_columns(table),
      m_count(new QLabel),
      m_banner(new ErrorBanner),
      m_table(new DirectoryTable(texts.exportTitle)),
      m_empty(new EmptyStateWidget),
      m_texts(texts)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    m_count->setAccessibleName(tr("Rows loaded"));
    m_table->setModel(table);
    m_table->setAccessibleName(texts.accessibleName);
    m_empty->setOverlayTarget(m_table->viewport());
    m_empty->hide();

    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (m_paged && m_paged->fetchState() == PagedListModel::FetchState::Error)
            m_paged->retry();
        else if (m_paged)
            m_paged->reload();
    });
    connect(paged, &PagedListModel::errorOccurred, this, &DirectoryListPane::onError);
    connect(paged, &PagedListModel::fetchStateChanged, this, [this](PagedListModel::FetchState state) {
        if (state == PagedListModel::FetchState::Loading)
            m_banner->hideBanner();
        updateEmptyState();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(table, signal, this, &DirectoryListPane::updateEmptyState);
    connect(table, &QAbstractItemModel::modelReset, this, &DirectoryListPane::updateEmptyState);
    connect(paged, &QAbstractItemModel::modelReset, this, [this] { m_loadingAll = false; });
    updateEmptyState();
}

void DirectoryListPane::setSearch(ContactSearchProxy *search)
{
    m_search = search;
    m_searchField = new QLineEdit;
    m_searchField->setPlaceholderText(tr("Search loaded contacts (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search contacts"));
    m_searchField->setAccessibleDescription(
        tr("Filters the contacts loaded so far by name, email, phone, company or role"));
    m_searchField->setClearButtonEnabled(true);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_searchField);
    m_loadAll = new QPushButton(tr("Search all contacts"));
    m_loadAll->setAccessibleDescription(tr("Loads the rest of the contacts so the search covers every one"));
    m_loadAll->hide();
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_loadAll, 0, Qt::AlignLeft);
    connect(m_loadAll, &QPushButton::clicked, this, [this] {
        m_loadingAll = true;
        if (m_paged && m_paged->canFetchMore({}))
            m_paged->fetchMore({});
        updateEmptyState();
    });
    // Page after page until the end, once asked.
    connect(m_paged, &PagedListModel::pageLoaded, this, [this] {
        if (m_loadingAll && m_paged->canFetchMore({}))
            m_paged->fetchMore({});
    });
    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_search)
            m_search->setSearchText(text);
        updateEmptyState();
    });
    // Down from the search goes to the results; Esc clears it.
    m_searchField->installEventFilter(this);
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
    updateEmptyState();
}

bool DirectoryListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
        if (key == Qt::Key_Escape && !m_searchField->text().isEmpty()) {
            m_searchField->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DirectoryListPane::focusSearch()
{
    if (m_searchField) {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    }
}

bool DirectoryListPane::selectId(int idRole, const QString &id)
{
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        if (m_columns->index(row, 0).data(idRole).toString() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void DirectoryListPane::onError(const ApiError &error)
{
    // A failed first page leaves nothing to show: the banner says why. Later pages fail in the
    // table's own Retry row, next to the rows already there.
    m_loadingAll = false; // the Retry row (or banner) asks again; the button may be pressed again
    if (m_paged && m_paged->itemRowCount() == 0)
        m_banner->showMessage(tr("Could not load the list. %1").arg(error.message()));
    updateEmptyState();
}

void DirectoryListPane::updateEmptyState()
{
    if (!m_paged)
        return;
    const int loaded = m_paged->itemRowCount();
    const bool complete = m_paged->fetchState() == PagedListModel::FetchState::Complete;
    const bool searching = m_search && m_search->isSearching();
    const int shown = searching ? m_search->matchCount() : loaded;
    if (searching) {
        m_count->setText(complete ? tr("%n match(es) among all contacts", nullptr, shown)
                                  : tr("%n match(es) among the %1 contacts loaded so far; scroll down to load more",
                                       nullptr, shown)
                                        .arg(loaded));
    } else {
        m_count->setText(complete ? tr("%n row(s)", nullptr, loaded) : tr("%n row(s) loaded so far", nullptr, loaded));
    }
    if (m_loadAll) {
        m_loadAll->setVisible(searching && !complete);
        m_loadAll->setEnabled(!m_loadingAll);
        m_loadAll->setText(m_loadingAll ? tr("Loading every contact…") : tr("Search all contacts"));
    }
    bool show = false;
    if (searching && shown == 0 && loaded > 0) {
        m_empty->setContent(tr("No loaded contact matches “%1”").arg(m_search->searchText()),
                            complete ? QString() : tr("Only the contacts loaded so far are searched."));
        show = true;
    } else if (complete && loaded == 0) {
        m_empty->setContent(m_texts.emptyTitle, m_texts.emptyHint);
        show = true;
    }
    m_empty->setVisible(show);
}

} // namespace repdesk
