#include "ChromiumFlags.h"

#include <QAccessible>
#include <QtGlobal>

namespace repdesk {

QByteArrayList ChromiumFlags::switches(bool accessibility)
{
    QByteArrayList flags{QByteArrayLiteral("--disable-site-isolation-trials"), QByteArrayLiteral("--renderer-process-limit=1"),
                         QByteArrayLiteral("--js-flags=--expose-gc")};
    if (accessibility)
        flags << QByteArrayLiteral("--force-renderer-accessibility");
    return flags;
}

QByteArray ChromiumFlags::merged(const QByteArray &current, bool accessibility)
{
    QByteArray out = current.trimmed();
    for (const QByteArray &flag : switches(accessibility)) {
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

bool ChromiumFlags::assistiveTechnology()
{
    // Qt's own switch for Linux accessibility counts too: it is how a user (or a test, where no
    // screen reader can run) asks for it without AT-SPI saying so.
    return QAccessible::isActive() || qEnvironmentVariableIsSet("QT_LINUX_ACCESSIBILITY_ALWAYS_ON");
}

void ChromiumFlags::apply()
{
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", merged(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), assistiveTechnology()));
}

} // namespace repdesk
