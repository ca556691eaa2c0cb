#pragma once

class QUrl;
class QWidget;

namespace repdesk {

// Links from messages never navigate inside Repdesk: the user sees the real
// target first, then it opens in the system browser (or mail/phone app).
class LinkOpener
{
public:
    // Returns false when the scheme is not one Repdesk will open.
    static bool confirmAndOpen(const QUrl &url, QWidget *parent);
};

} // namespace repdesk
