#pragma once

#include <QLabel>
#include <QPointer>

namespace repdesk {

// The sentence under a form field that says what is wrong with it (the form's own check, or the
// server's 4xx for that field). Hidden while empty; the field's accessible description carries the
// same sentence, so a screen reader reads it when the field gets focus.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FieldErrorLabel(QWidget *field, QWidget *parent = nullptr);

    void setError(const QString &text);
    QString error() const { return text(); }
    bool hasError() const { return !text().isEmpty(); }
    QWidget *field() const { return m_field; }

private:
    QPointer<QWidget> m_field;
    QString m_description; // the field's own description, restored when the error goes
};

} // namespace repdesk
