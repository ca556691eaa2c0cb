#pragma once

#include "SandboxKeyState.h"
#include "SandboxOptions.h"
#include "SandboxResponse.h"
#include "SandboxTenant.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace repdesk {

// The API keys a sandbox accepts, the tenant each one opens, and the states tests forced on keys.
// Thread-safe: a test may revoke a key from its own thread while the server checks keys on its.
class SandboxKeyring
{
public:
    explicit SandboxKeyring(const SandboxOptions &options);

    // Active drops the override, so the key is judged as configured again.
    void setState(const QString &key, SandboxKeyState state);
    // Whose key it is, regardless of forced states; None for a key that owns no tenant.
    SandboxTenant tenantOf(const QString &key) const;
    bool hasSecondTenant() const { return !m_secondKey.isEmpty(); }
    // nullopt with the key's tenant in `tenant`, or the documented 403 for a refused key.
    std::optional<SandboxResponse> authenticate(const QByteArray &key, SandboxTenant *tenant) const;

private:
    const QString m_firstKey;
    const QString m_secondKey; // empty: no second tenant
    mutable QMutex m_mutex;
    QHash<QString, SandboxKeyState> m_states; // overrides only: never Active
};

} // namespace repdesk
