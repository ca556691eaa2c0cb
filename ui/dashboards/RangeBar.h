#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "DashboardSession.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace repdesk {


// The dashboards' date range: a preset (Today, Last 7 days, Last 30 days,
// This quarter, Last quarter) or Custom with two dates (calendar popups),
// applied with Enter or Apply. The session checks every range before asking
// anything: a refused range (start after end) is said beside the bar and the
// page keeps the one it shows; an end in the future is moved to now, and the
// bar says so. The session remembers the range per organization.
class RangeBar : public QWidget
{
    Q_OBJECT
public:
    explicit RangeBar(QWidget *parent = nullptr);

    void setSession(DashboardSession *session);

    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *firstDayEdit() const { return m_first; }
    QDateEdit *lastDayEdit() const { return m_last; }
    QPushButton *applyButton() const { return m_apply; }
    QString errorText() const;
    QString noticeText() const;
    // What the bar says the range is ("Last 7 days: 3/12/26 – 3/18/26").
    QString summaryText() const;

    // Applies the two dates as a custom range (what Apply and Enter do).
    bool applyCustom();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choosePreset(int index);
    void showRange();
    void showError(const QString &why);

    QPointer<DashboardSession> m_session;
    QComboBox *m_preset;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QPushButton *m_apply;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_notice;
};

} // namespace repdesk
