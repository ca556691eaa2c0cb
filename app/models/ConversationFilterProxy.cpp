#include "ConversationFilterProxy.h"

#include "ConversationListModel.h"

namespace repdesk {

ConversationFilterProxy::ConversationFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ConversationFilterProxy::setConversationModel(ConversationListModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ConversationFilterProxy::setFolder(const QString &folder)
{
    const QString f = folder.isEmpty() ? allFolders() : folder;
    if (f == m_folder)
        return;
    m_folder = f;
    invalidate();
}

void ConversationFilterProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed().toCaseFolded();
    if (t == m_search)
        return;
    m_search = t;
    m_terms = t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // invalidateFilter() reports every removed/re-added range one signal at a
    // time: with 100k rows, clearing the search costs ~400 ms. invalidate()
    // drops the mapping and lets views re-query it in one layout change.
    invalidate();
}

bool ConversationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_model || m_model->isFooterRow(sourceRow))
        return true;
    const Conversation *c = m_model->conversation(sourceRow);
    if (m_folder == unreadFolder()) {
        if (!(c->isRead.has_value() && !*c->isRead))
            return false;
    } else if (m_folder != allFolders() && c->folder != m_folder) {
        return false;
    }
    if (m_terms.isEmpty())
        return true;
    const QString &key = m_model->searchKey(sourceRow);
    for (const QString &term : m_terms)
        if (!key.contains(term))
            return false;
    return true;
}

} // namespace repdesk
