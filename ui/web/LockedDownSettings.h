#pragma once

class QWebEngineSettings;

namespace repdesk {

// The settings every Repdesk web page shares: nothing opens windows, touches
// files, the clipboard or the network on its own. Pages differ only in JavaScript
// (the thread view has none; the editor needs it for editing and the channel).
class LockedDownSettings
{
public:
    static void apply(QWebEngineSettings *settings, bool javascript);
};

} // namespace repdesk
