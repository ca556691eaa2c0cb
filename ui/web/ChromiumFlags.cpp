#include "ChromiumFlags.h"

#include <QtGlobal>

namespace repdesk {

QByteArrayList ChromiumFlags::switches()
{
    return {QByteArrayLiteral("--disable-site-isolation-trials"), QByteArrayLiteral("--renderer-process-limit=1"),
            QByteArrayLiteral("--force-renderer-accessibility"), QByteArrayLiteral("--js-flags=--expose-gc")};
}

QByteArray ChromiumFlags::merged(const QByteArray &current)
{
    QByteArray out = current.trimmed();
    for (const QByteArray &flag : switches()) {
        // A switch the user set (with any value) wins over ours.
        const QByteArray name = flag.left(flag.indexOf('=') < 0 ? flag.size() : flag.indexOf('='));
        if (out.contains(name))
            continue;
        if (!out.isEmpty())
            out += ' ';
        out += flag;
    }
    return out;
}

void ChromiumFlags::apply()
{
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", merged(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
}

} // namespace repdesk
