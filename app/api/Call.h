#pragma once

#include "ApiCall.h"
#include "Decoded.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <functional>

namespace repdesk {

// A call whose 2xx body decodes into T through T::fromJson. Page<T> works
// the same way, so a list route is simply Call<Page<T>>. A provider whose wire
// shapes differ from the records (Fernand) sets its own decoder instead, so
// models still see a Call<Page<Conversation>>.
template<typename T>
class Call : public ApiCall
{
public:
    using Decoder = std::function<Decoded<T>(const QJsonValue &)>;

    Call(RequestSpec spec, QObject *parent) : ApiCall(std::move(spec), parent) {}
    const T &result() const { return m_result.value(); }
    bool hasResult() const { return m_result.ok(); }
    // Set right after the call is made (the body arrives from the event loop).
    void setDecoder(Decoder decoder) { m_decoder = std::move(decoder); }

protected:
    bool decodeBody(const QByteArray &body, QString *error) override
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError) {
            *error = pe.errorString();
            return false;
        }
        const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        m_result = m_decoder ? m_decoder(json) : T::fromJson(json);
        if (!m_result.ok())
            *error = m_result.error();
        return m_result.ok();
    }

private:
    Decoded<T> m_result;
    Decoder m_decoder;
};

// Routes that answer 204 No Content.
class EmptyCall : public ApiCall
{
public:
    EmptyCall(RequestSpec spec, QObject *parent) : ApiCall(std::move(spec), parent) {}
};

} // namespace repdesk
