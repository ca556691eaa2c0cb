#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace repdesk {

class RecordCreate;

// The creates whose form was closed while nobody knew whether the server took them. Each is
// checked again by itself (RecordCreate::recheck(): never a POST), a few times, some seconds apart,
// so a record the server did create still turns up; found() says so. Absent every time, or never
// checkable, it is dropped after kMaxRechecks.
class CreateRechecks : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRecheckMs = 20000;
    static constexpr int kMaxRechecks = 5;

    explicit CreateRechecks(QObject *parent = nullptr);

    // Takes `create` over (reparented); ignores one that has nothing left to find out.
    void adopt(RecordCreate *create);
    void setDelayMs(int ms) { m_delayMs = ms; }
    int pending() const { return int(m_creates.size()); }

Q_SIGNALS:
    // The server had taken it; the create is deleted after this returns.
    void found(repdesk::RecordCreate *create);

private:
    void schedule(RecordCreate *create);
    void drop(RecordCreate *create);

    QList<QPointer<RecordCreate>> m_creates;
    int m_delayMs = kRecheckMs;
};

} // namespace repdesk
