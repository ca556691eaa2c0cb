#include "WebRenderingMode.h"

#include <QByteArray>
#include <QtGlobal>

namespace repdesk {

bool WebRenderingMode::apply()
{
    // QT_QUICK_BACKEND and its older name QMLSCENE_DEVICE both select the backend.
    QByteArray chosen = qgetenv("QT_QUICK_BACKEND");
    if (chosen.isEmpty())
        chosen = qgetenv("QMLSCENE_DEVICE");
    if (chosen.isEmpty()) {
        qputenv("QT_QUICK_BACKEND", "software");
        return true;
    }
    return chosen == "software";
}

} // namespace repdesk
