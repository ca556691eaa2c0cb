#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace repdesk {

// The outcome of decoding one JSON value into a record. Decoding is tolerant
// (unknown fields ignored, null/missing -> empty), so a failure here means the
// value had a field of the wrong type: that one item is dropped, never the app.
template<typename T>
class Decoded
{
public:
    Decoded() = default;
    Decoded(T value) : m_value(std::move(value)) {}
    static Decoded failure(QString error)
    {
        Decoded d;
        d.m_error = error.isEmpty() ? QStringLiteral("decode error") : std::move(error);
        return d;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T takeValue() { return std::move(*m_value); }
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace repdesk
