#pragma once

#include <QString>
#include <QStringList>

namespace repdesk {

struct SanitizeResult
{
    // Safe HTML fragment: body content only, never <html>/<head>/<body>.
    QString html;
    // Remote images were found (blocked, allowed, or dropped for the editor).
    bool hasRemoteImages = false;
    // Remote images that were not loaded: placeholdered with data-remote-src,
    // or dropped when forEditor is set.
    int blockedRemoteImages = 0;
    // Dangerous or non-content elements removed with their content (script,
    // iframe, style, head metadata, ...). A removed subtree counts once;
    // comments are not elements and are not counted.
    int removedElements = 0;
    // The http(s)/mailto/tel link targets kept, in document order, duplicates included.
    QStringList links;
};

} // namespace repdesk
