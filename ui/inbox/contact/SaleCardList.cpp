#include "inbox/contact/SaleCardList.h"

#include "Sale.h"
#include "inbox/contact/SaleCard.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace repdesk {

namespace {

QDateTime lastChange(const Sale &sale)
{
    return sale.currentStatus && sale.currentStatus->changedAt.isValid() ? sale.currentStatus->changedAt
                                                                         : sale.lastActivityAt;
}

} // namespace

SaleCardList::SaleCardList(QWidget *parent) : QWidget(parent), m_note(new QLabel(this))
{
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_note);
}

void SaleCardList::setSales(const QList<Sale> &sales, const QString &note)
{
    QList<Sale> sorted = sales;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Sale &a, const Sale &b) { return lastChange(a) > lastChange(b); });
    qDeleteAll(m_cards);
    m_cards.clear();
    auto *box = static_cast<QVBoxLayout *>(layout());
    for (const Sale &sale : std::as_const(sorted)) {
        auto *card = new SaleCard(sale, this);
        box->insertWidget(box->count() - 1, card);
        m_cards.append(card);
    }
    m_note->setText(note);
    m_note->setAccessibleName(note);
    m_note->setVisible(!note.isEmpty());
}

QString SaleCardList::note() const
{
    return m_note->text();
}

QList<QWidget *> SaleCardList::focusWidgets() const
{
    QList<QWidget *> out;
    for (SaleCard *card : m_cards)
        out += card->focusWidgets();
    return out;
}

} // namespace repdesk
