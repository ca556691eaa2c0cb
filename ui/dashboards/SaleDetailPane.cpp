#include "dashboards/SaleDetailPane.h"

#include "common/ThemeColors.h"

#include "common/TableExportActions.h"
#include "FigureFormatter.h"
#include "SaleDetailLoader.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace repdesk {

namespace {
QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setAccessibleName(name);
    TableExportActions::attach(t, name);
    return t;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

SaleDetailPane::SaleDetailPane(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_lines(table({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Line total")}, tr("Products of the sale"), this)),
      m_totals(new QLabel(this)),
      m_quote(new QLabel(this)),
      m_custom(new QLabel(this)),
      m_history(table({tr("Stage"), tr("When"), tr("Who")}, tr("Status history of the sale"), this)),
      m_historyNote(new QLabel(this))
{
    setAccessibleName(tr("Sale details"));
    for (QLabel *label : {m_summary, m_totals, m_quote, m_custom, m_historyNote}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_quote->setObjectName(QStringLiteral("saleQuoteDetails"));
    m_quote->setAccessibleName(tr("Quote details"));
    m_custom->setObjectName(QStringLiteral("saleCustomFields"));
    m_custom->setAccessibleName(tr("Custom fields"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Sale"), this));
    layout->addWidget(m_summary);
    layout->addWidget(heading(tr("Products"), this));
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_quote);
    layout->addWidget(heading(tr("Custom fields"), this));
    layout->addWidget(m_custom);
    layout->addWidget(heading(tr("Status history"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(m_historyNote);
    clear();
}

void SaleDetailPane::setLoader(SaleDetailLoader *loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    if (loader)
        connect(loader, &SaleDetailLoader::changed, this, &SaleDetailPane::showDetail);
    showDetail();
}

void SaleDetailPane::clear()
{
    m_summary->setText(tr("Press Enter on a sale to see its products and history."));
    m_lines->setRowCount(0);
    m_history->setRowCount(0);
    m_totals->clear();
    m_quote->clear();
    m_custom->clear();
    m_historyNote->clear();
}

void SaleDetailPane::showDetail()
{
    if (!m_loader || !m_loader->detail().valid) {
        clear();
        return;
    }
    const SaleDetail &d = m_loader->detail();
    const QLocale locale;
    const FigureFormatter format(locale);
    const QString owner = d.ownerName.isEmpty() ? tr("an unknown agent") : d.ownerName;
    const QString created = d.createdAt.isValid() ? locale.toString(d.createdAt.toLocalTime(), QLocale::ShortFormat)
                                                  : FigureFormatter::none();
    //: A sale's summary: %1 = stage, %2 = owner's name, %3 = when it was created
    m_summary->setText(tr("In stage %1, owned by %2, created %3.")
                           .arg(d.currentStage.isEmpty() ? tr("(none)") : d.currentStage, owner, created));

    m_lines->setRowCount(int(d.lines.size()));
    for (int row = 0; row < d.lines.size(); ++row) {
        const SaleDetail::Line &line = d.lines.at(row);
        m_lines->setItem(row, 0, cell(line.product.isEmpty() ? tr("(unnamed product)") : line.product));
        m_lines->setItem(row, 1, cell(format.decimal(line.quantity, 3), true));
        m_lines->setItem(row, 2, cell(line.unitAmount ? format.money(line.unitAmount, d.currency) : line.unitPrice, true));
        m_lines->setItem(row, 3, cell(format.money(line.lineTotal, d.currency), true));
    }

    QStringList totals;
    if (d.lines.isEmpty())
        totals << tr("No products quoted yet.");
    //: %1 = the quote's total with its currency
    totals << tr("Quote total: %1").arg(d.total ? format.money(d.total, d.currency)
                                                : (d.totalPrice.isEmpty() ? FigureFormatter::none() : d.totalPrice));
    if (!d.lines.isEmpty())
        totals << tr("Sum of the lines: %1").arg(format.money(d.linesTotal, d.currency));
    if (!d.totalsAgree())
        totals << tr("The lines do not add up to the quote total.");
    if (d.currency.isEmpty())
        totals << tr("The sale names no currency.");
    m_totals->setText(totals.join(QStringLiteral(" · ")));
    ThemeColors::setTextColor(m_totals, d.totalsAgree() ? palette().color(QPalette::WindowText)
                                                             : ThemeColors::errorText(palette()));

    QStringList quote;
    for (const auto &field : d.quoteFields)
        //: One detail of a sale's quote, e.g. "agent overrides › discount percent: 5"
        quote << tr("%1: %2").arg(field.first, field.second);
    m_quote->setText(quote.isEmpty() ? QString() : tr("Quote details:") + QLatin1Char('\n') + quote.join(QLatin1Char('\n')));
    m_quote->setVisible(!quote.isEmpty());
    QStringList custom;
    for (const auto &field : d.customFields)
        custom << tr("%1: %2").arg(field.first, field.second);
    m_custom->setText(custom.isEmpty() ? tr("No custom fields.") : custom.join(QLatin1Char('\n')));

    m_history->setRowCount(int(d.history.size()));
    int named = 0;
    for (int row = 0; row < d.history.size(); ++row) {
        const SaleDetail::StatusChange &change = d.history.at(row);
        m_history->setItem(row, 0, cell(change.label.isEmpty() ? change.status : change.label));
        m_history->setItem(row, 1, cell(change.changedAt.isValid()
                                            ? locale.toString(change.changedAt.toLocalTime(), QLocale::ShortFormat)
                                            : FigureFormatter::none()));
        const bool known = !change.agentName.isEmpty();
        named += known ? 1 : 0;
        // The audit log names an agent the team list does not know: a name, never their id.
        const QString who = known                          ? change.agentName
            : !change.agentId.isEmpty()                    ? tr("Unknown agent")
            : m_loader->isLoadingHistory()                 ? QStringLiteral("…")
                                                           : tr("not recorded");
        m_history->setItem(row, 2, cell(who));
    }
    if (d.history.isEmpty())
        m_historyNote->setText(tr("No status changes recorded."));
    else if (m_loader->isLoadingHistory())
        m_historyNote->setText(tr("Looking up who made each change…"));
    else
        m_historyNote->setText(tr("%1 of %n change(s) say who made them.", nullptr, int(d.history.size())).arg(named));
    ThemeColors::setTextColor(m_historyNote, ThemeColors::muted(palette()));
}

QString SaleDetailPane::summaryText() const
{
    return m_summary->text();
}

QString SaleDetailPane::totalsText() const
{
    return m_totals->text();
}

QString SaleDetailPane::quoteText() const
{
    return m_quote->text();
}

QString SaleDetailPane::customFieldsText() const
{
    return m_custom->text();
}

void SaleDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The colours of the captions are mixed from the palette: mix them again.
    if (event->type() == QEvent::PaletteChange)
        showDetail();
}

} // namespace repdesk
