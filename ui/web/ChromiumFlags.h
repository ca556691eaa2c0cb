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
// - Accessibility on: without it Chromium builds no accessibility tree unless a
//   screen reader asked before the page loaded, and Orca finds two empty "document
//   web" nodes. Forced, the thread's messages and the reply's text can be read.
// - gc() for the application's isolated world: the thread view replaces its body
//   in place and asks for a collection at idle (WebThreadDisplay). It only frees
//   memory; the thread page's own world runs no script at all.
class ChromiumFlags
{
public:
    static QByteArrayList switches();
    // `current` with every switch of switches() that it does not have yet.
    static QByteArray merged(const QByteArray &current);
    // Sets QTWEBENGINE_CHROMIUM_FLAGS to merged(its value). Before the first profile.
    static void apply();
};

} // namespace repdesk
