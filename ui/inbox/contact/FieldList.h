#pragma once

#include "inbox/contact/FieldSpec.h"

#include <QList>
#include <QWidget>

namespace repdesk {

class CopyableField;

// A column of CopyableFields. setFields() skips empty values and leaves the
// rows alone when nothing changed, so a background refresh does not take
// keyboard focus away from a Copy button.
class FieldList : public QWidget
{
    Q_OBJECT
public:
    explicit FieldList(QWidget *parent = nullptr);

    // Returns true when the rows were rebuilt (the tab order needs redoing).
    bool setFields(const QList<FieldSpec> &fields);
    const QList<CopyableField *> &fields() const { return m_rows; }
    QList<QWidget *> focusWidgets() const;

private:
    QList<FieldSpec> m_specs;
    QList<CopyableField *> m_rows;
};

} // namespace repdesk
