#pragma once

// Shared by the tst_chart* tests: a small dashboard-shaped model (rows = days, columns =
// series, DisplayRole = formatted text, Qt::UserRole = raw number) and a shown ChartPanel.

#include "common/ChartPanel.h"
#include "tst_panels_support.h"

#include <QLocale>
#include <QStandardItemModel>

namespace repdesk::test {

inline const QStringList &days()
{
    static const QStringList labels = {QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                                       QStringLiteral("Thu"), QStringLiteral("Fri")};
    return labels;
}

// Calls and emails per day, and revenue (a non-integer) for the CSV raw-value checks.
inline double rawValue(int row, int column)
{
    switch (column) {
    case 0:
        return 1200 + 4 * row; // Calls: 1,200 1,204 ...
    case 1:
        return 30 + 7 * row;   // Emails
    default:
        return 1000.25 * (row + 1); // Revenue
    }
}

inline void setCell(QStandardItemModel *model, int row, int column, double value)
{
    const QModelIndex index = model->index(row, column);
    model->setData(index, value, Qt::UserRole);
    // Formatted the way a dashboard model would: grouping separators, a currency.
    const QString shown = column == 2 ? QStringLiteral("$%1").arg(QLocale(QLocale::English).toString(value, 'f', 2))
                                      : QLocale(QLocale::English).toString(qint64(value));
    model->setData(index, shown, Qt::DisplayRole);
}

inline QStandardItemModel *dashboardModel(QObject *parent, int columns = 2)
{
    auto *model = new QStandardItemModel(int(days().size()), columns, parent);
    model->setHorizontalHeaderLabels(
        QStringList{QStringLiteral("Calls"), QStringLiteral("Emails"), QStringLiteral("Revenue")}.mid(0, columns));
    model->setVerticalHeaderLabels(days());
    for (int row = 0; row < days().size(); ++row)
        for (int column = 0; column < columns; ++column)
            setCell(model, row, column, rawValue(row, column));
    return model;
}

// A shown, laid-out panel over `model`.
inline void showPanel(ChartPanel &panel, QAbstractItemModel *model, ChartPanel::Kind kind)
{
    panel.setTitle(QStringLiteral("Activity by day"));
    panel.setModel(model);
    panel.setKind(kind);
    panel.setPalette(lightPalette());
    panel.resize(640, 420);
    panel.show();
}

} // namespace repdesk::test
