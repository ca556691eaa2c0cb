// Settings > General > Language: the chosen language wins over the system's at the
// next start, for the strings (Repdesk's German catalogue is really loaded) and
// for QLocale's formatting; nothing chosen, or a nonsense code, follows the system.
#include "RelativeTime.h"
#include "RepdeskApplication.h"
#include "SettingsKeys.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/LanguageChoice.h"

#include <QComboBox>
#include <QSettings>
#include <QtTest>

using namespace repdesk;

class TestLanguageChoice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(SettingsKeys::language()); }

    void systemWhenNothingChosen()
    {
        QCOMPARE(LanguageChoice::effectiveLocale(), QLocale::system());
        QSettings().setValue(SettingsKeys::language(), QStringLiteral("zz-nonsense"));
        QCOMPARE(LanguageChoice::effectiveLocale(), QLocale::system());
    }

    void chosenLanguageWins()
    {
        QSettings().setValue(SettingsKeys::language(), QStringLiteral("de"));
        const QLocale locale = LanguageChoice::effectiveLocale();
        QCOMPARE(locale.language(), QLocale::German);
        RepdeskApplication::installTranslations(QCoreApplication::instance(), locale);
        // A string of the General page, in German from the shipped catalogue.
        const QString translated = QCoreApplication::translate("repdesk::GeneralSettingsPage", "Lan&guage:");
        QCOMPARE(translated, QStringLiteral("Spra&che:"));
        // Dates in the list follow the language's own pattern: "4. Juni", not "4 Juni".
        QLocale::setDefault(locale);
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0));
        QCOMPARE(RelativeTime::format(QDateTime(QDate(2026, 6, 4), QTime(12, 0)), now), QStringLiteral("4. Juni"));
        QLocale::setDefault(QLocale::c());
    }

    void pageSavesTheChoice()
    {
        GeneralSettingsPage page(0, {});
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString()); // System default
        QVERIFY(!combo->accessibleName().isEmpty());
        const int french = combo->findData(QStringLiteral("fr"));
        QVERIFY(french > 0);
        QCOMPARE(combo->itemText(french), QStringLiteral("Français"));
        combo->setCurrentIndex(french);
        page.save();
        QCOMPARE(QSettings().value(SettingsKeys::language()).toString(), QStringLiteral("fr"));
        GeneralSettingsPage again(0, {});
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("fr"));
    }
};

QTEST_MAIN(TestLanguageChoice)
#include "tst_language_choice.moc"
