#include "SandboxRouter.h"

namespace repdesk {

void SandboxRouter::add(const QString &method, const QString &pattern, SandboxHandler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.parts = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : std::as_const(route.parts)) {
        if (!part.startsWith(QLatin1Char('{')))
            ++route.literalCount;
    }
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

bool SandboxRouter::matches(const Route &route, const QStringList &segments)
{
    if (route.parts.size() != segments.size())
        return false;
    for (int i = 0; i < segments.size(); ++i) {
        const QString &part = route.parts.at(i);
        if (part.startsWith(QLatin1Char('{'))) {
            if (segments.at(i).isEmpty())
                return false;
        } else if (part != segments.at(i)) {
            return false;
        }
    }
    return true;
}

SandboxRouter::Match SandboxRouter::match(SandboxRequest &request, SandboxHandler *handler) const
{
    const Route *best = nullptr;
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        if (!matches(route, request.segments))
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        // Literal segments win over placeholders, as in any router.
        if (!best || route.literalCount > best->literalCount)
            best = &route;
    }
    if (!best)
        return pathKnown ? Match::MethodNotAllowed : Match::NotFound;
    request.params.clear();
    for (int i = 0; i < best->parts.size(); ++i) {
        const QString &part = best->parts.at(i);
        if (part.startsWith(QLatin1Char('{')))
            request.params.insert(part.mid(1, part.size() - 2), request.segments.at(i));
    }
    *handler = best->handler;
    return Match::Found;
}

QStringList SandboxRouter::patterns() const
{
    QStringList result;
    for (const Route &route : m_routes)
        result.append(route.method + QLatin1Char(' ') + route.pattern);
    return result;
}

} // namespace repdesk
