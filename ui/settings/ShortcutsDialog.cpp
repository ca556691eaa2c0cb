#include "settings/ShortcutsDialog.h"

#include "common/EmptyStateWidget.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace repdesk {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutInfo> &shortcuts, QWidget *parent)
    : QDialog(parent),
      m_search(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_model(new QStandardItemModel(0, 2, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_noMatch(new EmptyStateWidget)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    m_search->setPlaceholderText(tr("Search shortcuts"));
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_model->setHorizontalHeaderLabels({tr("Shortcut"), tr("Action")});
    for (const ShortcutInfo &s : shortcuts) {
        auto *keys = new QStandardItem(s.keys);
        auto *action = new QStandardItem(s.action);
        keys->setData(tr("%1: %2").arg(s.keys, s.action), Qt::AccessibleTextRole);
        keys->setEditable(false);
        action->setEditable(false);
        m_model->appendRow({keys, action});
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    // Wrap rather than elide: translated actions run long.
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_noMatch->setIcon(QIcon());
    m_noMatch->setContent(tr("No shortcuts match"), tr("Try another word."));
    m_noMatch->setOverlayTarget(m_table->viewport());
    m_noMatch->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, buttons->button(QDialogButtonBox::Close));
    resize(520, 460);
}

int ShortcutsDialog::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_noMatch->setVisible(m_proxy->rowCount() == 0);
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace repdesk
