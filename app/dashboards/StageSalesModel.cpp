#include "StageSalesModel.h"

#include "AgentSaleListModel.h"
#include "FigureFormatter.h"

namespace repdesk {

StageSalesModel::StageSalesModel(QObject *parent) : QAbstractTableModel(parent) {}

void StageSalesModel::setSource(SalesIndex *sales)
{
    if (m_sales)
        m_sales->disconnect(this);
    m_sales = sales;
    if (sales) {
        connect(sales, &SalesIndex::updated, this, &StageSalesModel::reload);
        // A walk that failed says nothing else: the list is no longer being updated.
        connect(sales, &SalesIndex::loadingChanged, this, [this](bool loading) {
            if (!loading && m_agreement == Agreement::Updating)
                reload();
        });
    }
    reload();
}

void StageSalesModel::setAgents(const QHash<QString, Agent> &agents)
{
    m_agents = agents;
    namesChanged(OwnerColumn);
}

void StageSalesModel::setDirectories(ContactDirectory *contacts, CompanyDirectory *companies)
{
    if (m_contacts)
        m_contacts->disconnect(this);
    if (m_companies)
        m_companies->disconnect(this);
    m_contacts = contacts;
    m_companies = companies;
    if (contacts)
        connect(contacts, &ContactDirectory::contactsChanged, this, [this] { namesChanged(ContactColumn); });
    if (companies)
        connect(companies, &CompanyDirectory::companiesChanged, this, [this] { namesChanged(CompanyColumn); });
    namesChanged(ContactColumn);
    namesChanged(CompanyColumn);
    askNames();
}

void StageSalesModel::setFilter(const QString &stage, const QString &ownerId, const DateRange &range,
                                PipelineModel *figures)
{
    if (m_figures != figures) {
        if (m_figures)
            m_figures->disconnect(this);
        m_figures = figures;
        // A figure that arrives or is asked again decides anew which sales it counts.
        if (figures)
            connect(figures, &PipelineModel::stateChanged, this, [this] {
                if (!m_stage.isEmpty())
                    reload();
            });
    }
    m_stage = stage;
    m_owner = ownerId;
    m_range = range;
    reload();
}

QString StageSalesModel::figureKey() const
{
    if (!m_figures)
        return {};
    return QStringLiteral("%1|%2|%3|%4")
        .arg(m_owner)
        .arg(m_range.start.toMSecsSinceEpoch())
        .arg(m_range.end.toMSecsSinceEpoch())
        .arg(m_figures->state().fetchedAt.toMSecsSinceEpoch());
}

int StageSalesModel::figureVolume() const
{
    if (!m_figures || !m_figures->state().hasFigure())
        return -1;
    for (const PipelineStage &stage : m_figures->pipeline().pipeline) {
        if (stage.name == m_stage)
            return stage.volume;
    }
    return 0;
}

QDateTime StageSalesModel::salesUpdatedAt() const
{
    return m_sales ? m_sales->lastCompleted() : QDateTime();
}

void StageSalesModel::reload()
{
    QList<Sale> rows;
    Agreement agreement = Agreement::NoFigure;
    PipelineRule::Rule rule = PipelineRule::kFallback;
    if (m_sales && !m_stage.isEmpty()) {
        QList<Sale> scope = m_sales->allSales();
        if (!m_owner.isEmpty())
            scope.removeIf([this](const Sale &sale) { return sale.ownerId != m_owner; });
        if (m_figures && m_figures->state().hasFigure()) {
            const auto matched = PipelineRule::match(m_figures->pipeline(), scope, m_range, m_matched);
            // A rule is adopted (first, or instead of another) only from an index at least as new
            // as the figure: an index walked before a sale moved can rebuild the new figure by
            // another rule by chance (seen: "moved into the stage and still in it" rebuilding
            // "created in the range and now in it" once a sale moved), and would then hide the
            // sale that moved. Once adopted, a rule that still rebuilds a later figure is trusted.
            const bool adopting = matched && m_matched != matched;
            const bool indexOlder = m_sales->lastCompleted() < m_figures->state().fetchedAt;
            const bool walkFirst = adopting && indexOlder && (m_sales->isLoading() || m_walkedFor != figureKey());
            if (walkFirst && !m_sales->isLoading()) {
                m_walkedFor = figureKey();
                m_sales->refresh(true);
            }
            if (walkFirst && m_sales->isLoading()) {
                rule = *matched; // the rows meanwhile, until the walk decides
                agreement = Agreement::Updating;
            } else if (matched) {
                rule = *matched;
                m_matched = matched;
                agreement = Agreement::Agrees;
            } else if (m_figures->state().refreshing || m_sales->isLoading()) {
                agreement = Agreement::Updating;
            } else if (m_walkedFor != figureKey()) {
                // The index may be older than the figure (sales created or moved since its last
                // walk, which stays fresh for a while): walk it again, once for this figure.
                m_walkedFor = figureKey();
                m_sales->refresh(true);
                agreement = m_sales->isLoading() ? Agreement::Updating : Agreement::Differs;
            } else {
                agreement = Agreement::Differs;
            }
        }
        for (const Sale &sale : std::as_const(scope)) {
            if (PipelineRule::counts(rule, sale, m_stage, m_range))
                rows.append(sale);
        }
    }
    beginResetModel();
    m_rows = rows;
    m_rule = rule;
    endResetModel();
    askNames();
    if (agreement != m_agreement) {
        m_agreement = agreement;
        Q_EMIT agreementChanged();
    }
}

void StageSalesModel::askNames()
{
    // A stage holds tens of sales, not thousands: every name the rows need, in one go.
    QStringList companies;
    QStringList contacts;
    for (const Sale &sale : std::as_const(m_rows)) {
        if (!sale.companyId.isEmpty() && !companies.contains(sale.companyId))
            companies << sale.companyId;
        const QString contact = sale.primaryContactId();
        if (!contact.isEmpty() && !contacts.contains(contact))
            contacts << contact;
    }
    if (m_companies && !companies.isEmpty())
        m_companies->request(companies);
    if (m_contacts && !contacts.isEmpty())
        m_contacts->request(contacts);
}

void StageSalesModel::namesChanged(Column column)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

const Sale *StageSalesModel::sale(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StageSalesModel::rowOfSale(const QString &saleId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).saleId == saleId)
            return i;
    }
    return -1;
}

StageSalesModel::NameState StageSalesModel::ownerState(const Sale &sale) const
{
    if (sale.ownerId.isEmpty())
        return NameState::None;
    if (m_agents.contains(sale.ownerId))
        return NameState::Known;
    // No agent known at all: the team has not been listed yet.
    return m_agents.isEmpty() ? NameState::Loading : NameState::Unknown;
}

StageSalesModel::NameState StageSalesModel::companyState(const Sale &sale) const
{
    const QString &id = sale.companyId;
    if (id.isEmpty())
        return NameState::None;
    if (!m_companies)
        return NameState::Failed;
    if (!m_companies->displayName(id).isEmpty())
        return NameState::Known;
    if (m_companies->isUnknown(id))
        return NameState::Unknown;
    return m_companies->isPending(id) ? NameState::Loading : NameState::Failed;
}

StageSalesModel::NameState StageSalesModel::contactState(const Sale &sale) const
{
    const QString id = sale.primaryContactId();
    if (id.isEmpty())
        return NameState::None;
    if (!m_contacts)
        return NameState::Failed;
    if (!m_contacts->displayName(id).isEmpty())
        return NameState::Known;
    if (m_contacts->isUnknown(id))
        return NameState::Unknown;
    // ContactDirectory forgets a failed request: not pending and not named means it failed.
    return m_contacts->isPending(id) ? NameState::Loading : NameState::Failed;
}

QString StageSalesModel::nameText(Column column, const Sale &sale, NameState state) const
{
    switch (state) {
    case NameState::Known:
        if (column == CompanyColumn)
            return m_companies->displayName(sale.companyId);
        if (column == ContactColumn)
            return m_contacts->displayName(sale.primaryContactId());
        return m_agents.value(sale.ownerId).name.trimmed().isEmpty() ? m_agents.value(sale.ownerId).email
                                                                     : m_agents.value(sale.ownerId).name.trimmed();
    case NameState::Loading:
        return tr("Loading…");
    case NameState::Unknown:
        return column == CompanyColumn ? tr("Unknown company")
            : column == ContactColumn  ? tr("Unknown contact")
                                       : tr("Unknown agent");
    case NameState::None:
        return column == CompanyColumn ? tr("No company") : column == ContactColumn ? tr("No contact") : tr("No owner");
    case NameState::Failed:
        break;
    }
    return FigureFormatter::none();
}

int StageSalesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StageSalesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageSalesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Sale &s = m_rows.at(index.row());
    const Column column = Column(index.column());
    const bool named = column == OwnerColumn || column == CompanyColumn || column == ContactColumn;
    const NameState state = column == OwnerColumn ? ownerState(s)
        : column == CompanyColumn                  ? companyState(s)
                                                   : contactState(s);
    const std::optional<double> total = s.quoteDetails.totalPriceAmount();
    const QDateTime changed = s.currentStatus ? s.currentStatus->changedAt : QDateTime();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::UserRole:
        if (named)
            return nameText(column, s, state);
        switch (column) {
        case SaleColumn: {
            const QString products = AgentSaleListModel::productNames(s);
            return products.isEmpty() ? tr("Sale") : products;
        }
        case TotalColumn:
            if (role == Qt::UserRole)
                return total ? QVariant(*total) : QVariant();
            return FigureFormatter(m_locale).money(total, s.quoteDetails.currency);
        case ChangedColumn:
            if (role == Qt::UserRole)
                return changed;
            return changed.isValid() ? m_locale.toString(changed.toLocalTime(), QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (named && state == NameState::Failed)
            return tr("The name could not be loaded; it is asked again when the list changes.");
        if (column == CompanyColumn && state == NameState::Known)
            return m_companies->company(s.companyId)->domain;
        return {};
    case NameStateRole:
        return named ? QVariant(int(state)) : QVariant();
    case SaleIdRole:
        return s.saleId;
    case OwnerIdRole:
        return s.ownerId;
    case CompanyIdRole:
        return s.companyId;
    case ContactIdRole:
        return s.primaryContactId();
    case TotalRole:
        return total ? QVariant(*total) : QVariant();
    case CurrencyRole:
        return s.quoteDetails.currency;
    case StageChangedAtRole:
        return changed;
    case CreatedAtRole:
        return s.createdAt;
    default:
        return {};
    }
}

QVariant StageSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SaleColumn:
        return tr("Sale");
    case OwnerColumn:
        return tr("Owner");
    case TotalColumn:
        return tr("Total");
    case ChangedColumn:
        return tr("In this stage since");
    case CompanyColumn:
        return tr("Company");
    case ContactColumn:
        return tr("Primary contact");
    }
    return {};
}

QHash<int, QByteArray> StageSalesModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(SaleIdRole, "saleId");
    names.insert(OwnerIdRole, "ownerId");
    names.insert(TotalRole, "total");
    names.insert(CurrencyRole, "currency");
    names.insert(StageChangedAtRole, "stageChangedAt");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(CompanyIdRole, "companyId");
    names.insert(ContactIdRole, "contactId");
    names.insert(NameStateRole, "nameState");
    return names;
}

} // namespace repdesk
