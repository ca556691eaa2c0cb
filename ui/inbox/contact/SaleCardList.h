#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace repdesk {

class SaleCard;
struct Sale;

// The sales linked to one conversation, most recently changed first, with
// an optional note under them ("only the latest 2,500 sales searched").
class SaleCardList : public QWidget
{
    Q_OBJECT
public:
    explicit SaleCardList(QWidget *parent = nullptr);

    void setSales(const QList<Sale> &sales, const QString &note = {});
    const QList<SaleCard *> &cards() const { return m_cards; }
    QString note() const;
    QList<QWidget *> focusWidgets() const;

private:
    QList<SaleCard *> m_cards;
    QLabel *m_note;
};

} // namespace repdesk
