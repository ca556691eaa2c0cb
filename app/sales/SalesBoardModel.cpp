#include "SalesBoardModel.h"

#include "DurationFormatter.h"
#include "FigureFormatter.h"
#include "SaleNames.h"

#include <QCollator>

#include <algorithm>

namespace repdesk {

SalesBoardModel::SalesBoardModel(QObject *parent) : QAbstractListModel(parent), m_names(new SaleNames(this))
{
    connect(m_names, &SaleNames::namesChanged, this, &SalesBoardModel::namesArrived);
}

void SalesBoardModel::setSource(SalesIndex *sales)
{
    if (m_sales)
        disconnect(m_sales, nullptr, this, nullptr);
    m_sales = sales;
    if (sales)
        connect(sales, &SalesIndex::updated, this, &SalesBoardModel::reload);
    reload();
}

void SalesBoardModel::setDirectories(ContactDirectory *contacts, CompanyDirectory *companies)
{
    m_names->setDirectories(contacts, companies);
    reload();
}

void SalesBoardModel::setAgents(const QHash<QString, Agent> &agents)
{
    m_names->setAgents(agents);
}

QString SalesBoardModel::noStageLabel()
{
    return tr("No stage");
}

QString SalesBoardModel::stageOf(const Sale &sale)
{
    return sale.currentStatus && !sale.currentStatus->label.isEmpty() ? sale.currentStatus->label : noStageLabel();
}

QStringList SalesBoardModel::orderStages(const QList<Sale> &sales)
{
    // A label's place is where it tends to appear in a sale's history, as a share of that
    // history's length: "Qualified" opens histories, "Accepted" and "Lost" close them. Averaged
    // over every sale, so one odd history does not reorder the board.
    QHash<QString, double> sum;
    QHash<QString, int> seen;
    for (const Sale &sale : sales) {
        QList<SaleStatus> history = sale.statusHistory;
        if (history.isEmpty() && sale.currentStatus)
            history.append(*sale.currentStatus);
        const int n = int(history.size());
        QSet<QString> counted;
        for (int i = 0; i < n; ++i) {
            const QString label = history.at(i).label;
            if (label.isEmpty() || counted.contains(label))
                continue;
            counted.insert(label);
            sum[label] += n > 1 ? double(i) / (n - 1) : 0.0;
            seen[label] += 1;
        }
    }
    QStringList labels = seen.keys();
    QCollator collator;
    std::sort(labels.begin(), labels.end(), [&](const QString &a, const QString &b) {
        const double pa = sum.value(a) / seen.value(a);
        const double pb = sum.value(b) / seen.value(b);
        if (!qFuzzyCompare(pa + 1.0, pb + 1.0))
            return pa < pb;
        return collator.compare(a, b) < 0;
    });
    return labels;
}

void SalesBoardModel::reload()
{
    beginResetModel();
    m_rows = m_sales ? m_sales->allSales() : QList<Sale>();
    // Longest in its stage first: what waits most is what a manager looks at.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Sale &a, const Sale &b) {
        const QDateTime ca = a.currentStatus ? a.currentStatus->changedAt : QDateTime();
        const QDateTime cb = b.currentStatus ? b.currentStatus->changedAt : QDateTime();
        if (ca.isValid() != cb.isValid())
            return ca.isValid();
        return ca < cb;
    });
    endResetModel();
    QStringList stages = orderStages(m_rows);
    for (const Sale &sale : std::as_const(m_rows)) {
        if (!stages.contains(stageOf(sale)))
            stages.append(stageOf(sale));
    }
    m_stages = stages;
    m_names->request(m_rows);
    Q_EMIT stagesChanged();
}

void SalesBoardModel::namesArrived()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {CompanyTextRole, ContactTextRole, OwnerTextRole, Qt::DisplayRole, Qt::AccessibleTextRole});
}

int SalesBoardModel::countInStage(const QString &stage) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&stage](const Sale &s) { return stageOf(s) == stage; }));
}

int SalesBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Sale *SalesBoardModel::sale(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int SalesBoardModel::rowOfSale(const QString &saleId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).saleId == saleId)
            return row;
    return -1;
}

QVariant SalesBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Sale &s = m_rows.at(index.row());
    const std::optional<double> total = s.quoteDetails.totalPriceAmount();
    const QDateTime changed = s.currentStatus ? s.currentStatus->changedAt : QDateTime();
    switch (role) {
    case SaleIdRole:
        return s.saleId;
    case StageRole:
        return stageOf(s);
    case CompanyTextRole:
        return m_names->companyText(s.companyId);
    case ContactTextRole:
        return m_names->contactText(s.primaryContactId());
    case OwnerTextRole:
        return m_names->ownerText(s.ownerId);
    case TotalTextRole:
        return FigureFormatter(m_locale).money(total, s.quoteDetails.currency);
    case TotalRole:
        return total ? QVariant(*total) : QVariant();
    case AgeTextRole: {
        if (!changed.isValid())
            return tr("time in stage unknown");
        const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        //: How long a sale has been in its stage: "for 3 days"
        return tr("for %1").arg(DurationFormatter::format(double(qMax<qint64>(0, changed.secsTo(now))), m_locale));
    }
    case StageChangedAtRole:
        return changed;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: A sale's card on the pipeline board, read as one sentence
        return tr("%1, %2, owner %3, %4, %5")
            .arg(m_names->companyText(s.companyId), m_names->contactText(s.primaryContactId()), m_names->ownerText(s.ownerId), FigureFormatter(m_locale).money(total, s.quoteDetails.currency),
                 data(index, AgeTextRole).toString());
    default:
        return {};
    }
}

QHash<int, QByteArray> SalesBoardModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SaleIdRole, "saleId");
    names.insert(StageRole, "stage");
    names.insert(CompanyTextRole, "company");
    names.insert(ContactTextRole, "contact");
    names.insert(OwnerTextRole, "owner");
    names.insert(TotalTextRole, "totalText");
    names.insert(TotalRole, "total");
    names.insert(AgeTextRole, "age");
    names.insert(StageChangedAtRole, "stageChangedAt");
    return names;
}

} // namespace repdesk
