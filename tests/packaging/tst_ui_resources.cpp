// What repdesk_ui embeds must reach the executables that link it: the .qm files
// (translations/translations.cmake, :/i18n) and the icons (resources/icons/icons.cmake,
// :/icons). repdesk_ui is a static library, where an unreferenced resource object is
// silently dropped by the linker; this test links it the way the app does.
// It checks loading, not wording: strings change daily, the .ts files follow via
// `cmake --build build --target update_translations`.
#include <QtTest>

#include <QFile>
#include <QRegularExpression>

#include "RepdeskApplication.h"
#include <QLocale>
#include <QTranslator>

class TestUiResources : public QObject
{
    Q_OBJECT
private slots:
    void iconsEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/icons/repdesk.svg")));
        QVERIFY(QFile::exists(QStringLiteral(":/icons/refresh.svg")));
        QVERIFY(QFile::exists(QStringLiteral(":/icons/refresh-dark.svg")));
    }

    void embedded_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"de", "fr", "es", "en"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void embedded()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/repdesk_%1.qm").arg(language)),
                 qPrintable(language + QStringLiteral(": :/i18n/repdesk_<lang>.qm not embedded")));
        QVERIFY(!translator.isEmpty());
        // lupdate writes a full locale ("de_DE") into the file it derives from the name.
        QVERIFY2(translator.language().startsWith(language), qPrintable(translator.language()));
    }

    // The way RepdeskApplication loads it: a regional locale falls back to the language file.
    void regionalLocaleFallsBack()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Austria), QStringLiteral("repdesk"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY2(translator.language().startsWith(QLatin1String("de")), qPrintable(translator.language()));
    }

    // English ships plural forms only, so "%n message(s)" reads "1 message".
    void englishPlurals()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/repdesk_en.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("ThreadHtmlBuilder", "%n message(s)", nullptr, 1),
                 QStringLiteral("1 message"));
        QCOMPARE(QCoreApplication::translate("ThreadHtmlBuilder", "%n message(s)", nullptr, 3),
                 QStringLiteral("3 messages"));
        QCoreApplication::removeTranslator(&translator);
    }

    // What the app installs: English plurals even in the C locale (a bare
    // session, CI), and German still wins under a German locale.
    void appInstallsPluralsForEveryLocale()
    {
        repdesk::RepdeskApplication::installTranslations(QCoreApplication::instance(), QLocale::c());
        QCOMPARE(QCoreApplication::translate("SyncStatusText", "%n conversation(s) · up to date as of %1", nullptr, 1),
                 QStringLiteral("1 conversation · up to date as of %1"));
        QCOMPARE(QCoreApplication::translate("SyncStatusText", "%n conversation(s) · up to date as of %1", nullptr, 7),
                 QStringLiteral("7 conversations · up to date as of %1"));
    }

    // Every "%n ...(s)" source has its English forms: none is left unfinished,
    // so no "(s)" can reach the screen.
    void englishPluralsAreComplete()
    {
        QFile ts(QStringLiteral(REPDESK_FIXTURES_DIR "/../../translations/repdesk_en.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression message(QStringLiteral("<message numerus=\"yes\">(.*?)</message>"),
                                                QRegularExpression::DotMatchesEverythingOption);
        int checked = 0;
        for (auto it = message.globalMatch(text); it.hasNext();) {
            const QString entry = it.next().captured(1);
            if (entry.contains(QLatin1String("type=\"vanished\"")) || entry.contains(QLatin1String("type=\"obsolete\"")))
                continue;
            ++checked;
            QVERIFY2(!entry.contains(QLatin1String("type=\"unfinished\"")), qPrintable(entry));
            QVERIFY2(!entry.contains(QLatin1String("<numerusform></numerusform>")), qPrintable(entry));
        }
        QVERIFY(checked >= 17);
    }
};

QTEST_GUILESS_MAIN(TestUiResources)
#include "tst_ui_resources.moc"
