#pragma once

#include <QJsonObject>
#include <QString>

namespace repdesk {

// Body of POST /conversations/{conv_id}/drafts. The author and the target are
// each given by id or by email (the docs: author_id is optional if author_email
// is provided); only what is set is sent.
struct FernandDraftRequest
{
    QString content; // required
    QString title;   // optional, at most 250 characters
    QString authorId;
    QString authorEmail;
    QString targetId;
    QString targetEmail;

    // Empty when valid; otherwise why the server would refuse it.
    QString validationError() const;
    QJsonObject toJson() const;
};

} // namespace repdesk
