#pragma once

#include "ThreadContent.h"
#include "ThreadRender.h"

namespace repdesk {

// Turns a conversation's records into the HTML fragment the thread display
// shows. Every piece of record text is escaped or sanitised here, so the
// display (and its WebEngine page) only ever receives inert markup: no
// scripts, no event handlers, no URLs except sanitised links and, when
// allowed, remote images.
class ThreadHtmlBuilder
{
public:
    static ThreadRender build(const ThreadContent &content);
};

} // namespace repdesk
