#include "MessageDraftListModel.h"

#include "Call.h"
#include "FolderListModel.h"
#include "InboxProvider.h"
#include "Page.h"
#include "RelativeTime.h"

#include <algorithm>

namespace repdesk {

MessageDraftListModel::MessageDraftListModel(QObject *parent) : PagedListModel(parent) {}

void MessageDraftListModel::setSource(InboxProvider *provider, const QString &organizationId)
{
    m_provider = provider;
    m_org = organizationId;
    resetPaging();
    beginResetModel();
    clearItems();
    endResetModel();
}

QString MessageDraftListModel::folderOf(const MessageDraft &draft)
{
    return draft.folder.isEmpty() ? defaultFolder() : draft.folder;
}

QString MessageDraftListModel::folderDisplayName(const QString &folder)
{
    QString words = folder;
    words.replace(QLatin1Char('-'), QLatin1Char(' '));
    return FolderListModel::displayName(words);
}

bool MessageDraftListModel::lessThan(const MessageDraft &a, const MessageDraft &b)
{
    const QString fa = folderOf(a);
    const QString fb = folderOf(b);
    if (fa != fb) {
        // The default folder leads: it is where new drafts land and what people look for first.
        if (fa == defaultFolder())
            return true;
        if (fb == defaultFolder())
            return false;
        return fa < fb;
    }
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.draftId < b.draftId;
}

const MessageDraft *MessageDraftListModel::draft(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int MessageDraftListModel::rowOf(const QString &draftId) const
{
    return m_index.value(draftId, -1);
}

QStringList MessageDraftListModel::folders() const
{
    QStringList out;
    for (const MessageDraft &d : m_rows) {
        const QString f = folderOf(d);
        if (out.isEmpty() || out.constLast() != f)
            out << f;
    }
    return out;
}

bool MessageDraftListModel::removeDraft(const QString &draftId)
{
    const int row = rowOf(draftId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
    return true;
}

void MessageDraftListModel::insertSorted(const MessageDraft &draft)
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), draft, &MessageDraftListModel::lessThan);
    const int row = int(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, draft);
    rebuildIndex();
    endInsertRows();
}

void MessageDraftListModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).draftId, i);
}

void MessageDraftListModel::clearItems()
{
    m_rows.clear();
    m_index.clear();
}

QString MessageDraftListModel::recipientText(const MessageDraft &d) const
{
    if (!d.recipientName.isEmpty())
        return d.recipientName;
    if (!d.recipientEmail.isEmpty())
        return d.recipientEmail;
    return d.recipientPhoneNumber;
}

QVariant MessageDraftListModel::itemData(int row, int role) const
{
    const MessageDraft &d = m_rows.at(row);
    switch (role) {
    case DraftIdRole:
        return d.draftId;
    case SubjectRole:
        return d.subject;
    case BodyHtmlRole:
        return d.bodyHtml;
    case ModalityRole:
        return d.modality;
    case RecipientNameRole:
        return d.recipientName;
    case RecipientEmailRole:
        return d.recipientEmail;
    case RecipientPhoneRole:
        return d.recipientPhoneNumber;
    case FolderRole:
        return folderOf(d);
    case CreatedAtRole:
        return d.createdAt;
    case ScheduledSendAtRole:
        return d.scheduledSendAt;
    case Qt::DisplayRole: {
        const QString subject = d.subject.trimmed().isEmpty() ? tr("(no subject)") : d.subject.simplified();
        const QString to = recipientText(d);
        //: A message draft in a list: subject, then recipient
        return to.isEmpty() ? subject : tr("%1 — %2").arg(subject, to);
    }
    case Qt::ToolTipRole:
        return RelativeTime::full(d.createdAt);
    case Qt::AccessibleTextRole: {
        const QString to = recipientText(d);
        const QString subject = d.subject.trimmed().isEmpty() ? tr("no subject") : d.subject.simplified();
        const QString kind = d.modalityKind() == Modality::Text ? tr("Text message draft") : tr("Email draft");
        QString sentence = to.isEmpty()
            ? tr("%1 without a recipient, subject %2").arg(kind, subject)
            : tr("%1 to %2, subject %3").arg(kind, to, subject);
        sentence += tr(", in folder %1, created %2.")
                        .arg(folderDisplayName(folderOf(d)), RelativeTime::format(d.createdAt));
        if (d.isScheduled())
            sentence += QLatin1Char(' ') + tr("Queued to send.");
        return sentence;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageDraftListModel::roleNames() const
{
    auto names = PagedListModel::roleNames();
    names.insert(DraftIdRole, "draftId");
    names.insert(SubjectRole, "subject");
    names.insert(BodyHtmlRole, "bodyHtml");
    names.insert(ModalityRole, "modality");
    names.insert(RecipientNameRole, "recipientName");
    names.insert(RecipientEmailRole, "recipientEmail");
    names.insert(RecipientPhoneRole, "recipientPhone");
    names.insert(FolderRole, "folder");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ScheduledSendAtRole, "scheduledSendAt");
    return names;
}

ApiCall *MessageDraftListModel::requestPage(const QString &cursor)
{
    if (!m_provider || m_org.isEmpty() || !m_provider->has(InboxProvider::MessageDrafts))
        return nullptr;
    ListQuery q;
    q.limit = m_pageSize;
    q.cursor = cursor;
    return m_provider->listMessageDrafts(m_org, q);
}

void MessageDraftListModel::consumePage(ApiCall *call, bool, QString *nextCursor, bool *hasMore)
{
    const Page<MessageDraft> &page = static_cast<Call<Page<MessageDraft>> *>(call)->result();
    for (const MessageDraft &d : page.items) {
        const int existing = rowOf(d.draftId);
        if (existing >= 0) {
            // Seen on an earlier page (the list shifted under us): keep one row, with the newer data.
            beginRemoveRows({}, existing, existing);
            m_rows.removeAt(existing);
            rebuildIndex();
            endRemoveRows();
        }
        insertSorted(d);
    }
    *nextCursor = page.nextCursor;
    *hasMore = page.hasMore;
}

} // namespace repdesk
