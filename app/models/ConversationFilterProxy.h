#pragma once

#include <QSortFilterProxyModel>

namespace repdesk {

class ConversationListModel;

// Folder and search filtering over the loaded conversations (the API has no
// folder or text filter). Matching uses the source's precomputed search keys
// instead of data(), so one keystroke over 100k rows stays within a frame.
// Footer rows (spinner/Retry) always pass.
class ConversationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Special folder keys; anything else is a folder name as the API spells it.
    static QString allFolders() { return QStringLiteral(":all"); }
    static QString unreadFolder() { return QStringLiteral(":unread"); }

    explicit ConversationFilterProxy(QObject *parent = nullptr);

    void setConversationModel(ConversationListModel *model);
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ConversationListModel *m_model = nullptr;
    QString m_folder = allFolders();
    QString m_search;
    QStringList m_terms;
};

} // namespace repdesk
