#pragma once

#include <QByteArray>
#include <QIODevice>

namespace repdesk {

// A request body that can be read once and never rewound. QNetworkAccessManager
// silently sends a request again when its connection closes before any answer,
// POSTs included; with this body that resend fails (ContentReSendError) instead,
// so a request the server may already have processed is not repeated behind
// the caller's back. Send it with a Content-Length and
// QNetworkRequest::DoNotBufferUploadDataAttribute, or it is buffered and rewound anyway.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Rewinding is refused once it was read, and always for an empty body (a DELETE's), which Qt
    // sends without reading it: a request that went out is not sent again. That is the point of
    // this class.
    bool reset() override { return !m_read && !m_data.isEmpty(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_read = false;
};

} // namespace repdesk
