#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace repdesk {

// Search over the contacts loaded so far (the API has no contact search): every word typed must
// appear, case- and accent-insensitively, in the contact's name, email, phone, company or role.
// The list's footer row (loading / Retry) always stays, so a search never hides a failure.
class ContactSearchProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContactSearchProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    bool isSearching() const { return !m_words.isEmpty(); }
    // Item rows that match (the footer row not counted).
    int matchCount() const;

    // Lower-cased, without accents: "Zoë" matches "zoe".
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace repdesk
