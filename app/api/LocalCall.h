#pragma once

#include "ApiError.h"
#include "RequestSpec.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace repdesk {

// Calls that never reach a server: a provider refusing what it cannot do, or answering what it
// knows already. Finished from the event loop, so the caller can connect first, like any call.
struct LocalCall
{
    // Succeeds with `body` as if a 200 had carried it.
    template<typename C>
    static C *answered(QObject *parent, const QByteArray &body)
    {
        auto *call = new C(RequestSpec{}, parent);
        QMetaObject::invokeMethod(call, [call, body] { call->completeLocally(200, body); }, Qt::QueuedConnection);
        return call;
    }

    // Fails with a Validation error saying `why`; nothing is sent.
    template<typename C>
    static C *refused(QObject *parent, const QString &why)
    {
        auto *call = new C(RequestSpec{}, parent);
        QMetaObject::invokeMethod(call, [call, why] { call->failLocally(ApiError(ApiError::Kind::Validation, why)); },
                                  Qt::QueuedConnection);
        return call;
    }
};

} // namespace repdesk
