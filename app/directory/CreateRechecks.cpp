#include "CreateRechecks.h"

#include "RecordCreate.h"

#include <QTimer>

#include <memory>

namespace repdesk {

CreateRechecks::CreateRechecks(QObject *parent) : QObject(parent) {}

void CreateRechecks::adopt(RecordCreate *create)
{
    if (!create || !create->hasDoubt() || create->state() == RecordCreate::State::Created)
        return;
    create->disconnect(); // the form that showed it is closing
    create->setParent(this);
    m_creates.append(create);
    auto checks = std::make_shared<int>(0);
    connect(create, &RecordCreate::created, this, [this, create] {
        Q_EMIT found(create);
        drop(create);
    });
    connect(create, &RecordCreate::stateChanged, this, [this, create, checks](RecordCreate::State state) {
        if (state != RecordCreate::State::NotCreated && state != RecordCreate::State::Unconfirmed)
            return;
        if (++*checks >= kMaxRechecks)
            drop(create);
        else
            schedule(create);
    });
    schedule(create);
}

void CreateRechecks::schedule(RecordCreate *create)
{
    QTimer::singleShot(m_delayMs, create, [create] { create->recheck(); });
}

void CreateRechecks::drop(RecordCreate *create)
{
    m_creates.removeAll(create);
    create->deleteLater();
}

} // namespace repdesk
