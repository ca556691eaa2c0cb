#include "ThreadSchemeHandler.h"

#include "ThreadProfile.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace repdesk {

ThreadSchemeHandler::ThreadSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

QString ThreadSchemeHandler::newSlot()
{
    return QStringLiteral("t%1").arg(++m_slots);
}

QUrl ThreadSchemeHandler::publish(const QString &slot, const QByteArray &html)
{
    // A new URL per render: a late load of the previous document can never be
    // mistaken for the current one, and WebEngine never serves it from cache.
    const QString path = QStringLiteral("/%1").arg(++m_generation);
    m_documents.insert(slot, Document{path, html});
    return QUrl(ThreadProfile::scheme() + QStringLiteral("://") + slot + path);
}

void ThreadSchemeHandler::withdraw(const QString &slot)
{
    m_documents.remove(slot);
}

void ThreadSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const QString path = url.path();
    const auto it = m_documents.constFind(url.host());
    if (job->requestMethod() != "GET" || it == m_documents.constEnd() || it->path != path) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *body = new QBuffer(job);
    body->setData(it->html);
    body->open(QIODevice::ReadOnly);
    job->reply(QByteArrayLiteral("text/html"), body);
}

} // namespace repdesk
