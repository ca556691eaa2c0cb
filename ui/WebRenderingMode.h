#pragma once

namespace repdesk {

// How the web views (thread and reply editor) are composited: in software by
// default. Measured with bench_first_open (10,000-conversation cache, Xvfb):
// Qt Quick's OpenGL path loads Mesa's llvmpipe (libLLVM, swrast) into the app
// and costs ~70 MB PSS summed over the processes and about twice the open time
// of the software path (166 MB and 51 ms first open with it, 235 MB and 100+ ms
// without). Repdesk's pages are sanitised documents and a text editor with no
// animation, video or WebGL, so the GPU buys nothing a user would see.
// A user who wants the GPU path sets QT_QUICK_BACKEND themselves (e.g. "rhi");
// that choice wins.
//
// Called in main() before QApplication exists: Qt reads the variable when the
// first Qt Quick window is made (by the web views plugin, after the first paint).
// Qt::AA_ShareOpenGLContexts stays set on both paths: WebEngine's pages never
// paint without the global share context, even in software (tried).
class WebRenderingMode
{
public:
    // Sets QT_QUICK_BACKEND=software unless the environment already chose a
    // backend. True when the web views will composite in software.
    static bool apply();
};

} // namespace repdesk
