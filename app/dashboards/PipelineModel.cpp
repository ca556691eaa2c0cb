#include "PipelineModel.h"

#include "FigureFormatter.h"

namespace repdesk {

PipelineModel::PipelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void PipelineModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_pipeline.pipeline.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PipelineModel::setCurrency(const QString &isoCode)
{
    if (m_currency == isoCode)
        return;
    m_currency = isoCode;
    if (!m_pipeline.pipeline.isEmpty())
        Q_EMIT dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
    Q_EMIT stateChanged();
}

QString PipelineModel::mixedCurrencyNote()
{
    return tr("Values in the sales' own currencies");
}

QString PipelineModel::currencyNote() const
{
    return m_currency.isEmpty() ? mixedCurrencyNote() : QString();
}

int PipelineModel::totalVolume(const SalesPipeline &pipeline)
{
    int total = 0;
    for (const PipelineStage &stage : pipeline.pipeline)
        total += stage.volume;
    return total;
}

std::optional<double> PipelineModel::totalValue(const SalesPipeline &pipeline)
{
    // No stages: nothing in the pipeline. Stages whose values are all unreadable: unknown.
    if (pipeline.pipeline.isEmpty())
        return 0.0;
    std::optional<double> total;
    for (const PipelineStage &stage : pipeline.pipeline) {
        if (const auto amount = stage.valueAmount())
            total = total.value_or(0.0) + *amount;
    }
    return total;
}

QString PipelineModel::salesRateText() const
{
    return FigureFormatter(m_locale).rate(m_pipeline.salesRate);
}

QString PipelineModel::stageName(int row) const
{
    return row >= 0 && row < m_pipeline.pipeline.size() ? m_pipeline.pipeline.at(row).name : QString();
}

void PipelineModel::setPipeline(const SalesPipeline &pipeline)
{
    beginResetModel();
    m_pipeline = pipeline;
    endResetModel();
}

void PipelineModel::clear()
{
    setPipeline({});
    m_state = {};
    Q_EMIT stateChanged();
}

void PipelineModel::ask()
{
    m_state.ask();
    Q_EMIT stateChanged();
}

void PipelineModel::show(const AnalyticsAnswer &cached)
{
    if (const auto pipeline = cached.decode<SalesPipeline>()) {
        setPipeline(*pipeline);
        m_state.show(cached);
    }
    Q_EMIT stateChanged();
}

void PipelineModel::take(const AnalyticsAnswer &answer)
{
    if (m_state.take(answer)) {
        if (const auto pipeline = answer.decode<SalesPipeline>())
            setPipeline(*pipeline);
    }
    Q_EMIT stateChanged();
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipeline.pipeline.size());
}

int PipelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pipeline.pipeline.size())
        return {};
    const PipelineStage &stage = m_pipeline.pipeline.at(index.row());
    const std::optional<double> amount = stage.valueAmount();
    switch (role) {
    case StageNameRole:
        return stage.name;
    case StatusCodeRole:
        return stage.status;
    case VolumeRole:
        return stage.volume;
    case ValueRole:
        return amount ? QVariant(*amount) : QVariant();
    case ValueDecimalRole:
        return stage.value;
    case ShareOfVolumeRole: {
        const int total = totalVolume();
        return total > 0 ? double(stage.volume) / total : 0.0;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case StageColumn:
            return stage.name.isEmpty() ? tr("(unnamed stage)") : stage.name;
        case VolumeColumn:
            return m_locale.toString(stage.volume);
        case ValueColumn:
            return FigureFormatter(m_locale).money(amount, m_currency);
        }
        return {};
    case Qt::UserRole:
        switch (index.column()) {
        case StageColumn:
            return stage.name;
        case VolumeColumn:
            return stage.volume;
        case ValueColumn:
            return amount ? QVariant(*amount) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == StageColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case VolumeColumn:
        return tr("Sales");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

QHash<int, QByteArray> PipelineModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(StageNameRole, "stageName");
    names.insert(StatusCodeRole, "statusCode");
    names.insert(VolumeRole, "volume");
    names.insert(ValueRole, "value");
    names.insert(ValueDecimalRole, "valueDecimal");
    names.insert(ShareOfVolumeRole, "shareOfVolume");
    return names;
}

} // namespace repdesk
