#pragma once

#include "SaleTableFilter.h"

#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace repdesk {

// The sales table's filters: stage, owner (agents by name), company (by name), and the days the
// sales were created in (both included). A change applies at once (a date when its field is left
// or its box ticked): filterChanged(filter()). What goes to the API is SaleListModel's business.
class SaleFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit SaleFilterBar(QWidget *parent = nullptr);

    // Choices, each (label, value); "All …" is always first. The current choice is kept when it is still offered.
    void setStages(const QStringList &stages);
    void setOwners(const QList<QPair<QString, QString>> &namesAndIds);
    void setCompanies(const QList<QPair<QString, QString>> &namesAndIds);

    SaleTableFilter filter() const;
    QWidget *firstField() const;
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *companyBox() const { return m_company; }

Q_SIGNALS:
    void filterChanged(const repdesk::SaleTableFilter &filter);

private:
    void emitIfChanged();
    static void refill(QComboBox *box, const QString &all, const QList<QPair<QString, QString>> &items);

    QComboBox *m_stage;
    QComboBox *m_owner;
    QComboBox *m_company;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    SaleTableFilter m_last;
    bool m_filling = false;
};

} // namespace repdesk
