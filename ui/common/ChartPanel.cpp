#include "common/ChartPanel.h"

#include "common/ChartExport.h"
#include "common/ChartTheme.h"
#include "common/ContextMenuTrigger.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "common/PlainToolTips.h"
#include "common/TableExportActions.h"
#include "common/ThemedIcon.h"
#include "ItemViewModel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace repdesk {

namespace {

// A QFrame reads as "Border"; the panel is a chart, and says so to screen readers.
QAccessibleInterface *panelAccessible(const QString &, QObject *object)
{
    if (auto *panel = qobject_cast<ChartPanel *>(object))
        return new QAccessibleWidget(panel, QAccessible::Chart);
    return nullptr;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent) : ChartPanel(QString(), parent) {}

ChartPanel::ChartPanel(const QString &title, QWidget *parent)
    : QFrame(parent),
      m_pages(new ChartPanelPages(this)),
      m_builder(new ChartBuilder(m_pages->chart(), this)),
      m_titleLabel(new QLabel(this)),
      m_tableButton(new QToolButton(this)),
      m_menuButton(new QToolButton(this)),
      m_menu(new QMenu(this)),
      m_tableAction(new QAction(tr("Show as table"), this)),
      m_tableActions(new TableExportActions(m_pages->table(), this)),
      m_rebuildTimer(new QTimer(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(panelAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    connect(errorBanner(), &ErrorBanner::retryRequested, this, &ChartPanel::retryRequested);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_tableAction->setCheckable(true);
    m_tableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    // Only while focus is in this panel: a page may hold several.
    m_tableAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_tableAction);
    connect(m_tableAction, &QAction::toggled, this, &ChartPanel::setTableVisible);
    m_tableButton->setDefaultAction(m_tableAction);
    m_tableButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    ThemedIcon::apply(m_menuButton,
                      ThemedIcon::get(QStringLiteral("open-menu"), QStyle::SP_ToolBarHorizontalExtensionButton, this),
                      tr("Chart actions"));
    m_menuButton->setAccessibleName(tr("Chart actions"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(m_menu);
    m_menuButton->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_tableButton);
    header->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);

    createMenu();
    auto *trigger = new ContextMenuTrigger(this, m_menu);
    trigger->setKeyboardAnchor([this] { return m_pages->geometry().center(); });

    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0); // one rebuild for a burst of model signals
    connect(m_rebuildTimer, &QTimer::timeout, this, &ChartPanel::rebuild);
    connect(m_builder, &ChartBuilder::hovered, this, &ChartPanel::showHoverTip);
    connect(m_builder, &ChartBuilder::highlightChanged, this, [this](int row, int series) {
        updateDescription();
        Q_EMIT highlightChanged(row, series, highlightText());
    });

    setTitle(title);
    applyTheme();
    updatePage();
}

ChartPanel::~ChartPanel()
{
    // A model that is our child (or dies with the same page) must not call back into a
    // half-destroyed panel while QWidget deletes the children.
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
}

void ChartPanel::createMenu()
{
    m_pngAction = m_menu->addAction(tr("Export as PNG…"), this, [this] { exportImageWithDialog(false); });
    m_svgAction = m_menu->addAction(tr("Export as SVG…"), this, [this] { exportImageWithDialog(true); });
    m_menu->addSeparator();
    m_tableActions->addTo(m_menu);
    connect(m_tableActions, &TableExportActions::saved, this, &ChartPanel::exported);
    m_menu->addSeparator();
    m_menu->addAction(m_tableAction);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title = title;
    m_titleLabel->setText(title);
    m_titleLabel->setVisible(!title.isEmpty());
    setAccessibleName(title);
    chartView()->setAccessibleName(title);
    //: The accessible name of the table behind "Show as table"; %1 = the chart's title
    tableView()->setAccessibleName(tr("%1, table").arg(title));
    m_tableActions->setTitle(title);
}

void ChartPanel::setModel(QAbstractItemModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    ItemViewModel::set(tableView(), model);
    watchModel();
    rebuild();
}

void ChartPanel::watchModel()
{
    if (!m_model)
        return;
    const auto schedule = [this] { m_rebuildTimer->start(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, schedule);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, schedule);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, schedule);
    // The QPointer is already null when this arrives: just draw nothing.
    connect(m_model, &QObject::destroyed, this, &ChartPanel::rebuild);
}

void ChartPanel::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    // With row labels in a column, the vertical header would only say 1, 2, 3.
    tableView()->verticalHeader()->setVisible(spec.labelColumn < 0);
    rebuild();
}

void ChartPanel::setKind(Kind kind)
{
    ChartSpec spec = m_spec;
    spec.kind = kind;
    setSpec(spec);
}

void ChartPanel::setSeriesColumns(const QList<int> &columns)
{
    ChartSpec spec = m_spec;
    spec.seriesColumns = columns;
    setSpec(spec);
}

void ChartPanel::setLabelColumn(int column)
{
    ChartSpec spec = m_spec;
    spec.labelColumn = column;
    setSpec(spec);
}

void ChartPanel::setRowHeaderTitle(const QString &title)
{
    m_tableActions->setRowHeaderTitle(title);
}

void ChartPanel::rebuild()
{
    m_rebuildTimer->stop();
    m_builder->build(m_model, m_spec); // keeps the highlight on the same row and series if they remain
    applyTheme();
    tableView()->resizeColumnsToContents();
    updatePage();
    Q_EMIT rebuilt();
}

void ChartPanel::setState(State state)
{
    m_state = state;
    updatePage();
}

void ChartPanel::showError(const QString &message, bool retryable)
{
    errorBanner()->showMessage(message, ErrorBanner::Kind::Error, retryable);
    setState(State::Error);
}

void ChartPanel::setEmptyText(const QString &title, const QString &hint)
{
    emptyState()->setContent(title, hint);
    updateDescription();
}

bool ChartPanel::hasData() const
{
    return m_model && m_model->rowCount() > 0 && !m_spec.columns(m_model).isEmpty();
}

bool ChartPanel::isEmptyShown() const
{
    return page() == ChartPanelPages::Page::Empty;
}

void ChartPanel::setTableVisible(bool visible)
{
    if (m_tableVisible == visible)
        return;
    const bool hadFocus = hasFocus() || isAncestorOf(QApplication::focusWidget());
    m_tableVisible = visible;
    m_tableAction->setChecked(visible);
    updatePage();
    // Follow the content: Ctrl+T from the chart lands in the table, and back.
    if (hadFocus) {
        if (page() == ChartPanelPages::Page::Table)
            tableView()->setFocus(Qt::OtherFocusReason);
        else
            setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT tableVisibleChanged(visible);
}

void ChartPanel::updatePage()
{
    using Page = ChartPanelPages::Page;
    Page next = Page::Chart;
    switch (m_state) {
    case State::Loading:
        next = Page::Loading;
        break;
    case State::Error:
        next = Page::Error;
        break;
    case State::Empty:
        next = Page::Empty;
        break;
    case State::Ready:
        next = !hasData() ? Page::Empty : m_tableVisible ? Page::Table : Page::Chart;
        break;
    }
    m_pages->setPage(next);
    // In table mode the table is the Tab stop; otherwise the panel itself (arrow keys, menu).
    setFocusPolicy(next == Page::Table ? Qt::NoFocus : Qt::StrongFocus);
    const bool drawn = m_state == State::Ready && m_builder->seriesCount() > 0 && m_builder->rowCount() > 0;
    m_pngAction->setEnabled(drawn);
    m_svgAction->setEnabled(drawn);
    m_tableActions->saveCsvAction()->setEnabled(m_model != nullptr);
    m_tableActions->copyAction()->setEnabled(m_model != nullptr);
    updateDescription();
    update(); // the focus ring follows the page
}

void ChartPanel::updateDescription()
{
    const bool chartShown = page() == ChartPanelPages::Page::Chart;
    QString description = m_pages->pageDescription();
    if (chartShown && highlightedRow() >= 0) {
        description = highlightText();
    } else if (chartShown) {
        //: %1 = "Bar chart" etc., %2 = number of rows. Read by screen readers when the chart gets focus.
        description = tr("%1, %n series, %2 rows. Arrow keys read the values; Ctrl+T shows a table.", nullptr,
                         m_builder->seriesCount())
                          .arg(ChartSpec::kindName(m_spec.kind))
                          .arg(m_builder->rowCount());
    }
    readout()->setText(chartShown ? highlightText() : QString());
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    // Screen readers re-read the focused object's description when told it changed.
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

QString ChartPanel::pointText(int row, int series) const
{
    const int column = m_builder->seriesColumn(series);
    if (!m_model || row < 0 || row >= m_builder->rowCount() || column < 0)
        return {};
    return m_spec.pointText(m_model, row, column);
}

QString ChartPanel::highlightText() const
{
    return pointText(highlightedRow(), highlightedSeries());
}

void ChartPanel::setHighlight(int row, int series)
{
    m_builder->setHighlight(row, series);
}

void ChartPanel::keyPressEvent(QKeyEvent *event)
{
    if (page() != ChartPanelPages::Page::Chart || (event->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier) {
        QFrame::keyPressEvent(event);
        return;
    }
    const int key = event->key();
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        m_builder->moveHighlight(key == Qt::Key_Left ? -1 : 1, 0);
    } else if (key == Qt::Key_Up || key == Qt::Key_Down) {
        m_builder->moveHighlight(0, key == Qt::Key_Up ? -1 : 1);
    } else if (key == Qt::Key_Home || key == Qt::Key_End) {
        const int row = key == Qt::Key_Home ? 0 : m_builder->rowCount() - 1;
        m_builder->setHighlight(row, std::max(0, highlightedSeries()));
    } else {
        QFrame::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ChartPanel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // The chart view does not take focus itself, so the panel draws the focus ring around it
    // (QWidget repaints on focus in and out by itself).
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(m_pages->geometry()).adjusted(-2, -2, 2, 2), 4, 4);
}

void ChartPanel::applyTheme()
{
    ChartTheme::apply(chart(), palette());
    chartView()->setBackgroundBrush(ChartTheme::background(palette()));
    m_builder->setHighlightColor(ChartTheme::highlightColor(palette()));
}

void ChartPanel::showHoverTip(int row, int series, bool entered)
{
    if (entered)
        QToolTip::showText(QCursor::pos(), PlainToolTips::safe(pointText(row, series)), chartView());
    else
        QToolTip::hideText();
}

bool ChartPanel::exportPng(const QString &path, QString *error) const
{
    return ChartExport::savePng(chartView(), path, m_title, error);
}

bool ChartPanel::exportSvg(const QString &path, QString *error) const
{
    return ChartExport::saveSvg(chartView(), path, m_title, error);
}

bool ChartPanel::exportCsv(const QString &path, QString *error) const
{
    return m_tableActions->saveCsv(path, error);
}

void ChartPanel::copyTable() const
{
    m_tableActions->copyTable();
}

void ChartPanel::exportImageWithDialog(bool svg)
{
    const QString path = ChartExport::saveWithDialog(window(), chartView(), m_title, svg);
    if (!path.isEmpty())
        Q_EMIT exported(path);
}

} // namespace repdesk
