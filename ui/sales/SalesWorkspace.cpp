#include "sales/SalesWorkspace.h"

#include "OrganizationSession.h"
#include "SaleDetailLoader.h"
#include "SaleNames.h"
#include "SalesBoardModel.h"
#include "common/EmptyStateWidget.h"
#include "dashboards/SaleDetailPane.h"
#include "sales/SaleCardDelegate.h"
#include "sales/SalesTablePage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace repdesk {

namespace {
constexpr int kColumnWidth = 240;
} // namespace

SalesWorkspace::SalesWorkspace(QWidget *parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_board(new QWidget),
      m_columnsLayout(new QHBoxLayout(m_board)),
      m_empty(new EmptyStateWidget(this)),
      m_detail(new SaleDetailPane(this)),
      m_openConversation(new QPushButton(tr("Open its &conversation"), this)),
      m_openContact(new QPushButton(tr("Open its co&ntact"), this)),
      m_tabs(new QTabWidget(this)),
      m_table(new SalesTablePage(this))
{
    setObjectName(QStringLiteral("salesWorkspace"));
    m_columnsLayout->setContentsMargins(6, 6, 6, 6);
    m_columnsLayout->addStretch(1);
    m_scroll->setWidget(m_board);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Pipeline board"));
    m_empty->setOverlayTarget(m_scroll);
    m_empty->hide();
    m_status->setObjectName(QStringLiteral("salesStatus"));
    m_detail->setObjectName(QStringLiteral("saleDetail"));
    m_detail->setMinimumWidth(360); // products and history tables stay readable beside the board
    m_detail->hide();
    m_openConversation->setAccessibleName(tr("Open the sale's conversation in the inbox"));
    m_openConversation->hide();
    connect(m_openConversation, &QPushButton::clicked, this, [this] {
        const Sale *sale = m_session ? m_session->board()->sale(m_session->board()->rowOfSale(m_openSale)) : nullptr;
        if (sale && !sale->associatedConversationIds.isEmpty())
            Q_EMIT openConversationRequested(sale->associatedConversationIds.first());
    });

    m_openContact->setObjectName(QStringLiteral("saleOpenContact"));
    m_openContact->setAccessibleName(tr("Open the sale's contact in the directory"));
    m_openContact->hide();
    connect(m_openContact, &QPushButton::clicked, this, [this] {
        // One contact opens at once; several are offered in the button's menu.
        const Sale *sale = m_session ? m_session->board()->sale(m_session->board()->rowOfSale(m_openSale)) : nullptr;
        if (sale && !m_openContact->menu() && !sale->primaryContactId().isEmpty())
            Q_EMIT openContactRequested(sale->primaryContactId());
    });
    connect(m_table, &SalesTablePage::openSaleRequested, this, &SalesWorkspace::openSale);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detail, 1);
    auto *jumps = new QHBoxLayout;
    jumps->addWidget(m_openConversation);
    jumps->addWidget(m_openContact);
    jumps->addStretch(1);
    sideLayout->addLayout(jumps);
    m_tabs->setObjectName(QStringLiteral("salesViews"));
    m_tabs->setAccessibleName(tr("Sales views"));
    // Alt+B / Alt+T as shortcuts rather than the tabs' mnemonics: pressed on the tab already shown
    // (the keyboard in the table's filters), they still take the keyboard to the board or table.
    m_tabs->addTab(m_scroll, tr("Board"));
    m_tabs->addTab(m_table, tr("Table"));
    for (const bool table : {false, true}) {
        auto *key = new QShortcut(table ? QKeySequence(tr("Alt+T")) : QKeySequence(tr("Alt+B")), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, table] {
            showTable(table);
            focusDefault();
        });
    }
    m_tabs->setTabToolTip(0, tr("The pipeline board (Alt+B)"));
    m_tabs->setTabToolTip(1, tr("The sales as a table with filters (Alt+T)"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_status->setVisible(!isTableShown()); // the table has its own status line
        focusDefault();
    });
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tabs);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    setOrganization(nullptr);
}

SalesWorkspace::~SalesWorkspace() = default;

void SalesWorkspace::setOrganization(OrganizationSession *organization)
{
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->board(), nullptr, this, nullptr);
    }
    m_organization = organization;
    m_session = organization ? organization->salesBoard() : nullptr;
    m_detail->setLoader(m_session ? m_session->saleDetail() : nullptr);
    m_detail->hide();
    m_openConversation->hide();
    m_openContact->hide();
    m_openSale.clear();
    m_table->setSession(m_session);
    if (m_session) {
        connect(m_session->board(), &SalesBoardModel::stagesChanged, this, &SalesWorkspace::rebuildColumns);
        connect(m_session, &SalesSession::loadingChanged, this, &SalesWorkspace::updateHeaders);
        if (isVisible())
            m_session->start();
    }
    rebuildColumns();
}

void SalesWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session)
        m_session->start();
}

void SalesWorkspace::refresh()
{
    if (m_session)
        m_session->refresh();
}

bool SalesWorkspace::isTableShown() const
{
    return m_tabs->currentWidget() == m_table;
}

void SalesWorkspace::showTable(bool table)
{
    m_tabs->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_scroll);
}

QList<ShortcutInfo> SalesWorkspace::shortcuts()
{
    return {
        {tr("Alt+B / Alt+T"), tr("Sales: the pipeline board / the sales table")},
        {tr("Arrows"), tr("Sales board: Up/Down within a stage, Left/Right to the next stage")},
        {tr("Enter"), tr("Sales: show the selected sale beside the board or table")},
        {tr("Alt+S, Alt+O, Alt+M"), tr("Sales table: filter by stage, owner, company")},
        {tr("Alt+R, Alt+U"), tr("Sales table: only sales created from / through a day")},
        {tr("Alt+C / Alt+N"), tr("Sales: open the shown sale's conversation (inbox) / contact (directory)")},
        {tr("Menu, Shift+F10"), tr("Sales table: export as CSV or copy")},
        {tr("F5"), tr("Sales: load the sales again")},
    };
}

void SalesWorkspace::focusDefault()
{
    if (isTableShown()) {
        m_table->focusDefault();
        return;
    }
    for (QListView *view : std::as_const(m_views)) {
        if (view->model()->rowCount() > 0) {
            view->setFocus(Qt::OtherFocusReason);
            if (!view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, 0));
            return;
        }
    }
    if (!m_views.isEmpty())
        m_views.first()->setFocus(Qt::OtherFocusReason);
}

void SalesWorkspace::rebuildColumns()
{
    const QStringList stages = m_session ? m_session->board()->stages() : QStringList();
    if (stages == m_stages && m_views.size() == stages.size()) {
        updateHeaders();
        return;
    }
    // Keep the keyboard where it was: the stage and the sale.
    QString focusedSale;
    // The columns are made again when the stages change (the first walk's pages): the keyboard was
    // on the board if the focus is in it, or nowhere in particular while it was empty.
    const QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = isVisible() && (!focus || focus == this || m_board->isAncestorOf(focus));
    for (QListView *view : std::as_const(m_views))
        if (view->hasFocus() && view->currentIndex().isValid())
            focusedSale = view->currentIndex().data(SalesBoardModel::SaleIdRole).toString();
    for (QListView *view : std::as_const(m_views))
        view->parentWidget()->deleteLater();
    m_views.clear();
    m_headers.clear();
    m_filters.clear();
    m_stages = stages;
    for (int i = 0; i < stages.size(); ++i) {
        auto *column = new QWidget(m_board);
        column->setFixedWidth(kColumnWidth);
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        auto *header = new QLabel(column);
        header->setTextFormat(Qt::PlainText);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        auto *filter = new QSortFilterProxyModel(column);
        filter->setSourceModel(m_session->board());
        filter->setFilterRole(SalesBoardModel::StageRole);
        filter->setFilterFixedString(stages.at(i));
        filter->setFilterCaseSensitivity(Qt::CaseSensitive);
        auto *view = new QListView(column);
        view->setModel(filter);
        view->setItemDelegate(new SaleCardDelegate(view));
        view->setUniformItemSizes(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->installEventFilter(this);
        header->setBuddy(view);
        columnLayout->addWidget(header);
        columnLayout->addWidget(view, 1);
        m_columnsLayout->insertWidget(i, column);
        connect(view, &QListView::activated, this,
                [this](const QModelIndex &index) { openSale(index.data(SalesBoardModel::SaleIdRole).toString()); });
        m_views.append(view);
        m_headers.append(header);
        m_filters.append(filter);
    }
    updateHeaders();
    if (hadFocus && focusedSale.isEmpty())
        focusDefault();
    if (!focusedSale.isEmpty()) {
        for (QListView *view : std::as_const(m_views)) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                if (view->model()->index(row, 0).data(SalesBoardModel::SaleIdRole).toString() == focusedSale) {
                    view->setFocus();
                    view->setCurrentIndex(view->model()->index(row, 0));
                }
            }
        }
    }
}

void SalesWorkspace::updateHeaders()
{
    for (int i = 0; i < m_views.size(); ++i) {
        const int count = m_filters.at(i)->rowCount();
        //: A pipeline board column's title: the stage, then how many sales are in it
        m_headers.at(i)->setText(tr("%1 (%2)").arg(m_stages.at(i)).arg(count));
        m_views.at(i)->setAccessibleName(tr("%1: %n sale(s)", nullptr, count).arg(m_stages.at(i)));
    }
    const int total = m_session ? m_session->board()->rowCount() : 0;
    const bool loading = m_session && m_session->isLoading();
    if (!m_session) {
        m_empty->setContent(tr("No organization is open"), tr("Sign in to see the sales pipeline."));
    } else if (total == 0) {
        m_empty->setContent(loading ? tr("Loading sales…") : tr("No sales yet"),
                            loading ? QString() : tr("Sales appear here as they are created in HyperRep."));
    }
    m_empty->setVisible(total == 0);
    m_status->setText(loading ? tr("%n sale(s) so far; loading the rest…", nullptr, total)
                              : tr("%n sale(s) in %1 stage(s)", nullptr, total).arg(m_stages.size()));
    m_status->setAccessibleName(m_status->text());
}

void SalesWorkspace::openSale(const QString &saleId)
{
    if (!m_session || !m_session->saleDetail() || saleId.isEmpty())
        return;
    if (!m_session->saleDetail()->open(saleId))
        return;
    m_openSale = saleId;
    m_detail->show();
    const Sale *sale = m_session->board()->sale(m_session->board()->rowOfSale(saleId));
    m_openConversation->setVisible(sale && !sale->associatedConversationIds.isEmpty());
    updateContactButton(sale);
}

void SalesWorkspace::updateContactButton(const Sale *sale)
{
    if (QMenu *old = m_openContact->menu()) {
        m_openContact->setMenu(nullptr);
        old->deleteLater();
    }
    QStringList ids;
    if (sale) {
        // The primary contact first, then the others, each once.
        if (!sale->primaryContactId().isEmpty())
            ids.append(sale->primaryContactId());
        for (const SaleContact &contact : sale->associatedContacts)
            if (!contact.contactId.isEmpty() && !ids.contains(contact.contactId))
                ids.append(contact.contactId);
    }
    m_openContact->setVisible(!ids.isEmpty());
    if (ids.size() < 2) {
        m_openContact->setText(tr("Open its co&ntact"));
        return;
    }
    m_openContact->setText(tr("Open a co&ntact"));
    auto *menu = new QMenu(m_openContact);
    for (const QString &id : std::as_const(ids)) {
        QAction *action = menu->addAction(m_session->names()->contactText(id));
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT openContactRequested(id); });
    }
    m_openContact->setMenu(menu);
}

void SalesWorkspace::moveAcross(int fromColumn, int step)
{
    const int row = qMax(0, m_views.at(fromColumn)->currentIndex().row());
    // The next column that has cards; empty stages are passed over.
    for (int i = fromColumn + step; i >= 0 && i < m_views.size(); i += step) {
        QListView *view = m_views.at(i);
        const int rows = view->model()->rowCount();
        if (rows == 0)
            continue;
        view->setFocus(Qt::TabFocusReason);
        view->setCurrentIndex(view->model()->index(qMin(row, rows - 1), 0));
        m_scroll->ensureWidgetVisible(view->parentWidget());
        return;
    }
}

bool SalesWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int column = m_views.indexOf(static_cast<QListView *>(watched));
        const auto *key = static_cast<QKeyEvent *>(event);
        if (column >= 0 && key->modifiers() == Qt::NoModifier) {
            if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
                moveAcross(column, key->key() == Qt::Key_Left ? -1 : 1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace repdesk
