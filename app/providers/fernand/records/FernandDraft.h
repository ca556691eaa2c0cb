#pragma once

#include "Decoded.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace repdesk {

// Answer of POST /conversations/{conv_id}/drafts (fernand-create-draft.txt).
struct FernandDraft
{
    QString id;
    QString conversationId;
    QString title;
    // The docs call `content` an object ({"content": "...", "attachments": [...], ...});
    // a plain string is accepted too and kept as {"content": string}.
    QJsonObject content;
    QString authorId;
    QString targetId; // empty: the draft is for everyone
    QDateTime created;
    QDateTime lastUpdated;

    QString text() const { return content.value(QLatin1String("content")).toString(); }

    static Decoded<FernandDraft> fromJson(const QJsonValue &json);
};

} // namespace repdesk
