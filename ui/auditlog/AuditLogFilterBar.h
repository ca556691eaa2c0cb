#pragma once

#include "Agent.h"
#include "AuditLogFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;

namespace repdesk {

// The audit log's filters: agent (by name), record type, action type and an optional range of
// whole days (both inclusive for the person; AuditLogFilter turns the end into the API's exclusive
// end). Nothing is sent from here: Apply (or Enter) emits applyRequested(filter()).
class AuditLogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogFilterBar(QWidget *parent = nullptr);

    void setAgents(const QList<Agent> &agents);
    AuditLogFilter filter() const;
    void setFilter(const AuditLogFilter &filter);
    // The first control, for the keyboard.
    QWidget *firstField() const;

Q_SIGNALS:
    void applyRequested(const repdesk::AuditLogFilter &filter);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QComboBox *m_agent;
    QComboBox *m_record;
    QComboBox *m_action;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QPushButton *m_apply;
};

} // namespace repdesk
