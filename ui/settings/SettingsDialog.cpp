#include "settings/SettingsDialog.h"

#include "settings/GeneralSettingsPage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace repdesk {

SettingsDialog::SettingsDialog(qint64 cacheSizeBytes, std::function<bool()> clearCache, QWidget *parent)
    : QDialog(parent),
      m_tabs(new QTabWidget(this)),
      m_general(new GeneralSettingsPage(cacheSizeBytes, std::move(clearCache))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    addPage(m_general, tr("General"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    setMinimumWidth(440);
}

int SettingsDialog::addPage(QWidget *page, const QString &title)
{
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    return m_tabs->addTab(page, title);
}

void SettingsDialog::accept()
{
    m_general->save();
    QDialog::accept();
}

} // namespace repdesk
