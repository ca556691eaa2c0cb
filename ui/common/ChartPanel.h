#pragma once

#include "common/ChartBuilder.h"
#include "common/ChartPanelPages.h"
#include "common/ChartSpec.h"

#include <QFrame>
#include <QPointer>

class QAbstractItemModel;
class QAction;
class QLabel;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace repdesk {

class ChartSkeleton;
class EmptyStateWidget;
class ErrorBanner;
class TableExportActions;

// A titled dashboard panel: a Qt Charts chart of any table model, and behind "Show as table"
// (Ctrl+T) a QTableView of the same model, so every number is also readable as text.
//
// The owner gives it a model (not owned) and a ChartSpec (kind, series columns, label column);
// the chart is rebuilt whenever the model changes. The owner also switches its state:
// Loading (a skeleton), Error (a banner with Retry -> retryRequested()), Empty, or Ready, which
// shows the "No data for this range" state by itself while the model has nothing to draw.
//
// Keyboard: the panel takes focus; Left/Right (Home/End) move a highlighted point along the
// rows, Up/Down between series; its "label, series: value" is shown under the chart and is the
// panel's accessible description (screen readers are notified). The Menu key, Shift+F10 and
// the mouse open the export menu; the same menu sits behind the "Chart actions" button.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    using Kind = ChartSpec::Kind;
    enum class State { Ready, Loading, Empty, Error };
    Q_ENUM(State)

    explicit ChartPanel(QWidget *parent = nullptr);
    explicit ChartPanel(const QString &title, QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setTitle(const QString &title);
    QString title() const { return m_title; }

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setSpec(const ChartSpec &spec);
    ChartSpec spec() const { return m_spec; }
    // Shorthands for the fields of the spec.
    void setKind(Kind kind);
    void setSeriesColumns(const QList<int> &columns);
    void setLabelColumn(int column);
    // The CSV header of the row labels when they come from the vertical header ("Agent").
    void setRowHeaderTitle(const QString &title);

    void setState(State state);
    State state() const { return m_state; }
    // State::Error with this message; Retry (when retryable) emits retryRequested().
    void showError(const QString &message, bool retryable = true);
    void setEmptyText(const QString &title, const QString &hint = {});
    // State::Empty, or Ready with no rows or no series to draw.
    bool isEmptyShown() const;

    void setTableVisible(bool visible);
    bool isTableVisible() const { return m_tableVisible; }

    // The keyboard highlight: a row of a series (a line, a bar set, the pie); -1 clears.
    void setHighlight(int row, int series = 0);
    int highlightedRow() const { return m_builder->highlightedRow(); }
    int highlightedSeries() const { return m_builder->highlightedSeries(); }
    QString highlightText() const;
    // What hovering or highlighting that point says: "Mar 4, Calls: 1,204".
    QString pointText(int row, int series) const;

    QChart *chart() const { return m_pages->chart(); }
    QChartView *chartView() const { return m_pages->chartView(); }
    QTableView *tableView() const { return m_pages->table(); }
    // The readout under the chart: the highlighted point's text.
    QLabel *readout() const { return m_pages->readout(); }
    QList<ChartSeriesInfo> seriesInfo() const { return m_builder->seriesInfo(); }
    QMenu *actionsMenu() const { return m_menu; }
    QAction *showTableAction() const { return m_tableAction; }
    TableExportActions *tableActions() const { return m_tableActions; }
    ErrorBanner *errorBanner() const { return m_pages->banner(); }
    EmptyStateWidget *emptyState() const { return m_pages->emptyState(); }
    ChartSkeleton *skeleton() const { return m_pages->skeleton(); }
    ChartPanelPages::Page page() const { return m_pages->page(); }

    // Exports without a dialog (the menu asks for a path first).
    bool exportPng(const QString &path, QString *error = nullptr) const;
    bool exportSvg(const QString &path, QString *error = nullptr) const;
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    void copyTable() const;

public Q_SLOTS:
    // Rebuilds the chart from the model now (model changes do this on the next event loop turn).
    void rebuild();

Q_SIGNALS:
    void retryRequested();
    void tableVisibleChanged(bool visible);
    void highlightChanged(int row, int series, const QString &text);
    void rebuilt();
    void exported(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createMenu();
    void watchModel();
    void updatePage();
    void updateDescription();
    void applyTheme();
    bool hasData() const;
    void showHoverTip(int row, int series, bool entered);
    void exportImageWithDialog(bool svg);

    QString m_title;
    QPointer<QAbstractItemModel> m_model;
    ChartSpec m_spec;
    State m_state = State::Ready;
    bool m_tableVisible = false;

    ChartPanelPages *m_pages;
    ChartBuilder *m_builder;
    QLabel *m_titleLabel;
    QToolButton *m_tableButton;
    QToolButton *m_menuButton;
    QMenu *m_menu;
    QAction *m_tableAction;
    QAction *m_pngAction = nullptr;
    QAction *m_svgAction = nullptr;
    TableExportActions *m_tableActions;
    QTimer *m_rebuildTimer;
};

} // namespace repdesk
