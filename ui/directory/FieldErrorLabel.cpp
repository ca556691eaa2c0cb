#include "directory/FieldErrorLabel.h"

namespace repdesk {

FieldErrorLabel::FieldErrorLabel(QWidget *field, QWidget *parent)
    : QLabel(parent), m_field(field), m_description(field ? field->accessibleDescription() : QString())
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Bold in the text colour reads in light and dark themes alike; a red of our own might not.
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setAccessibleName(tr("Problem"));
    hide();
}

void FieldErrorLabel::setError(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(text.isEmpty() ? m_description : text);
}

} // namespace repdesk
