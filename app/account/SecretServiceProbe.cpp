#include "SecretServiceProbe.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define REPDESK_SECRET_SERVICE_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>
#endif

namespace repdesk {

#ifdef REPDESK_SECRET_SERVICE_OVER_DBUS
namespace {
constexpr int kBusTimeoutMs = 3000;

QDBusMessage askBus(const QDBusConnection &bus, const QString &method, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                       QStringLiteral("/org/freedesktop/DBus"),
                                                       QStringLiteral("org.freedesktop.DBus"), method);
    call.setArguments(arguments);
    return bus.call(call, QDBus::Block, kBusTimeoutMs);
}
} // namespace
#endif

SecretServiceProbe::Result SecretServiceProbe::check()
{
#ifdef REPDESK_SECRET_SERVICE_OVER_DBUS
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Result::NoSessionBus;
    const QDBusMessage owner = askBus(bus, QStringLiteral("NameHasOwner"), {secrets});
    if (owner.type() != QDBusMessage::ReplyMessage || owner.arguments().isEmpty())
        return Result::Unknown;
    if (owner.arguments().constFirst().toBool())
        return Result::Available;
    // Not running yet is fine if the bus would start it on demand (gnome-keyring installs
    // a .service file for that).
    const QDBusMessage activatable = askBus(bus, QStringLiteral("ListActivatableNames"), {});
    if (activatable.type() != QDBusMessage::ReplyMessage || activatable.arguments().isEmpty())
        return Result::Unknown;
    return activatable.arguments().constFirst().toStringList().contains(secrets) ? Result::Available
                                                                                 : Result::NoSecretService;
#else
    return Result::Unknown;
#endif
}

} // namespace repdesk
