#pragma once

#include "FigureState.h"
#include "SalesPipeline.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <optional>

namespace repdesk {

// The sales pipeline of a scope for the range: one row per stage, in the
// order the API lists them, with its volume and value, plus the sales rate.
// Analytics give no currency: values are shown in the currency every sale of
// the organization uses when there is exactly one (setCurrency), and as
// plain amounts otherwise, with currencyNote() saying so.
class PipelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StageColumn, VolumeColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)
    // Qt::DisplayRole: text of the cell. Qt::UserRole: its raw value (QString
    // stage name, int volume, double value; invalid when a value is unknown).
    enum Role {
        StageNameRole = Qt::UserRole + 1, // QString, any column
        StatusCodeRole,                   // QString: system code ("quote_sent"), may be empty
        VolumeRole,                       // int
        ValueRole,                        // double; invalid when the server's text is not a number
        ValueDecimalRole,                 // QString: the exact decimal text the server sent ("21600.00")
        ShareOfVolumeRole,                // double 0..1 of the total volume
    };
    Q_ENUM(Role)

    explicit PipelineModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    // ISO 4217 code when every sale shares it; empty for none or several.
    void setCurrency(const QString &isoCode);
    QString currency() const { return m_currency; }
    // Empty with a currency; "Values in the sales' own currencies" without.
    QString currencyNote() const;
    static QString mixedCurrencyNote();

    void clear();
    void ask();
    void show(const AnalyticsAnswer &cached);
    void take(const AnalyticsAnswer &answer);
    const FigureState &state() const { return m_state; }
    Q_INVOKABLE void retry() { Q_EMIT retryRequested(); }

    const SalesPipeline &pipeline() const { return m_pipeline; }
    std::optional<double> salesRate() const { return m_pipeline.salesRate; }
    QString salesRateText() const;
    int totalVolume() const { return totalVolume(m_pipeline); }
    std::optional<double> totalValue() const { return totalValue(m_pipeline); }
    QString stageName(int row) const;

    // Sums over every stage as listed (unknown values count as nothing).
    static int totalVolume(const SalesPipeline &pipeline);
    static std::optional<double> totalValue(const SalesPipeline &pipeline);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void stateChanged();
    void retryRequested();

private:
    void setPipeline(const SalesPipeline &pipeline);

    SalesPipeline m_pipeline;
    FigureState m_state;
    QLocale m_locale;
    QString m_currency;
};

} // namespace repdesk
