// SettingsDialog and ShortcutsDialog, offscreen, with QSettings in a temporary directory.

#include "SettingsKeys.h"
#include "RepdeskApplication.h"
#include "common/ThemeColors.h"
#include "common/WebPalette.h"
#include "webapi/ThreadDisplay.h"
#include "settings/GeneralSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "settings/ShortcutsDialog.h"
#include "tst_panels_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace repdesk;

namespace {
// A thread display that records the colours it is handed (the real one is in the WebEngine plugin).
class ColorRecordingDisplay : public ThreadDisplay
{
public:
    QWidget *widget() override { return &m_widget; }
    void showThread(const QString &, bool, const QString &) override {}
    void showPlaceholder(const QString &) override {}
    void setColors(const QString &window, const QString &text, const QString &base, const QString &highlight,
                   const QString &mid) override
    {
        calls << QStringList{window, text, base, highlight, mid};
    }
    void findText(const QString &) override {}

    QList<QStringList> calls;

private:
    QWidget m_widget;
};
} // namespace

class TestPanelsSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void settingsShowDefaults();
    void settingsPersistOnOk();
    void settingsCancelKeepsValues();
    void settingsRangesAreClamped();
    void settingsControlsAreLabelled();
    void settingsClearCacheConfirmed();
    void settingsClearCacheDeclined();
    void settingsClearCacheFailure();
    void settingsIsExtensible();
    void settingsScreenshots();
    void appearanceAppliesAtOnceAndGoesBack();
    void shortcutsFilterNarrowsRows();
    void shortcutsReadOnlyAndEscCloses();
    void shortcutsScreenshot();

private:
    QSpinBox *spin(const QWidget *root, const char *name) { return root->findChild<QSpinBox *>(QLatin1String(name)); }
    QMessageBox *waitForConfirmation(QWidget *root);
    QList<ShortcutInfo> sampleShortcuts() const;

    QTemporaryDir m_dir;
};

void TestPanelsSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    // As the app does: the English file gives "%n day(s)" its real plural forms.
    RepdeskApplication::installTranslations(qApp, QLocale::c());
}

void TestPanelsSettings::init()
{
    QSettings().clear();
}

void TestPanelsSettings::settingsShowDefaults()
{
    SettingsDialog dialog(0, {});
    QCOMPARE(spin(&dialog, "pollInterval")->value(), SettingsKeys::defaultPollIntervalSeconds);
    QCOMPARE(spin(&dialog, "cacheLimit")->value(), SettingsKeys::defaultCacheLimitMegabytes);
    QCOMPARE(spin(&dialog, "undoSend")->value(), SettingsKeys::defaultUndoSendSeconds);
    QCOMPARE(spin(&dialog, "reviewWindow")->value(), SettingsKeys::defaultReviewWindowDays);
    QCOMPARE(spin(&dialog, "reviewWindow")->text(), QStringLiteral("14 days"));
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("notifications"))->isChecked());
    QCOMPARE(dialog.tabWidget()->tabText(0), QStringLiteral("General"));
}

void TestPanelsSettings::settingsPersistOnOk()
{
    {
        SettingsDialog dialog(0, {});
        spin(&dialog, "pollInterval")->setValue(120);
        spin(&dialog, "cacheLimit")->setValue(750);
        spin(&dialog, "undoSend")->setValue(0);
        spin(&dialog, "reviewWindow")->setValue(1);
        QCOMPARE(spin(&dialog, "reviewWindow")->text(), QStringLiteral("1 day"));
        dialog.findChild<QCheckBox *>(QStringLiteral("notifications"))->setChecked(false);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(SettingsKeys::pollIntervalSeconds()).toInt(), 120);
    QCOMPARE(settings.value(SettingsKeys::cacheLimitMegabytes()).toInt(), 750);
    QCOMPARE(settings.value(SettingsKeys::undoSendSeconds()).toInt(), 0);
    QCOMPARE(settings.value(SettingsKeys::reviewWindowDays()).toInt(), 1);
    QCOMPARE(settings.value(SettingsKeys::notificationsEnabled()).toBool(), false);
    QVERIFY2(QFileInfo(settings.fileName()).absoluteFilePath().startsWith(m_dir.path()),
             qPrintable(settings.fileName()));

    // A new dialog reads back what was saved; 0 reads as "Off".
    SettingsDialog again(0, {});
    QCOMPARE(spin(&again, "pollInterval")->value(), 120);
    QCOMPARE(spin(&again, "cacheLimit")->value(), 750);
    QCOMPARE(spin(&again, "undoSend")->text(), QStringLiteral("Off"));
    QCOMPARE(spin(&again, "reviewWindow")->value(), 1);
    QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("notifications"))->isChecked());
}

void TestPanelsSettings::settingsCancelKeepsValues()
{
    SettingsDialog dialog(0, {});
    spin(&dialog, "pollInterval")->setValue(300);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QSettings().contains(SettingsKeys::pollIntervalSeconds()));
}

void TestPanelsSettings::settingsRangesAreClamped()
{
    QSettings().setValue(SettingsKeys::pollIntervalSeconds(), 1);
    QSettings().setValue(SettingsKeys::cacheLimitMegabytes(), 999999);
    SettingsDialog dialog(0, {});
    QCOMPARE(spin(&dialog, "pollInterval")->value(), 15);
    QCOMPARE(spin(&dialog, "cacheLimit")->value(), 5000);
    QCOMPARE(spin(&dialog, "pollInterval")->maximum(), 3600);
    QCOMPARE(spin(&dialog, "cacheLimit")->minimum(), 20);
    QCOMPARE(spin(&dialog, "undoSend")->minimum(), 0);
    QCOMPARE(spin(&dialog, "undoSend")->maximum(), 30);
    QCOMPARE(spin(&dialog, "reviewWindow")->minimum(), 1);
    QCOMPARE(spin(&dialog, "reviewWindow")->maximum(), 90);
}

void TestPanelsSettings::settingsControlsAreLabelled()
{
    SettingsDialog dialog(0, {});
    auto *form = dialog.generalPage()->findChild<QFormLayout *>();
    QVERIFY(form);
    for (const char *name : {"pollInterval", "cacheLimit", "undoSend", "reviewWindow"}) {
        QSpinBox *box = spin(&dialog, name);
        QVERIFY2(!box->accessibleName().isEmpty(), name);
        auto *label = qobject_cast<QLabel *>(form->labelForField(box));
        QVERIFY2(label && label->buddy() == box, name);
    }
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(), qPrintable(button->objectName()));
}

QMessageBox *TestPanelsSettings::waitForConfirmation(QWidget *root)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = root->findChild<QMessageBox *>(QStringLiteral("confirmClearCache"));
        return box && box->isVisible();
    });
    return shown ? box : nullptr;
}

void TestPanelsSettings::settingsClearCacheConfirmed()
{
    int calls = 0;
    SettingsDialog dialog(qint64(12.3 * 1024 * 1024), [&calls] {
        ++calls;
        return true;
    });
    dialog.show();
    auto *usage = dialog.findChild<QLabel *>(QStringLiteral("cacheUsage"));
    QCOMPARE(usage->text(), QStringLiteral("Cache uses 12.3 MB"));
    auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearCache"));
    clear->click();
    QCOMPARE(calls, 0); // nothing happens before the user confirms
    QMessageBox *box = waitForConfirmation(&dialog);
    QVERIFY(box);
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            confirm = b;
    QVERIFY(confirm);
    confirm->click();
    QCOMPARE(calls, 1);
    QCOMPARE(usage->text(), QStringLiteral("Cache cleared"));
    QVERIFY(!clear->isEnabled());
}

void TestPanelsSettings::settingsClearCacheDeclined()
{
    int calls = 0;
    SettingsDialog dialog(2048, [&calls] {
        ++calls;
        return true;
    });
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("clearCache"))->click();
    QMessageBox *box = waitForConfirmation(&dialog);
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(calls, 0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("cacheUsage"))->text().startsWith(QStringLiteral("Cache uses")));
}

void TestPanelsSettings::settingsClearCacheFailure()
{
    SettingsDialog dialog(2048, [] { return false; });
    dialog.show();
    auto *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearCache"));
    clear->click();
    QMessageBox *box = waitForConfirmation(&dialog);
    QVERIFY(box);
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("cacheUsage"))->text(), QStringLiteral("Could not clear the cache"));
    QVERIFY(clear->isEnabled());
}

void TestPanelsSettings::settingsIsExtensible()
{
    SettingsDialog dialog(0, {});
    auto *templates = new QWidget;
    bool saved = false;
    QObject::connect(&dialog, &QDialog::accepted, templates, [&saved] { saved = true; });
    QCOMPARE(dialog.addPage(templates, QStringLiteral("Templates")), 1);
    QCOMPARE(dialog.tabWidget()->count(), 2);
    QCOMPARE(templates->accessibleName(), QStringLiteral("Templates"));
    dialog.accept();
    QVERIFY(saved);
}

void TestPanelsSettings::settingsScreenshots()
{
    struct Shot
    {
        QPalette palette;
        const char *file;
    };
    for (const Shot &shot : {Shot{test::lightPalette(), "settings_dialog.png"}, Shot{test::darkPalette(), "settings_dialog_dark.png"}}) {
        QApplication::setPalette(shot.palette);
        SettingsDialog dialog(qint64(12.3 * 1024 * 1024), [] { return true; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.adjustSize();
        QTest::qWait(20);
        QVERIFY(dialog.grab().save(test::screenshotPath(QString::fromLatin1(shot.file))));
    }
    QApplication::setPalette(test::lightPalette());
}

QList<ShortcutInfo> TestPanelsSettings::sampleShortcuts() const
{
    return {{QStringLiteral("Ctrl+R"), QStringLiteral("Reply")},
            {QStringLiteral("Ctrl+Shift+R"), QStringLiteral("Refresh the inbox")},
            {QStringLiteral("J / K"), QStringLiteral("Next / previous conversation")},
            {QStringLiteral("Ctrl+F"), QStringLiteral("Search conversations")},
            {QStringLiteral("Ctrl+,"), QStringLiteral("Settings")},
            {QStringLiteral("F1"), QStringLiteral("Keyboard shortcuts")},
            {QStringLiteral("Ctrl+Shift+1 … 9"),
             QStringLiteral("Go to folder 1 … 9 (All, Unread, Inbox, and the folders after them in the list)")}};
}

void TestPanelsSettings::appearanceAppliesAtOnceAndGoesBack()
{
    const QPalette system = qApp->palette();
    QVERIFY(!ThemeColors::isDark(system));
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ColorRecordingDisplay display;
    WebPalette::follow(&display);
    QCOMPARE(display.calls.size(), 1); // at once
    QCOMPARE(display.calls.last().at(2), system.color(QPalette::Active, QPalette::Base).name());
    // A disabled view still hands its page the active colours, not the greyed-out ones.
    display.widget()->setEnabled(false);

    const auto choose = [](SettingsDialog &dialog, const QString &code) {
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("appearance"));
        QVERIFY(box);
        QVERIFY(!box->accessibleName().isEmpty());
        const int index = box->findData(code);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
    };
    {
        // Cancel changes nothing.
        SettingsDialog dialog(0, {});
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("appearance"))->currentData().toString(), QString());
        choose(dialog, QStringLiteral("dark"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(qApp->palette(), system);
        QVERIFY(!QSettings().contains(SettingsKeys::appearance()));
    }
    {
        // OK with Dark: saved, and everything follows without a restart.
        SettingsDialog dialog(0, {});
        choose(dialog, QStringLiteral("dark"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    QCOMPARE(QSettings().value(SettingsKeys::appearance()).toString(), QStringLiteral("dark"));
    QVERIFY(ThemeColors::isDark(qApp->palette()));
    // Windows take the application's palette on the next turn of the event loop.
    QTRY_VERIFY(ThemeColors::isDark(&window));
    QTRY_VERIFY(display.calls.size() >= 2);
    QCOMPARE(display.calls.last().at(0), ThemeColors::darkPalette().color(QPalette::Window).name());
    QCOMPARE(display.calls.last().at(1), ThemeColors::darkPalette().color(QPalette::Active, QPalette::Text).name());
    QCOMPARE(display.calls.last().at(2), ThemeColors::darkPalette().color(QPalette::Base).name());
    {
        // Read back, then System: the palette the application started with.
        SettingsDialog dialog(0, {});
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("appearance"))->currentData().toString(),
                 QStringLiteral("dark"));
        choose(dialog, QString());
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    QCOMPARE(qApp->palette(), system);
    QTRY_VERIFY(!ThemeColors::isDark(&window));
    QTRY_COMPARE(display.calls.last().at(2), system.color(QPalette::Active, QPalette::Base).name());
    // A value Repdesk does not know (a hand-edited file) reads as the system's.
    QSettings().setValue(SettingsKeys::appearance(), QStringLiteral("sepia"));
    SettingsDialog dialog(0, {});
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("appearance"))->currentData().toString(), QString());
}

void TestPanelsSettings::shortcutsFilterNarrowsRows()
{
    ShortcutsDialog dialog(sampleShortcuts());
    dialog.show();
    QCOMPARE(dialog.visibleRowCount(), 7);
    QTest::keyClicks(dialog.searchField(), QStringLiteral("conversation"));
    QCOMPARE(dialog.visibleRowCount(), 2);
    dialog.searchField()->clear();
    QCOMPARE(dialog.visibleRowCount(), 7);
    // Keys match too, case-insensitively.
    dialog.searchField()->setText(QStringLiteral("ctrl+shift+r"));
    QCOMPARE(dialog.visibleRowCount(), 1);
    QCOMPARE(dialog.table()->model()->index(0, 1).data().toString(), QStringLiteral("Refresh the inbox"));
    dialog.searchField()->setText(QStringLiteral("zzz"));
    QCOMPARE(dialog.visibleRowCount(), 0);
    auto *empty = dialog.table()->viewport()->findChild<QWidget *>();
    QVERIFY(empty && empty->isVisible());
}

void TestPanelsSettings::shortcutsReadOnlyAndEscCloses()
{
    ShortcutsDialog dialog(sampleShortcuts());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(dialog.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!(dialog.table()->model()->flags(dialog.table()->model()->index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(dialog.table()->model()->columnCount(), 2);
    QVERIFY(!dialog.searchField()->accessibleName().isEmpty());
    QVERIFY(!dialog.table()->accessibleName().isEmpty());
    // Down from the search field lands in the table.
    dialog.searchField()->setFocus();
    QTest::keyClick(dialog.searchField(), Qt::Key_Down);
    QVERIFY(dialog.table()->hasFocus());
    QCOMPARE(dialog.table()->currentIndex().row(), 0);
    dialog.searchField()->setFocus();
    QTest::keyClick(dialog.searchField(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestPanelsSettings::shortcutsScreenshot()
{
    ShortcutsDialog dialog(sampleShortcuts());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("shortcuts_dialog.png"))));
}

REPDESK_PANELS_TEST_MAIN(TestPanelsSettings)
#include "tst_panels_settings.moc"
