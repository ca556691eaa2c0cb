// The .qm files must reach the binary: lrelease runs in the normal build and
// translations/translations.cmake embeds them in repdesk_ui under :/i18n. This links
// repdesk_ui like the app does, so it also proves the resource survives static linking.
// It checks loading, not wording: strings change daily, the .ts files follow via
// `cmake --build build --target update_translations`.
#include <QtTest>

#include <QLocale>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
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
        QCOMPARE(translator.language(), language);
    }

    // The way RepdeskApplication loads it: a regional locale falls back to the language file.
    void regionalLocaleFallsBack()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Austria), QStringLiteral("repdesk"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.language(), QStringLiteral("de"));
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
