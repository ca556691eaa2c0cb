#pragma once

#include <QFrame>

class QLabel;

namespace repdesk {

class CopyableField;
struct QuoteDetails;
struct Sale;
struct SaleProduct;

// One sale linked to the conversation: stage, total, products and when the
// stage last changed.
class SaleCard : public QFrame
{
    Q_OBJECT
public:
    explicit SaleCard(const Sale &sale, QWidget *parent = nullptr);

    QString saleId() const { return m_saleId; }
    QString stageText() const;
    QList<QWidget *> focusWidgets() const;

    // "USD 1,200.00" in the user's locale; the raw text when it is not a number.
    static QString formatTotal(const QuoteDetails &quote);
    // One product a line: "Seed Service × 2".
    static QString formatProducts(const QList<SaleProduct> &products);

private:
    QString m_saleId;
    QLabel *m_stage;
    QList<CopyableField *> m_fields;
};

} // namespace repdesk
