// KeyboardSort: Ctrl+Alt+S in a sortable table sorts by the current cell's column,
// and again reverses it; with the focus elsewhere the key does nothing.
#include "common/KeyboardSort.h"

#include <QApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace repdesk;

class TestKeyboardSort : public QObject
{
    Q_OBJECT
private slots:
    void sortsByCurrentColumnAndReverses()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *other = new QLineEdit(&window);
        auto *table = new QTableView(&window);
        layout->addWidget(other);
        layout->addWidget(table);
        QStandardItemModel model(3, 2);
        const QStringList names{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
        const QList<int> totals{2, 1, 3};
        for (int row = 0; row < 3; ++row) {
            model.setItem(row, 0, new QStandardItem(names.at(row)));
            auto *total = new QStandardItem;
            total->setData(totals.at(row), Qt::DisplayRole);
            model.setItem(row, 1, total);
        }
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        table->setModel(&proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(-1, Qt::AscendingOrder); // unsorted, as the tables start
        KeyboardSort::install(table);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        const auto column = [&](int c) {
            QList<QVariant> out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out << proxy.index(row, c).data();
            return out;
        };
        // Focus elsewhere: nothing happens.
        other->setFocus();
        QTest::keyClick(other, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(column(0), (QList<QVariant>{"b", "c", "a"}));

        table->setFocus();
        table->setCurrentIndex(proxy.index(0, 1));
        QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(column(1), (QList<QVariant>{1, 2, 3}));
        QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(column(1), (QList<QVariant>{3, 2, 1}));
        table->setCurrentIndex(proxy.index(0, 0));
        QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(column(0), (QList<QVariant>{"a", "b", "c"}));
    }
};

QTEST_MAIN(TestKeyboardSort)
#include "tst_keyboard_sort.moc"
