#pragma once

#include "ListQuery.h"
#include "MessageDraft.h"
#include "PagedListModel.h"

#include <QHash>
#include <QVector>

namespace repdesk {

class InboxProvider;

// The new outbound messages ("message drafts") of one organization, paged
// through PagedListModel. Rows are kept sorted by folder, then newest first,
// so a view can put a header above each folder's run of rows: the server's
// default folder "drafts" comes first, the others follow alphabetically.
// Pages are merged in place (a later page may add rows to an earlier
// folder), and a draft id seen twice is kept once.
class MessageDraftListModel : public PagedListModel
{
    Q_OBJECT
public:
    // Item roles. Footer rows (spinner / Retry) use PagedListModel's roles.
    enum Role {
        DraftIdRole = FirstItemRole, // QString, opaque
        SubjectRole,                 // QString, may be empty (text messages have none)
        BodyHtmlRole,                // QString: the server's HTML, unsanitised
        ModalityRole,                // QString: raw API value, "email" or "text"
        RecipientNameRole,           // QString
        RecipientEmailRole,          // QString
        RecipientPhoneRole,          // QString
        FolderRole,                  // QString: slug, e.g. "sales-follow-up"; "drafts" when the server sent none
        CreatedAtRole,               // QDateTime, UTC
        ScheduledSendAtRole,         // QDateTime, UTC; invalid unless it is queued to send
    };
    Q_ENUM(Role)

    explicit MessageDraftListModel(QObject *parent = nullptr);

    // Clears the rows; the next fetchMore() (or reload()) loads the first page.
    void setSource(InboxProvider *provider, const QString &organizationId);
    QString organizationId() const { return m_org; }
    void setPageSize(int limit) { m_pageSize = limit; }

    const MessageDraft *draft(int row) const;
    int rowOf(const QString &draftId) const;
    // Drops a row locally, after its DELETE succeeded. False if it is not here.
    bool removeDraft(const QString &draftId);
    // Folders of the loaded rows, in row order.
    QStringList folders() const;

    // The server omits the folder for some old drafts; they live in "drafts".
    static QString defaultFolder() { return QStringLiteral("drafts"); }
    static QString folderOf(const MessageDraft &draft);
    // "Sales follow up" for "sales-follow-up": folder slugs read as words in headers and sentences.
    static QString folderDisplayName(const QString &folder);
    // The row order: folder ("drafts" first), then created_at descending, then id.
    static bool lessThan(const MessageDraft &a, const MessageDraft &b);

    QHash<int, QByteArray> roleNames() const override;

protected:
    int itemCount() const override { return m_rows.size(); }
    QVariant itemData(int row, int role) const override;
    ApiCall *requestPage(const QString &cursor) override;
    void consumePage(ApiCall *call, bool firstPage, QString *nextCursor, bool *hasMore) override;
    void clearItems() override;

private:
    void insertSorted(const MessageDraft &draft);
    QString recipientText(const MessageDraft &d) const;
    void rebuildIndex();

    InboxProvider *m_provider = nullptr;
    QString m_org;
    int m_pageSize = 50;
    QVector<MessageDraft> m_rows;
    QHash<QString, int> m_index;
};

} // namespace repdesk
