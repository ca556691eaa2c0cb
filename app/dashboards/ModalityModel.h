#pragma once

#include "FigureState.h"
#include "ModalityStats.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace repdesk {

// How the organization's messages split by channel for the range: one row
// per modality (emails, calls, texts, live chats, form requests, always in
// that order), with its count and share of the total.
class ModalityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModalityColumn, CountColumn, ShareColumn, ColumnCount };
    Q_ENUM(Column)
    enum Row { Emails, Calls, Texts, LiveChats, FormRequests, RowCount };
    Q_ENUM(Row)
    // Qt::DisplayRole: the cell's text. Qt::UserRole: raw value (QString
    // modality key, int count, double share 0..1).
    enum Role {
        ModalityKeyRole = Qt::UserRole + 1, // QString: "email", "call", "text", "live_chat", "form_request"
        CountRole,                          // int
        ShareRole,                          // double 0..1 (0 when there is nothing at all)
    };
    Q_ENUM(Role)

    explicit ModalityModel(QObject *parent = nullptr);

    void setLocale(const QLocale &locale);
    void clear();
    void ask();
    void show(const AnalyticsAnswer &cached);
    void take(const AnalyticsAnswer &answer);
    const FigureState &state() const { return m_state; }
    Q_INVOKABLE void retry() { Q_EMIT retryRequested(); }

    int count(Row row) const;
    int total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void stateChanged();
    void retryRequested();

private:
    void setStats(const ModalityStats &stats);
    static QString key(Row row);
    static QString name(Row row);

    ModalityStats m_stats;
    bool m_hasStats = false;
    FigureState m_state;
    QLocale m_locale;
};

} // namespace repdesk
