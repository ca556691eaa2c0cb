#pragma once

// repdesk-sandbox in a process of its own, for the benchmarks that want its allocations and its
// CPU out of their figures (bench_soak hosts it in-process instead, with faults, through
// SandboxHost). Started with the given conversation count and seed (the same seed answers the same
// data, so figures of two runs compare) on a free loopback port, killed when this goes away.
// Header-only, as ProcessTree: benchmarks link no test-support library.
#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace repdesk::bench {

class SandboxProcess
{
public:
    // `exe` is the sandbox's path (REPDESK_SANDBOX_EXE); `dataDir` keeps its data between runs.
    SandboxProcess(const QString &exe, int conversations, int seed, const QString &dataDir)
    {
        m_process.start(exe, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"), apiKey(),
                              QStringLiteral("--conversations"), QString::number(conversations),
                              QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--data-dir"), dataDir});
        // The sandbox prints "Listening on URL" once it serves: generating 10,000 conversations
        // the first time takes a while, hence the long wait.
        QByteArray banner;
        while (!banner.contains('\n') && m_process.waitForReadyRead(120000))
            banner += m_process.readAllStandardOutput();
        const auto m = QRegularExpression(QStringLiteral("Listening on (\\S+)")).match(QString::fromUtf8(banner));
        if (m.hasMatch())
            m_url = m.captured(1);
        else
            std::fprintf(stderr, "sandbox did not start: %s\n", m_process.readAllStandardError().constData());
    }
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Empty when it did not start (the reason is on stderr already).
    QString url() const { return m_url; }
    static QString apiKey() { return QStringLiteral("bench"); }

private:
    QProcess m_process;
    QString m_url;
};

} // namespace repdesk::bench
