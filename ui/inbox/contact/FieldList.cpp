#include "inbox/contact/FieldList.h"

#include "common/CopyableField.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace repdesk {

FieldList::FieldList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
}

bool FieldList::setFields(const QList<FieldSpec> &fields)
{
    QList<FieldSpec> specs;
    for (const FieldSpec &f : fields)
        if (!f.value.trimmed().isEmpty())
            specs.append(f);
    if (specs == m_specs)
        return false;
    m_specs = specs;
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const FieldSpec &f : std::as_const(m_specs)) {
        auto *row = new CopyableField(f.caption, f.copyName, this);
        row->setValue(f.value);
        row->setValueToolTip(f.toolTip);
        row->setEmphasized(f.emphasized);
        layout()->addWidget(row);
        m_rows.append(row);
    }
    return true;
}

QList<QWidget *> FieldList::focusWidgets() const
{
    QList<QWidget *> out;
    for (CopyableField *row : m_rows)
        out.append(row->copyButton());
    return out;
}

} // namespace repdesk
