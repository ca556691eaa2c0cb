#pragma once

#include <QString>

namespace repdesk {

// The output of ThreadHtmlBuilder: a body fragment for the thread display,
// plus what the host needs to offer "Show remote images".
struct ThreadRender
{
    QString html;
    bool hasRemoteImages = false;
    // Remote images turned into data-remote-src placeholders (0 when they were allowed).
    int blockedRemoteImages = 0;
    int messageCount = 0;
};

} // namespace repdesk
