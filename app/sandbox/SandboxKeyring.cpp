#include "SandboxKeyring.h"

#include <QMutexLocker>

namespace repdesk {

namespace {

QString refusal(SandboxKeyState state)
{
    switch (state) {
    case SandboxKeyState::Inactive: return QStringLiteral("API Key is inactive");
    case SandboxKeyState::Expired: return QStringLiteral("API Key has expired");
    case SandboxKeyState::Invalid:
    case SandboxKeyState::Active: break;
    }
    return QStringLiteral("Invalid API Key");
}

} // namespace

SandboxKeyring::SandboxKeyring(const SandboxOptions &options)
    : m_firstKey(options.apiKey)
      // The same key twice would make the second tenant unreachable: treat it as off.
    , m_secondKey(options.secondApiKey == options.apiKey ? QString() : options.secondApiKey)
{
}

void SandboxKeyring::setState(const QString &key, SandboxKeyState state)
{
    QMutexLocker lock(&m_mutex);
    if (state == SandboxKeyState::Active)
        m_states.remove(key);
    else
        m_states.insert(key, state);
}

SandboxTenant SandboxKeyring::tenantOf(const QString &key) const
{
    if (key.isEmpty())
        return SandboxTenant::None;
    if (key == m_firstKey)
        return SandboxTenant::First;
    if (key == m_secondKey)
        return SandboxTenant::Second;
    return SandboxTenant::None;
}

std::optional<SandboxResponse> SandboxKeyring::authenticate(const QByteArray &key, SandboxTenant *tenant) const
{
    *tenant = SandboxTenant::None;
    if (key.isEmpty())
        return SandboxResponse::detail(403, QStringLiteral("Missing API Key"));
    const QString text = QString::fromUtf8(key);
    {
        QMutexLocker lock(&m_mutex);
        const auto forced = m_states.constFind(text);
        if (forced != m_states.constEnd())
            return SandboxResponse::detail(403, refusal(*forced));
    }
    const SandboxTenant owner = tenantOf(text);
    if (owner != SandboxTenant::None) {
        *tenant = owner;
        return std::nullopt;
    }
    // Fixed keys that always answer the other documented refusals, so a client can meet them without a hook.
    if (key == "inactive-key")
        return SandboxResponse::detail(403, refusal(SandboxKeyState::Inactive));
    if (key == "expired-key")
        return SandboxResponse::detail(403, refusal(SandboxKeyState::Expired));
    return SandboxResponse::detail(403, refusal(SandboxKeyState::Invalid));
}

} // namespace repdesk
