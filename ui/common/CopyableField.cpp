#include "common/CopyableField.h"

#include "common/ThemedIcon.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>
#include <QToolTip>

namespace repdesk {

namespace {

constexpr int kLongToken = 22;
const QChar kZeroWidthSpace(0x200B);

} // namespace

CopyableField::CopyableField(const QString &caption, const QString &copyName, QWidget *parent)
    : QWidget(parent), m_caption(new QLabel(caption, this)), m_valueLabel(new QLabel(this)), m_copy(new QToolButton(this))
{
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setTextFormat(Qt::PlainText);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_caption->setVisible(!caption.isEmpty());

    m_valueLabel->setTextFormat(Qt::PlainText);
    m_valueLabel->setWordWrap(true);
    m_valueLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_valueLabel->setMinimumWidth(40);

    ThemedIcon::apply(m_copy, ThemedIcon::get(QStringLiteral("edit-copy")), tr("Copy"));
    m_copy->setAccessibleName(copyName);
    m_copy->setAccessibleDescription(tr("Copies the value to the clipboard"));
    m_copy->setAutoRaise(true);
    m_copy->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(0);
    layout->addWidget(m_caption, 0, 0, 1, 2);
    layout->addWidget(m_valueLabel, 1, 0);
    layout->addWidget(m_copy, 1, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);

    setAccessibleName(caption);
    connect(m_copy, &QToolButton::clicked, this, &CopyableField::copy);
}

QString CopyableField::caption() const
{
    return m_caption->text();
}

void CopyableField::setValue(const QString &value)
{
    m_value = value;
    const QString shown = breakable(value);
    m_valueLabel->setText(shown);
    // Selected text would carry the invisible break marks into the clipboard;
    // such values are copied with the button instead.
    m_valueLabel->setTextInteractionFlags(shown == value ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    m_valueLabel->setAccessibleName(value);
    setAccessibleDescription(value);
    m_copy->setEnabled(!value.isEmpty());
}

void CopyableField::setValueToolTip(const QString &toolTip)
{
    m_valueLabel->setToolTip(toolTip);
}

void CopyableField::setEmphasized(bool emphasized)
{
    QFont font = this->font();
    if (emphasized) {
        font.setPointSizeF(font.pointSizeF() * 1.25);
        font.setBold(true);
    }
    m_valueLabel->setFont(font);
}

QString CopyableField::breakable(const QString &value)
{
    static const QRegularExpression token(QStringLiteral("\\S{%1,}").arg(kLongToken));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        const QString word = m.captured();
        for (QChar c : word) {
            out += c;
            if (c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('/') || c == QLatin1Char('-')
                || c == QLatin1Char('_') || c == QLatin1Char(','))
                out += kZeroWidthSpace;
        }
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

void CopyableField::copy()
{
    if (m_value.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_value);
    QToolTip::showText(m_copy->mapToGlobal(QPoint(0, m_copy->height())), tr("Copied"), m_copy, {}, 1500);
    Q_EMIT copied(m_value);
}

} // namespace repdesk
