#pragma once

#include "Agent.h"
#include "Sale.h"

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "SalesIndex.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPointer>

namespace repdesk {

class CompanyDirectory;
class ContactDirectory;
class SaleNames;

// The pipeline board's cards: every sale of the organization's SalesIndex (read from the cache,
// never the network), one row each, with the stage it is in now (StageRole) so that a view shows
// one column per stage through a filter. stages() orders the stage labels the way the
// organization's sales move through them, read from their status histories (the API has no list
// of stages): a label seen earlier in the histories comes first. Names, never ids: companies and
// contacts through the organization's directories (asked for the rows, once each), owners from
// the agents; totals in each sale's own currency; the age is the time in the current stage.
class SalesBoardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SaleIdRole = Qt::UserRole + 1, // QString
        StageRole,                     // QString: the current stage label ("No stage" when none)
        CompanyTextRole,               // QString: a name, or a word for its state
        ContactTextRole,               // QString: the primary contact's name, or a word
        OwnerTextRole,                 // QString: the owner's name, or a word
        TotalTextRole,                 // QString: the total in the sale's currency
        TotalRole,                     // double; invalid when absent
        AgeTextRole,                   // QString: how long it has been in this stage ("3 days")
        StageChangedAtRole,            // QDateTime UTC; invalid when unknown
    };
    Q_ENUM(Role)

    explicit SalesBoardModel(QObject *parent = nullptr);

    void setSource(SalesIndex *sales);
    void setDirectories(ContactDirectory *contacts, CompanyDirectory *companies);
    void setAgents(const QHash<QString, Agent> &agents);
    // The names the board shows (shared with the sales table).
    SaleNames *names() const { return m_names; }
    // For tests: the moment ages are measured to (invalid: now).
    void setNow(const QDateTime &now) { m_now = now; }

    // Stage labels in pipeline order; "No stage" last when some sale has none.
    QStringList stages() const { return m_stages; }
    int countInStage(const QString &stage) const;
    const Sale *sale(int row) const;
    int rowOfSale(const QString &saleId) const;
    static QString noStageLabel();
    // The order itself, from histories (oldest first): exposed for tests.
    static QStringList orderStages(const QList<Sale> &sales);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The stages or their counts changed (a walk page, a finished walk).
    void stagesChanged();

private:
    void reload();
    void namesArrived();
    static QString stageOf(const Sale &sale);

    QPointer<SalesIndex> m_sales;
    SaleNames *m_names;
    QList<Sale> m_rows;
    QStringList m_stages;
    QDateTime m_now;
    QLocale m_locale;
};

} // namespace repdesk
