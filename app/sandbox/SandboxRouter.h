#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace repdesk {

using SandboxHandler = std::function<SandboxResponse(const SandboxRequest &)>;

// Path templates like "api/v2/organizations/{organization_id}/contacts" matched segment by segment,
// so that a parameter may hold any decoded text (ids with '=', '-', '_' or even '/').
class SandboxRouter
{
public:
    enum class Match { Found, NotFound, MethodNotAllowed };

    void add(const QString &method, const QString &pattern, SandboxHandler handler);
    // On Found, fills request.params and returns the handler.
    Match match(SandboxRequest &request, SandboxHandler *handler) const;
    QStringList patterns() const;

private:
    struct Route
    {
        QString method;
        QString pattern;
        QStringList parts;
        int literalCount = 0;
        SandboxHandler handler;
    };
    static bool matches(const Route &route, const QStringList &segments);

    QList<Route> m_routes;
};

} // namespace repdesk
