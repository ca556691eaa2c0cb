#pragma once

// Shared by the tst_sandbox* integration tests: a blocking HTTP client for a sandbox running in-process.

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace sandboxtest {

struct Reply
{
    int status = 0;                             // 0: no HTTP answer (connection dropped, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    bool jsonOk = false;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return json.object(); }
    QJsonArray data() const { return json.object().value(QStringLiteral("data")).toArray(); }
    QJsonObject pagination() const { return json.object().value(QStringLiteral("pagination")).toObject(); }
    QString detail() const { return json.object().value(QStringLiteral("detail")).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// Percent-encodes one path segment (ids may hold '=', '/', '+', non-ASCII).
inline QString seg(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

inline QString orgPath(const QString &orgId, const QString &rest = {})
{
    return QStringLiteral("/api/v2/organizations/") + seg(orgId) + rest;
}

class Client
{
public:
    Client(const QUrl &base, const QByteArray &apiKey) : m_base(base), m_apiKey(apiKey) {}

    // `encodedPath` must already be percent-encoded (see seg()).
    Reply send(const QByteArray &verb, const QString &encodedPath, const QUrlQuery &query = {},
               const QByteArray &body = {}, const QByteArray *apiKeyOverride = nullptr, int timeoutMs = 15000)
    {
        QUrl url = QUrl::fromEncoded(m_base.toString(QUrl::FullyEncoded).toUtf8() + encodedPath.toUtf8());
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("repdesk-tests/1.0"));
        const QByteArray key = apiKeyOverride ? *apiKeyOverride : m_apiKey;
        if (!key.isEmpty())
            request.setRawHeader("X-API-KEY", key);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.elapsedMs = timer.elapsed();
        if (!reply->isFinished()) {
            reply->abort();
            result.error = QNetworkReply::TimeoutError;
        } else {
            result.error = reply->error();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        QJsonParseError parseError;
        result.json = QJsonDocument::fromJson(result.body, &parseError);
        result.jsonOk = parseError.error == QJsonParseError::NoError;
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &path, const QUrlQuery &query = {}) { return send("GET", path, query); }
    Reply post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply del(const QString &path) { return send("DELETE", path); }

    // Follows next_cursor to the end; returns every item (fails the caller's check with an empty list on error).
    QJsonArray all(const QString &path, QUrlQuery query = {}, int limit = 100, int *pages = nullptr)
    {
        QJsonArray items;
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        int count = 0;
        for (;;) {
            const Reply reply = get(path, query);
            if (reply.status != 200)
                return {};
            ++count;
            for (const QJsonValue &item : reply.data())
                items.append(item);
            const QJsonObject pagination = reply.pagination();
            if (!pagination.value(QStringLiteral("has_more")).toBool())
                break;
            query.removeAllQueryItems(QStringLiteral("cursor"));
            query.addQueryItem(QStringLiteral("cursor"),
                               QString::fromLatin1(QUrl::toPercentEncoding(pagination.value(QStringLiteral("next_cursor")).toString())));
        }
        if (pages)
            *pages = count;
        return items;
    }

    static QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
    {
        QUrlQuery q;
        for (const auto &item : items)
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        return q;
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_apiKey;
};

inline QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The most recently active conversation as generated: the first of `page` (newest first) whose
// last activity is not after the data's anchor. A draft queued for autosend at generation is
// promoted a few seconds after start, stamped with the real time, which is after a fixed
// anchor: that conversation then leads the list, sooner or later depending on the machine's speed.
inline QString newestGenerated(const QJsonArray &page, const QDateTime &anchor)
{
    for (const QJsonValue &item : page) {
        const QJsonObject conversation = item.toObject();
        const QDateTime last = QDateTime::fromString(conversation.value(QStringLiteral("last_activity_at")).toString(),
                                                     Qt::ISODateWithMs);
        if (last.isValid() && last <= anchor)
            return conversation.value(QStringLiteral("conversation_id")).toString();
    }
    return {};
}

} // namespace sandboxtest
