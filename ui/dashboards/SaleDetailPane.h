#pragma once

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "SaleDetailLoader.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace repdesk {


// One sale of a stage's drill-down: what was quoted (each product's
// quantity × unit price and its line total), the quote total (and a warning
// when the lines do not add up to it), and the status history, oldest
// first, with when and who (the "who" arrives from the audit log after the
// rest; until then the pane says it is looking). Also the quote's other details
// (agent overrides and whatever else the server sent in quote_details) and the
// sale's custom fields, as "field: value" lines.
class SaleDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit SaleDetailPane(QWidget *parent = nullptr);

    void setLoader(SaleDetailLoader *loader);
    void clear();

    QTableWidget *lines() const { return m_lines; }
    QTableWidget *history() const { return m_history; }
    QString summaryText() const;
    QString totalsText() const;
    QString quoteText() const;
    QString customFieldsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail();

    QPointer<SaleDetailLoader> m_loader;
    QLabel *m_summary;
    QTableWidget *m_lines;
    QLabel *m_totals;
    QLabel *m_quote;
    QLabel *m_custom;
    QTableWidget *m_history;
    QLabel *m_historyNote;
};

} // namespace repdesk
