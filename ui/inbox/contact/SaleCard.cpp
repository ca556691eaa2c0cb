#include "inbox/contact/SaleCard.h"

#include "RelativeTime.h"
#include "Sale.h"
#include "common/CopyableField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace repdesk {

SaleCard::SaleCard(const Sale &sale, QWidget *parent)
    : QFrame(parent), m_saleId(sale.saleId), m_stage(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);

    const QString stage = sale.currentStatus && !sale.currentStatus->label.isEmpty() ? sale.currentStatus->label
                                                                                      : tr("No stage");
    m_stage->setText(stage);
    m_stage->setTextFormat(Qt::PlainText);
    m_stage->setWordWrap(true);
    m_stage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_stage->font();
    bold.setBold(true);
    m_stage->setFont(bold);

    const QDateTime changed = sale.currentStatus && sale.currentStatus->changedAt.isValid()
        ? sale.currentStatus->changedAt
        : sale.lastActivityAt;
    auto *when = new QLabel(this);
    when->setForegroundRole(QPalette::PlaceholderText);
    when->setTextFormat(Qt::PlainText);
    if (changed.isValid()) {
        when->setText(RelativeTime::format(changed));
        when->setToolTip(tr("Stage changed %1").arg(RelativeTime::full(changed)));
        when->setAccessibleName(tr("Stage changed %1").arg(when->text()));
    }

    auto *header = new QHBoxLayout;
    header->addWidget(m_stage, 1);
    header->addWidget(when, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);

    const QString total = formatTotal(sale.quoteDetails);
    if (!total.isEmpty()) {
        auto *field = new CopyableField(tr("Total"), tr("Copy total"), this);
        field->setValue(total);
        layout->addWidget(field);
        m_fields.append(field);
    }
    const QString products = formatProducts(sale.quoteDetails.products);
    if (!products.isEmpty()) {
        auto *field = new CopyableField(tr("Products"), tr("Copy products"), this);
        field->setValue(products);
        layout->addWidget(field);
        m_fields.append(field);
    }

    setAccessibleName(total.isEmpty() ? tr("Sale, %1").arg(stage) : tr("Sale, %1, %2").arg(stage, total));
    if (changed.isValid())
        setAccessibleDescription(when->accessibleName());
}

QString SaleCard::stageText() const
{
    return m_stage->text();
}

QList<QWidget *> SaleCard::focusWidgets() const
{
    QList<QWidget *> out;
    for (CopyableField *f : m_fields)
        out.append(f->copyButton());
    return out;
}

QString SaleCard::formatTotal(const QuoteDetails &quote)
{
    if (quote.totalPrice.isEmpty())
        return {};
    const std::optional<double> amount = quote.totalPriceAmount();
    const QString number = amount ? QLocale().toString(*amount, 'f', 2) : quote.totalPrice;
    if (quote.currency.isEmpty())
        return number;
    // An ISO code rather than a symbol: "USD" is unambiguous where "$" is not.
    //: A sale total: %1 is the ISO currency code, %2 the amount
    return tr("%1 %2").arg(quote.currency, number);
}

QString SaleCard::formatProducts(const QList<SaleProduct> &products)
{
    QStringList lines;
    for (const SaleProduct &p : products) {
        const QString name = p.productName.isEmpty() ? tr("Unnamed product") : p.productName;
        lines.append(p.quantity == 1.0 ? name : tr("%1 × %2").arg(name, QLocale().toString(p.quantity)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace repdesk
