// What repdesk_ui embeds must reach the executables that link it: the .qm files
// (translations/translations.cmake, :/i18n) and the icons (resources/icons/icons.cmake,
// :/icons). repdesk_ui is a static library, where an unreferenced resource object is
// silently dropped by the linker; this test links it the way the app does.
// It checks loading, not wording: strings change daily, the .ts files follow via
// `cmake --build build --target update_translations`.
#include <QtTest>

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestUiResources)
#include "tst_ui_resources.moc"
