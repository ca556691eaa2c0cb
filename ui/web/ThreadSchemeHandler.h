#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace repdesk {

// Serves each display's current document. setHtml()/setContent() go through a
// data: URL capped at 2 MB, which a long thread with rich emails exceeds; a
// scheme handler has no such limit and sends the bytes as they are.
class ThreadSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit ThreadSchemeHandler(QObject *parent = nullptr);

    // A fresh slot name for one display.
    QString newSlot();
    // Replaces the slot's document and returns its URL; earlier URLs of the slot stop resolving.
    QUrl publish(const QString &slot, const QByteArray &html);
    void withdraw(const QString &slot);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    struct Document
    {
        QString path;
        QByteArray html;
    };
    QHash<QString, Document> m_documents;
    quint64 m_generation = 0;
    int m_slots = 0;
};

} // namespace repdesk
