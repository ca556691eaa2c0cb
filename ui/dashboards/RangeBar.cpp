#include "dashboards/RangeBar.h"

#include "common/ThemeColors.h"

#include "AnalyticsRange.h"
#include "DashboardSession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

RangeBar::RangeBar(QWidget *parent)
    : QWidget(parent),
      m_preset(new QComboBox(this)),
      m_first(new QDateEdit(this)),
      m_last(new QDateEdit(this)),
      m_apply(new QPushButton(tr("Apply"), this)),
      m_summary(new QLabel(this)),
      m_error(new QLabel(this)),
      m_notice(new QLabel(this))
{
    auto *label = new QLabel(tr("&Range:"), this);
    label->setBuddy(m_preset);
    for (AnalyticsRange::Preset preset : AnalyticsRange::presets())
        m_preset->addItem(AnalyticsRange::presetName(preset), int(preset));
    m_preset->setAccessibleName(tr("Date range"));
    connect(m_preset, &QComboBox::activated, this, &RangeBar::choosePreset);

    auto *fromLabel = new QLabel(tr("From"), this);
    auto *toLabel = new QLabel(tr("to"), this);
    fromLabel->setBuddy(m_first);
    toLabel->setBuddy(m_last);
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        // Enter in a date field applies the two dates (editingFinished also fires when focus leaves, which must not).
        connect(edit, &QAbstractSpinBox::editingFinished, this, [this, edit] {
            if (edit->hasFocus())
                applyCustom();
        });
    }
    m_first->setAccessibleName(tr("First day of the range"));
    m_last->setAccessibleName(tr("Last day of the range"));
    m_apply->setAccessibleName(tr("Apply the custom range"));
    connect(m_apply, &QPushButton::clicked, this, &RangeBar::applyCustom);

    for (QLabel *l : {m_summary, m_error, m_notice}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_error->setAccessibleName(tr("Range problem"));
    m_error->hide();
    m_notice->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_preset);
    row->addSpacing(12);
    row->addWidget(fromLabel);
    row->addWidget(m_first);
    row->addWidget(toLabel);
    row->addWidget(m_last);
    row->addWidget(m_apply);
    row->addSpacing(12);
    row->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
}

void RangeBar::setSession(DashboardSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &DashboardSession::rangeChanged, this, &RangeBar::showRange);
        connect(session, &DashboardSession::rangeRefused, this, &RangeBar::showError);
    }
    setEnabled(session != nullptr);
    showRange();
}

void RangeBar::choosePreset(int index)
{
    if (!m_session)
        return;
    const auto preset = AnalyticsRange::Preset(m_preset->itemData(index).toInt());
    if (preset == AnalyticsRange::Preset::Custom) {
        // Custom starts from the dates shown; the user edits them and applies.
        m_first->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_session->setPreset(preset);
}

bool RangeBar::applyCustom()
{
    if (!m_session)
        return false;
    m_preset->setCurrentIndex(m_preset->findData(int(AnalyticsRange::Preset::Custom)));
    return m_session->setCustomRange(m_first->date(), m_last->date());
}

void RangeBar::showRange()
{
    m_error->hide();
    m_error->clear();
    if (!m_session) {
        m_summary->clear();
        m_notice->hide();
        return;
    }
    const AnalyticsRange &range = m_session->range();
    m_preset->setCurrentIndex(m_preset->findData(int(range.preset())));
    {
        const QSignalBlocker a(m_first), b(m_last);
        m_first->setDate(range.firstDay());
        m_last->setDate(range.lastDay());
    }
    const QLocale locale;
    // A custom range's label is its dates already: said twice it read "a – b: a – b".
    m_summary->setText(range.preset() == AnalyticsRange::Preset::Custom
                           ? range.label(locale)
                           //: The range shown, e.g. "Last 7 days: 3/12/26 – 3/18/26"
                           : tr("%1: %2 – %3")
                                 .arg(range.label(locale), locale.toString(range.firstDay(), QLocale::ShortFormat),
                                      locale.toString(range.lastDay(), QLocale::ShortFormat)));
    const QString notice = m_session->rangeNotice();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    ThemeColors::setTextColor(m_notice, ThemeColors::muted(palette()));
    ThemeColors::setTextColor(m_summary, ThemeColors::muted(palette()));
}

void RangeBar::showError(const QString &why)
{
    //: A refused date range; %1 = the session's reason ("The start is after the end.")
    m_error->setText(tr("Range not applied: %1 The figures shown are still for %2.")
                         .arg(why, m_session ? m_session->range().label() : QString()));
    ThemeColors::setTextColor(m_error, ThemeColors::errorText(palette()));
    m_error->show();
    m_error->setAccessibleDescription(m_error->text());
}

QString RangeBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString RangeBar::summaryText() const
{
    return m_summary->text();
}

QString RangeBar::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void RangeBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The colours of the notes are mixed from the palette: mix them again.
        const QString error = m_error->isHidden() ? QString() : m_error->text();
        showRange();
        if (!error.isEmpty()) {
            m_error->setText(error);
            ThemeColors::setTextColor(m_error, ThemeColors::errorText(palette()));
            m_error->show();
        }
    }
}

} // namespace repdesk
