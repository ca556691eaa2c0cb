#include "ContactSearchProxy.h"

#include "ContactListModel.h"

namespace repdesk {

ContactSearchProxy::ContactSearchProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Rows come and go as pages arrive and names resolve; the filter follows them.
    setDynamicSortFilter(true);
}

QString ContactSearchProxy::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

void ContactSearchProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

int ContactSearchProxy::matchCount() const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) {
        n += PagedListModel::isItemRow(index(row, 0)) ? 1 : 0;
    }
    return n;
}

bool ContactSearchProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!PagedListModel::isItemRow(source))
        return true;
    const QString haystack = fold(source.data(ContactListModel::SearchTextRole).toString());
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace repdesk
