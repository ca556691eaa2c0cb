#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace repdesk {

// One error type for every call. `message()` is what a person reads: the
// server's `detail` (string or 422 array) turned into a sentence, never a raw
// body or a stack of codes.
class ApiError
{
public:
    enum class Kind {
        None,
        Network,     // connection refused/dropped, DNS, TLS
        Timeout,     // transfer timeout
        Auth,        // 403 (HyperRep answers 403, not 401, for key problems)
        NotFound,    // 404; routeHint may name the route to use instead
        Validation,  // 400 / 422
        RateLimited, // 429 (and 503 with Retry-After)
        Server,      // other 5xx
        Decode,      // the body was not what the route documents
        Cancelled,   // the caller cancelled
        Insecure,    // refused to send the key over plain http to a non-loopback host
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail, int httpStatus = 0);

    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader = {});
    // Seconds ("120") or an HTTP date; -1 when absent or unparsable.
    static int parseRetryAfterMs(const QByteArray &value);
    // The human text of a `detail` value: a string, or FastAPI's [{loc, msg}] array.
    static QString detailText(const QByteArray &body);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    const QString &detail() const { return m_detail; }
    // An "/api/v2/..." route named in a 404 detail: promoted drafts point at the message route.
    const QString &routeHint() const { return m_routeHint; }
    int retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(int ms) { m_retryAfterMs = ms; }

    bool isTransient() const;
    // What the 404's wording hints at. For diagnostics only: the API promises no
    // wording, so decisions are made by route and status (see DraftDiscard).
    bool pointsToMessages() const;       // a response draft that was sent (promoted)
    bool pointsToMessageDrafts() const;  // an id that belongs to a message draft

    QString kindName() const;
    QString message() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_detail;
    QString m_routeHint;
    int m_retryAfterMs = -1;
};

} // namespace repdesk

Q_DECLARE_METATYPE(repdesk::ApiError)
