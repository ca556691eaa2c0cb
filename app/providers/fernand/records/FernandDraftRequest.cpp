#include "FernandDraftRequest.h"

#include "FernandIds.h"

#include <QCoreApplication>

namespace repdesk {

QString FernandDraftRequest::validationError() const
{
    if (content.trimmed().isEmpty())
        return QCoreApplication::translate("repdesk::FernandDraftRequest", "A draft needs some content.");
    if (title.size() > 250)
        return QCoreApplication::translate("repdesk::FernandDraftRequest",
                                           "A draft's title has at most 250 characters.");
    return {};
}

QJsonObject FernandDraftRequest::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("content"), content);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!authorId.isEmpty())
        o.insert(QStringLiteral("author_id"), FernandIds::toJson(authorId));
    else if (!authorEmail.isEmpty())
        o.insert(QStringLiteral("author_email"), authorEmail);
    if (!targetId.isEmpty())
        o.insert(QStringLiteral("target_id"), FernandIds::toJson(targetId));
    else if (!targetEmail.isEmpty())
        o.insert(QStringLiteral("target_email"), targetEmail);
    return o;
}

} // namespace repdesk
