#pragma once

#include <QJsonObject>

namespace repdesk {

// The editor page's visible and spoken strings, translated on the C++ side
// (the page has none of its own) and sent in the options on ready:
// {"labels": {command or element: text}, "titles": {command: tooltip with shortcut}}.
class EditorLabels
{
public:
    static QJsonObject options();
};

} // namespace repdesk
