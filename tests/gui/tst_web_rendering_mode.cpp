// WebRenderingMode: software compositing for the web views unless the user chose a
// Qt Quick backend (the choice that bench_first_open measured; see the header).
#include "WebRenderingMode.h"

#include <QtTest>

using namespace repdesk;

class TestWebRenderingMode : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("QMLSCENE_DEVICE");
    }

    void softwareWhenNothingChosen()
    {
        QVERIFY(WebRenderingMode::apply());
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), QByteArray("software"));
    }

    void usersBackendWins()
    {
        qputenv("QT_QUICK_BACKEND", "rhi");
        QVERIFY(!WebRenderingMode::apply());
        QCOMPARE(qgetenv("QT_QUICK_BACKEND"), QByteArray("rhi"));
    }

    void olderVariableCounts()
    {
        qputenv("QMLSCENE_DEVICE", "software");
        QVERIFY(WebRenderingMode::apply());
        QVERIFY(qgetenv("QT_QUICK_BACKEND").isEmpty());
        qputenv("QMLSCENE_DEVICE", "openvg");
        QVERIFY(!WebRenderingMode::apply());
        QVERIFY(qgetenv("QT_QUICK_BACKEND").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebRenderingMode)
#include "tst_web_rendering_mode.moc"
