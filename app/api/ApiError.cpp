#include "ApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace repdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("repdesk::ApiError", text);
}

QString extractRouteHint(const QString &detail)
{
    static const QRegularExpression re(QStringLiteral("/api/v\\d+/[^\\s\"'<>]+"));
    const auto m = re.match(detail);
    if (!m.hasMatch())
        return {};
    QString hint = m.captured(0);
    while (!hint.isEmpty() && QStringLiteral(".,;:)").contains(hint.back()))
        hint.chop(1);
    return hint;
}
} // namespace

ApiError::ApiError(Kind kind, QString detail, int httpStatus)
    : m_kind(kind), m_httpStatus(httpStatus), m_detail(std::move(detail))
{
    m_routeHint = extractRouteHint(m_detail);
}

QString ApiError::detailText(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    // HyperRep says `detail`; Fernand says `error`.
    const QJsonValue d = o.contains(QLatin1String("detail")) ? o.value(QLatin1String("detail"))
                                                            : o.value(QLatin1String("error"));
    if (d.isString())
        return d.toString();
    if (d.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : d.toArray()) {
            if (item.isString()) {
                parts << item.toString();
                continue;
            }
            const QJsonObject io = item.toObject();
            QStringList loc;
            for (const QJsonValue &l : io.value(QLatin1String("loc")).toArray()) {
                const QString s = l.isString() ? l.toString() : QString::number(l.toInteger());
                if (s != QLatin1String("body") && s != QLatin1String("query") && s != QLatin1String("path"))
                    loc << s;
            }
            const QString msg = io.value(QLatin1String("msg")).toString();
            parts << (loc.isEmpty() ? msg : loc.join(QLatin1Char('.')) + QStringLiteral(": ") + msg);
        }
        parts.removeAll(QString());
        return parts.join(QStringLiteral("; "));
    }
    if (d.isObject())
        return QString::fromUtf8(QJsonDocument(d.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

int ApiError::parseRetryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(qMin<qint64>(secs, 24 * 3600) * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(qBound<qint64>(0, ms, 24 * 3600 * 1000LL));
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    Kind kind = Kind::Server;
    if (status == 401 || status == 403)
        kind = Kind::Auth;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 429)
        kind = Kind::RateLimited;
    else if (status == 503 && !retryAfterHeader.isEmpty())
        kind = Kind::RateLimited;
    else if (status >= 400 && status < 500)
        kind = Kind::Validation;
    ApiError e(kind, detailText(body), status);
    e.m_retryAfterMs = parseRetryAfterMs(retryAfterHeader);
    return e;
}

bool ApiError::isTransient() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::RateLimited
        || m_kind == Kind::Server;
}

bool ApiError::pointsToMessages() const
{
    return m_kind == Kind::NotFound && m_routeHint.contains(QLatin1String("/messages"));
}

bool ApiError::pointsToMessageDrafts() const
{
    return m_kind == Kind::NotFound && m_routeHint.contains(QLatin1String("/message-drafts"));
}

QString ApiError::kindName() const
{
    switch (m_kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Auth: return QStringLiteral("auth");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Decode: return QStringLiteral("decode");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Insecure: return QStringLiteral("insecure");
    }
    return {};
}

QString ApiError::message() const
{
    QString base;
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Network: base = tr("Could not reach the server."); break;
    case Kind::Timeout: base = tr("The server took too long to answer."); break;
    case Kind::Auth: base = tr("The server refused the API key."); break;
    case Kind::NotFound: base = tr("Not found."); break;
    case Kind::Validation: base = tr("The server rejected the request."); break;
    case Kind::RateLimited:
        base = m_retryAfterMs > 0 ? tr("Too many requests; try again in %1 s.").arg((m_retryAfterMs + 999) / 1000)
                                  : tr("Too many requests; try again shortly.");
        break;
    case Kind::Server: base = tr("The server had a problem (HTTP %1).").arg(m_httpStatus); break;
    case Kind::Decode: base = tr("The server sent data Repdesk could not read."); break;
    case Kind::Cancelled: return tr("Cancelled.");
    case Kind::Insecure: base = tr("Refusing to send the API key over unencrypted http."); break;
    }
    return m_detail.isEmpty() ? base : base + QLatin1Char(' ') + m_detail;
}

} // namespace repdesk
