#pragma once

// Shared by the client integration tests: a real SandboxServer on loopback and
// a real Account/Transport talking to it. Nothing is mocked.

#include "Account.h"
#include "ApiCall.h"
#include "HyperRepClient.h"
#include "HyperRepProvider.h"
#include "SandboxServer.h"
#include "Transport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace repdesk::test {

struct SandboxFixture
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Account> account;
    QString org;
    QString secondOrg;

    bool start(SandboxOptions options = {})
    {
        if (options.conversations == SandboxOptions().conversations)
            options.conversations = 60;
        options.apiKey = QStringLiteral("test-key");
        if (!options.anchor.isValid())
            options.anchor = QDateTime(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
        server = std::make_unique<SandboxServer>(options);
        QString error;
        if (!server->start(0, &error)) {
            qWarning() << "sandbox failed to start:" << error;
            return false;
        }
        account = std::make_unique<Account>(server->url(), QByteArrayLiteral("test-key"));
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxDelayMs = 100;
        account->transport()->setRetryPolicy(fast);
        const QStringList orgs = server->organizationIds();
        org = orgs.value(0);
        secondOrg = orgs.value(1);
        return !org.isEmpty();
    }

    HyperRepClient *client() const
    {
        return static_cast<HyperRepProvider *>(account->provider())->client();
    }

    int requestCount() const { return server->requestLog().size(); }
};

template<typename T>
struct Outcome
{
    bool ok = false;
    bool finished = false;
    ApiError error;
    std::optional<T> value;
    int attempts = 0;
    qint64 elapsedMs = 0;
};

// Runs a call to completion on the event loop and copies out what it
// produced before the call deletes itself.
template<typename T>
Outcome<T> run(Call<T> *call, int timeoutMs = 20000)
{
    Outcome<T> out;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(call, &ApiCall::finished, [&out, call, &timer] {
        out.finished = true;
        out.ok = call->succeeded();
        out.error = call->error();
        out.attempts = call->attempts();
        out.elapsedMs = timer.elapsed();
        if (call->hasResult())
            out.value = call->result();
    });
    if (!QTest::qWaitFor([&out] { return out.finished; }, timeoutMs))
        out.error = ApiError(ApiError::Kind::Timeout, QStringLiteral("test: the call never finished"));
    return out;
}

inline Outcome<bool> run(EmptyCall *call, int timeoutMs = 20000)
{
    Outcome<bool> out;
    QObject::connect(call, &ApiCall::finished, [&out, call] {
        out.finished = true;
        out.ok = call->succeeded();
        out.error = call->error();
        out.attempts = call->attempts();
        out.value = out.ok;
    });
    if (!QTest::qWaitFor([&out] { return out.finished; }, timeoutMs))
        out.error = ApiError(ApiError::Kind::Timeout, QStringLiteral("test: the call never finished"));
    return out;
}

#define REQUIRE_OK(outcome) QVERIFY2((outcome).ok, qPrintable((outcome).error.kindName() + QLatin1Char(' ') + (outcome).error.message()))

} // namespace repdesk::test
