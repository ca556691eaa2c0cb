#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace repdesk {

// The Chromium switches Repdesk's web views run with, added to
// QTWEBENGINE_CHROMIUM_FLAGS by the plugin before the first profile starts
// WebEngine (Qt reads it once, then). Only the plugin sets them: the host never
// touches WebEngine, and whatever the user put in the variable stays.
//
// - One renderer for both pages: the thread view (repdesk-thread://) and the
//   reply editor (qrc:) are different sites, so site isolation gives each its own
//   renderer process (~40-60 MB PSS each). Both are our own documents, the thread
//   one sanitised and script-free behind an interceptor that blocks everything
//   remote, so isolating them from each other protects nothing; one process limit
//   puts them together.
// - Accessibility on when an assistive technology is (QAccessible::isActive(),
//   which Qt turns on when AT-SPI has a screen reader, or Qt's
//   QT_LINUX_ACCESSIBILITY_ALWAYS_ON): without the switch
//   Chromium builds no accessibility tree unless a screen reader asked before the
//   page loaded, and Orca finds two empty "document web" nodes. Not forced for
//   everyone: Qt WebEngine 6.4 keeps a QObject and an accessibility-cache entry
//   for every node of every document it was given, for good. In the 30-minute
//   soak that was the heap's whole growth (heaptrack: 23 MB of such objects alive
//   after 12 minutes, ~2 MB a minute of opening threads), for no one's benefit
//   when nothing reads the tree.
// - gc() for the application's isolated world: the thread view replaces its body
//   in place and asks for a collection at idle (WebThreadDisplay). It only frees
//   memory; the thread page's own world runs no script at all.
class ChromiumFlags
{
public:
    // `accessibility`: an assistive technology is listening.
    static QByteArrayList switches(bool accessibility);
    // `current` with every switch of switches() that it does not have yet.
    static QByteArray merged(const QByteArray &current, bool accessibility);
    // A screen reader is listening (QAccessible::isActive()), or the user set Qt's
    // QT_LINUX_ACCESSIBILITY_ALWAYS_ON.
    static bool assistiveTechnology();
    // Sets QTWEBENGINE_CHROMIUM_FLAGS to merged(its value, assistiveTechnology()).
    // Before the first profile.
    static void apply();
};

} // namespace repdesk
