#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace repdesk {

// A caption over a value, with a small Copy button beside the value. Built
// for narrow side panels: the caption sits above the value so long emails
// and addresses keep the full width, and overlong tokens may wrap.
class CopyableField : public QWidget
{
    Q_OBJECT
public:
    // copyName is the Copy button's accessible name ("Copy email"): spelled
    // out by the caller because lowercasing a caption does not translate.
    CopyableField(const QString &caption, const QString &copyName, QWidget *parent = nullptr);

    QString caption() const;
    QString value() const { return m_value; }
    void setValue(const QString &value);
    void setValueToolTip(const QString &toolTip);
    // Larger, bold value: the one line a reader looks for first.
    void setEmphasized(bool emphasized);
    QToolButton *copyButton() const { return m_copy; }

    // The text to show for value, with zero-width break opportunities after
    // separators in tokens too long for a narrow panel.
    static QString breakable(const QString &value);

public Q_SLOTS:
    void copy();

Q_SIGNALS:
    void copied(const QString &value);

private:
    QLabel *m_caption;
    QLabel *m_valueLabel;
    QToolButton *m_copy;
    QString m_value;
};

} // namespace repdesk
