#pragma once

#include <QByteArray>
#include <QString>

namespace repdesk {

class ThreadPalette;

// Composes the full page around a thread fragment: resources/thread/thread.html
// with thread.css inlined (a page of our own scheme may not load qrc: files),
// the palette's variables and a Content-Security-Policy.
class ThreadDocument
{
public:
    static QByteArray compose(const QString &bodyHtml, const ThreadPalette *palette);
    static QByteArray placeholder(const QString &text, const ThreadPalette *palette);

    // Images stay allowed for http(s) so that ThreadRequestInterceptor, the one
    // gate for them, sees and reports each; everything else remote dies here.
    static QString contentSecurityPolicy();
};

} // namespace repdesk
