#include "sales/SaleFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace repdesk {

namespace {
QComboBox *combo(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(260);
    return box;
}

QDateEdit *dateEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(accessibleName);
    edit->setEnabled(false);
    return edit;
}
} // namespace

SaleFilterBar::SaleFilterBar(QWidget *parent)
    : QWidget(parent),
      m_stage(combo(tr("Stage"), this)),
      m_owner(combo(tr("Owner"), this)),
      m_company(combo(tr("Company"), this)),
      m_useFrom(new QCheckBox(tr("Created f&rom"), this)),
      m_from(dateEdit(tr("Created from date"), this)),
      m_useTo(new QCheckBox(tr("thro&ugh"), this)),
      m_to(dateEdit(tr("Created through date, inclusive"), this))
{
    setStages({});
    setOwners({});
    setCompanies({});
    m_useFrom->setAccessibleName(tr("Only sales created from a date"));
    m_useTo->setAccessibleName(tr("Only sales created through a date"));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QComboBox *box : {m_stage, m_owner, m_company})
        connect(box, &QComboBox::currentIndexChanged, this, &SaleFilterBar::emitIfChanged);
    for (QCheckBox *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &SaleFilterBar::emitIfChanged);
    // Not on every digit typed: a first day goes to the API.
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &SaleFilterBar::emitIfChanged);

    auto *stageLabel = new QLabel(tr("&Stage:"), this);
    stageLabel->setBuddy(m_stage);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *companyLabel = new QLabel(tr("Co&mpany:"), this);
    companyLabel->setBuddy(m_company);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 6, 6, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{stageLabel, m_stage, ownerLabel, m_owner, companyLabel, m_company,
                                                       m_useFrom, m_from, m_useTo, m_to})
        row->addWidget(w);
    row->addStretch(1);
}

void SaleFilterBar::refill(QComboBox *box, const QString &all, const QList<QPair<QString, QString>> &items)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(all, QString());
    for (const auto &item : items)
        box->addItem(item.first, item.second);
    const int again = box->findData(current);
    box->setCurrentIndex(again >= 0 ? again : 0);
}

void SaleFilterBar::setStages(const QStringList &stages)
{
    QList<QPair<QString, QString>> items;
    for (const QString &stage : stages)
        items.append({stage, stage});
    m_filling = true;
    refill(m_stage, tr("All stages"), items);
    m_filling = false;
    emitIfChanged();
}

void SaleFilterBar::setOwners(const QList<QPair<QString, QString>> &namesAndIds)
{
    m_filling = true;
    refill(m_owner, tr("All owners"), namesAndIds);
    m_filling = false;
    emitIfChanged();
}

void SaleFilterBar::setCompanies(const QList<QPair<QString, QString>> &namesAndIds)
{
    m_filling = true;
    refill(m_company, tr("All companies"), namesAndIds);
    m_filling = false;
    emitIfChanged();
}

SaleTableFilter SaleFilterBar::filter() const
{
    SaleTableFilter f;
    f.stage = m_stage->currentData().toString();
    f.ownerId = m_owner->currentData().toString();
    f.companyId = m_company->currentData().toString();
    if (m_useFrom->isChecked())
        f.createdFrom = m_from->date();
    if (m_useTo->isChecked())
        f.createdTo = m_to->date();
    return f;
}

QWidget *SaleFilterBar::firstField() const
{
    return m_stage;
}

void SaleFilterBar::emitIfChanged()
{
    if (m_filling)
        return;
    const SaleTableFilter now = filter();
    if (now == m_last)
        return;
    m_last = now;
    Q_EMIT filterChanged(now);
}

} // namespace repdesk
