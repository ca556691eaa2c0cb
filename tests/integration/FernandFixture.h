#pragma once
// The Fernand tests' common ground: a real FernandSandboxServer on loopback and
// a Transport with Fernand's header, retries and budget talking to it. Nothing is mocked.
#include "FernandClient.h"
#include "FernandProvider.h"
#include "FernandSandboxServer.h"
#include "Transport.h"

#include "SandboxFixture.h" // run(), Outcome, REQUIRE_OK

#include <memory>

namespace repdesk::test {

struct FernandFixture
{
    std::unique_ptr<FernandSandboxServer> server;
    std::unique_ptr<Transport> transport;
    FernandProvider *provider = nullptr; // owned by the transport

    // `limits`: the client's budget; the server's comes with `options`.
    bool start(FernandSandboxOptions options = {}, RequestThrottle::Limits limits = {}, QString prefix = {})
    {
        options.apiKey = QStringLiteral("sk_test");
        if (!options.anchor.isValid())
            options.anchor = QDateTime(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
        server = std::make_unique<FernandSandboxServer>(options);
        QString error;
        if (!server->start(0, &error)) {
            qWarning() << "Fernand sandbox failed to start:" << error;
            return false;
        }
        QUrl url = server->url();
        url.setPath(prefix);
        TransportConfig config = FernandProvider::transportConfig(url, QByteArrayLiteral("sk_test"));
        config.retry.baseDelayMs = 20;
        config.retry.maxDelayMs = 100;
        transport = std::make_unique<Transport>(config);
        provider = new FernandProvider(transport.get(), limits, transport.get());
        return true;
    }

    FernandClient *client() const { return provider->client(); }
    int requestCount() const { return server->requestLog().size(); }
};

} // namespace repdesk::test
