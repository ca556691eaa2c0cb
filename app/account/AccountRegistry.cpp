#include "AccountRegistry.h"

#include "SettingsKeys.h"
#include "StorageIdentity.h"

#include <QSettings>
#include <QUuid>

namespace repdesk {

namespace {
QStringList storedIds(const QSettings &settings)
{
    return settings.value(SettingsKeys::registryAccountIds()).toStringList();
}

AccountInfo readEntry(const QSettings &settings, const QString &id)
{
    AccountInfo info;
    info.id = id;
    info.provider = settings.value(SettingsKeys::registryProvider(id)).toString();
    info.server = QUrl(settings.value(SettingsKeys::registryServer(id)).toString(), QUrl::StrictMode);
    info.label = settings.value(SettingsKeys::registryLabel(id)).toString();
    info.storageId = settings.value(SettingsKeys::registryStorageId(id)).toString();
    return info;
}

bool sameSignIn(const AccountInfo &a, const QString &provider, const QUrl &server, const QString &storageId)
{
    return a.provider == provider && a.storageId == storageId
        && StorageIdentity::normalizedServer(a.server) == StorageIdentity::normalizedServer(server);
}
} // namespace

AccountRegistry::AccountRegistry(QObject *parent) : QObject(parent) {}

bool AccountRegistry::isStorable(const AccountInfo &info)
{
    return !info.id.isEmpty() && !info.id.contains(QLatin1Char('/')) && !info.provider.isEmpty()
        && !StorageIdentity::normalizedServer(info.server).isEmpty() && StorageIdentity::isValid(info.storageId);
}

void AccountRegistry::write(const AccountInfo &info)
{
    QSettings settings;
    QStringList ids = storedIds(settings);
    if (!ids.contains(info.id))
        ids.append(info.id);
    settings.setValue(SettingsKeys::registryAccountIds(), ids);
    settings.setValue(SettingsKeys::registryProvider(info.id), info.provider);
    settings.setValue(SettingsKeys::registryServer(info.id), info.server.toString(QUrl::FullyEncoded));
    settings.setValue(SettingsKeys::registryLabel(info.id), info.label);
    settings.setValue(SettingsKeys::registryStorageId(info.id), info.storageId);
    settings.sync();
}

QList<AccountInfo> AccountRegistry::accounts() const
{
    const QSettings settings;
    QList<AccountInfo> result;
    for (const QString &id : storedIds(settings)) {
        const AccountInfo info = readEntry(settings, id);
        if (isStorable(info))
            result.append(info);
    }
    return result;
}

std::optional<AccountInfo> AccountRegistry::find(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    const QSettings settings;
    if (!storedIds(settings).contains(id))
        return std::nullopt;
    const AccountInfo info = readEntry(settings, id);
    if (!isStorable(info))
        return std::nullopt;
    return info;
}

AccountInfo AccountRegistry::add(const QString &provider, const QUrl &server, const QString &label,
                                 const QString &storageId)
{
    for (AccountInfo existing : accounts()) {
        if (!sameSignIn(existing, provider, server, storageId))
            continue;
        if (existing.label != label) {
            existing.label = label;
            write(existing);
            Q_EMIT changed();
        }
        return existing;
    }
    AccountInfo info{QUuid::createUuid().toString(QUuid::WithoutBraces), provider, server, label, storageId};
    if (!isStorable(info))
        return {};
    write(info);
    Q_EMIT changed();
    return info;
}

bool AccountRegistry::update(const AccountInfo &info)
{
    const std::optional<AccountInfo> existing = find(info.id);
    if (!existing || !isStorable(info))
        return false;
    if (*existing != info) {
        write(info);
        Q_EMIT changed();
    }
    return true;
}

void AccountRegistry::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    QSettings settings;
    QStringList ids = storedIds(settings);
    if (!ids.removeAll(id))
        return;
    settings.setValue(SettingsKeys::registryAccountIds(), ids);
    settings.remove(SettingsKeys::registryAccount(id));
    if (settings.value(SettingsKeys::registryCurrentId()).toString() == id)
        settings.remove(SettingsKeys::registryCurrentId());
    settings.sync();
    Q_EMIT changed();
}

QString AccountRegistry::currentId() const
{
    const QString id = QSettings().value(SettingsKeys::registryCurrentId()).toString();
    return find(id) ? id : QString();
}

bool AccountRegistry::setCurrentId(const QString &id)
{
    if (!id.isEmpty() && !find(id))
        return false;
    QSettings settings;
    if (settings.value(SettingsKeys::registryCurrentId()).toString() == id)
        return true;
    if (id.isEmpty())
        settings.remove(SettingsKeys::registryCurrentId());
    else
        settings.setValue(SettingsKeys::registryCurrentId(), id);
    settings.sync();
    Q_EMIT changed();
    return true;
}

QString AccountRegistry::labelFor(const QString &organizationName, const QUrl &server)
{
    const QString host = server.host();
    const QString name = organizationName.trimmed();
    if (name.isEmpty())
        return host;
    //: An account in the account menu: organization name, then the server's host name.
    return tr("%1 — %2").arg(name, host);
}

} // namespace repdesk
