#pragma once

#include "Agent.h"
#include "DateRange.h"
#include "PipelineRule.h"
#include "Sale.h"

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "CompanyDirectory.h"
#include "ContactDirectory.h"
#include "PipelineModel.h"
#include "SalesIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QPointer>

#include <optional>

namespace repdesk {

// The drill-down of one pipeline stage: the sales of the organization's
// SalesIndex (in an agent's scope, those that agent owns) that make up the
// stage's figure on the chart. The docs do not say which sales a stage
// counts, so the rows follow the PipelineRule that rebuilds every stage of
// the scope's pipeline from the index; agreement() says whether one did.
// When none does and the index may be behind the figure, it walks the index
// again, once per figure. Read from the cache, never the network, except for
// names: companies and contacts are named through the organization's
// directories (asked for the rows shown, each once), owners from the agents.
// No column ever shows an id.
class StageSalesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SaleColumn,    // products (or "Sale"); Qt::UserRole: the same text
        OwnerColumn,   // agent name; Qt::UserRole: the same text
        TotalColumn,   // the sale's own currency; Qt::UserRole: double total (invalid when absent)
        ChangedColumn, // when it reached this stage; Qt::UserRole: QDateTime UTC
        CompanyColumn, // company name, or a word for its state; Qt::UserRole: the same text
        ContactColumn, // primary contact's name, or a word for its state; Qt::UserRole: the same text
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SaleIdRole = Qt::UserRole + 1, // QString, any column
        OwnerIdRole,                   // QString
        TotalRole,                     // double; invalid when absent
        CurrencyRole,                  // QString ISO code of the sale; may be empty
        StageChangedAtRole,            // QDateTime UTC
        CreatedAtRole,                 // QDateTime UTC
        CompanyIdRole,                 // QString, for opening the company; never displayed
        ContactIdRole,                 // QString, the primary contact; never displayed
        NameStateRole,                 // int (NameState) of the owner, company or contact cell
    };
    Q_ENUM(Role)
    // Where a name stands: shown, being asked, the server does not know the id,
    // there is none, or the request failed (asked again on the next reload).
    enum class NameState { Known, Loading, Unknown, None, Failed };
    Q_ENUM(NameState)
    // How the rows relate to the stage's figure on the chart.
    enum class Agreement {
        NoFigure, // no figure to compare with (not loaded, or failed)
        Agrees,   // rule() rebuilds every stage of the figure: the rows are the stage's sales
        Updating, // they differ while the figure or the index is being fetched again
        Differs,  // they differ, and the index has been walked again since the figure came
    };
    Q_ENUM(Agreement)

    explicit StageSalesModel(QObject *parent = nullptr);

    void setSource(SalesIndex *sales);
    void setAgents(const QHash<QString, Agent> &agents);
    void setDirectories(ContactDirectory *contacts, CompanyDirectory *companies);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // An empty stage shows nothing. `range` with invalid ends does not filter by date.
    // `figures`: the scope's pipeline for that range, followed as it changes (null: none).
    void setFilter(const QString &stage, const QString &ownerId, const DateRange &range,
                   PipelineModel *figures = nullptr);
    QString stage() const { return m_stage; }
    QString ownerId() const { return m_owner; }
    void reload();

    Agreement agreement() const { return m_agreement; }
    // The rule the rows are chosen by: the one that rebuilds the figures, else PipelineRule::kFallback.
    PipelineRule::Rule rule() const { return m_rule; }
    // The stage's volume on the chart; -1 when there is no figure.
    int figureVolume() const;
    // When the index last finished a walk (the list's age).
    QDateTime salesUpdatedAt() const;

    const Sale *sale(int row) const;
    int rowOfSale(const QString &saleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void agreementChanged();

private:
    void askNames();
    void namesChanged(Column column);
    NameState ownerState(const Sale &sale) const;
    NameState companyState(const Sale &sale) const;
    NameState contactState(const Sale &sale) const;
    QString nameText(Column column, const Sale &sale, NameState state) const;
    QString figureKey() const;

    QPointer<SalesIndex> m_sales;
    QPointer<ContactDirectory> m_contacts;
    QPointer<CompanyDirectory> m_companies;
    QPointer<PipelineModel> m_figures;
    QHash<QString, Agent> m_agents;
    QString m_stage;
    QString m_owner;
    DateRange m_range;
    QList<Sale> m_rows;
    QLocale m_locale;
    PipelineRule::Rule m_rule = PipelineRule::kFallback;
    std::optional<PipelineRule::Rule> m_matched; // the last rule that rebuilt a figure: tried first next time
    Agreement m_agreement = Agreement::NoFigure;
    QString m_walkedFor; // the figure the index was last walked again for
};

} // namespace repdesk
