#pragma once

#include "ApiCall.h"
#include "Decoded.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace repdesk {

// A call whose 2xx body decodes into T through T::fromJson. Page<T> works
// the same way, so a list route is simply Call<Page<T>>.
template<typename T>
class Call : public ApiCall
{
public:
    Call(RequestSpec spec, QObject *parent) : ApiCall(std::move(spec), parent) {}
    const T &result() const { return m_result.value(); }
    bool hasResult() const { return m_result.ok(); }

protected:
    bool decodeBody(const QByteArray &body, QString *error) override
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError) {
            *error = pe.errorString();
            return false;
        }
        m_result = T::fromJson(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        if (!m_result.ok())
            *error = m_result.error();
        return m_result.ok();
    }

private:
    Decoded<T> m_result;
};

// Routes that answer 204 No Content.
class EmptyCall : public ApiCall
{
public:
    EmptyCall(RequestSpec spec, QObject *parent) : ApiCall(std::move(spec), parent) {}
};

} // namespace repdesk
