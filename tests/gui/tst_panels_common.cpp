// ErrorBanner, EmptyStateWidget, CopyableField and DraftConflictDialog, offscreen.

#include "InboxToolBar.h"
#include "ResponseDraft.h"
#include "common/CopyableField.h"
#include "common/DraftConflictDialog.h"
#include "common/ElidedLines.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "common/ItemViewModel.h"
#include "common/ThemeColors.h"
#include "common/ThemedIcon.h"
#include "tst_panels_support.h"

#include <QAccessible>
#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace repdesk;

namespace {
// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
} // namespace


class TestPanelsCommon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerIsHiddenByDefault();
    void bannerShowsTextAndAccessibleName();
    void bannerRetryEmitsAndHides();
    void bannerNotRetryableHidesRetry();
    void bannerCloseEmitsDismissed();
    void bannerEscapeDismisses();
    void bannerAnnouncesAlert();
    void bannerTintFollowsPalette();
    void bannerInlineHasNoClose();
    void themeColorsReadOnBothPalettes();
    void toolbarIconsFollowThePalette();
    void standardIconsAreOneIconEach();
    void emptyStateShowsTitleAndHint();
    void emptyStateOverlayFollowsTarget();
    void copyableFieldCopies();
    void copyableFieldBreaksLongTokens();
    void copyableFieldEmptyValueDisablesCopy();
    void viewsKeepNoOldSelectionModels();
    void draftConflictSaysWhatHappened_data();
    void draftConflictSaysWhatHappened();
    void draftConflictAnswers();
    void elidedLinesKeepWhatFits();
    void elidedLinesCutTheLastLine();
};

void TestPanelsCommon::bannerIsHiddenByDefault()
{
    QWidget host;
    auto *banner = new ErrorBanner(&host);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->text().isEmpty());
}

void TestPanelsCommon::bannerShowsTextAndAccessibleName()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *banner = new ErrorBanner(&host);
    layout->addWidget(banner);
    host.resize(360, 100);
    host.show();
    banner->showMessage(QStringLiteral("Could not reach the server."), ErrorBanner::Kind::Warning, true);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Could not reach the server."));
    QCOMPARE(banner->accessibleName(), QStringLiteral("Could not reach the server."));
    QCOMPARE(banner->kind(), ErrorBanner::Kind::Warning);
    QVERIFY(banner->retryButton()->isVisible());
    QVERIFY(!banner->retryButton()->accessibleName().isEmpty());
    QVERIFY(!banner->closeButton()->accessibleName().isEmpty());
    banner->hideBanner();
    QVERIFY(!banner->isVisible());
}

void TestPanelsCommon::bannerRetryEmitsAndHides()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *banner = new ErrorBanner(&host);
    layout->addWidget(banner);
    host.show();
    QSignalSpy retry(banner, &ErrorBanner::retryRequested);
    QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
    banner->showMessage(QStringLiteral("Timed out"));
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QCOMPARE(retry.count(), 1);
    QCOMPARE(dismissed.count(), 0);
    QVERIFY(!banner->isVisible());
}

void TestPanelsCommon::bannerNotRetryableHidesRetry()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *banner = new ErrorBanner(&host);
    layout->addWidget(banner);
    host.show();
    banner->showMessage(QStringLiteral("Cache was reset"), ErrorBanner::Kind::Info, false);
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->retryButton()->isVisible());
    QVERIFY(!banner->isRetryable());
    banner->showMessage(QStringLiteral("Offline"), ErrorBanner::Kind::Error, true);
    QVERIFY(banner->retryButton()->isVisible());
}

void TestPanelsCommon::bannerCloseEmitsDismissed()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *banner = new ErrorBanner(&host);
    layout->addWidget(banner);
    host.show();
    QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
    banner->showMessage(QStringLiteral("Oops"));
    QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!banner->isVisible());
}

void TestPanelsCommon::bannerEscapeDismisses()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *banner = new ErrorBanner(&host);
    layout->addWidget(banner);
    host.show();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
    banner->showMessage(QStringLiteral("Oops"));
    banner->retryButton()->setFocus();
    QTest::keyClick(banner->retryButton(), Qt::Key_Escape);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!banner->isVisible());
}

void TestPanelsCommon::bannerAnnouncesAlert()
{
    // The Alert event itself cannot be observed offscreen (no platform
    // accessibility is ever active there); what a screen reader would read can.
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *banner = new ErrorBanner(&host);
    layout->addWidget(banner);
    host.show();
    banner->showMessage(QStringLiteral("Server error"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::AlertMessage);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Server error"));
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("Error"));
    QVERIFY(!iface->state().invisible);
}

void TestPanelsCommon::bannerTintFollowsPalette()
{
    // Light and dark: the banner must differ from the window (it is tinted)
    // yet stay close enough that WindowText remains readable on it.
    int shot = 0;
    for (const QPalette &palette : {test::lightPalette(), test::darkPalette()}) {
        QWidget host;
        host.setPalette(palette);
        auto *layout = new QVBoxLayout(&host);
        auto *banner = new ErrorBanner(&host);
        layout->addWidget(banner);
        host.resize(320, 80);
        host.show();
        banner->showMessage(QStringLiteral("Something failed"));
        const QImage image = banner->grab().toImage();
        const QColor middle = image.pixelColor(image.width() / 2, image.height() - 3);
        const QColor window = palette.color(QPalette::Window);
        const QColor text = palette.color(QPalette::WindowText);
        QVERIFY2(middle != window, "banner is not tinted");
        QVERIFY(host.grab().save(test::screenshotPath(shot++ == 0 ? QStringLiteral("error_banner.png")
                                                                  : QStringLiteral("error_banner_dark.png"))));
        QVERIFY(qAbs(middle.lightness() - text.lightness()) > 100);
    }
}

void TestPanelsCommon::themeColorsReadOnBothPalettes()
{
    // The one theme helper's fixed colours are picked per palette: each must read at 4.5:1
    // (WCAG AA) on the window of the palette it was picked for, and the light pick must not be
    // what a dark palette gets.
    const QPalette light = test::lightPalette(), dark = test::darkPalette();
    QVERIFY(!ThemeColors::isDark(light));
    QVERIFY(ThemeColors::isDark(dark));
    QWidget widget;
    widget.setPalette(dark);
    QVERIFY(ThemeColors::isDark(&widget));
    QVERIFY(!ThemeColors::isDark(static_cast<const QWidget *>(nullptr)));
    QVERIFY(ThemeColors::errorText(light) != ThemeColors::errorText(dark));
    for (const QPalette &palette : {light, dark}) {
        const QColor window = palette.color(QPalette::Window);
        QVERIFY2(contrast(ThemeColors::errorText(palette), window) >= 4.5, qPrintable(ThemeColors::errorText(palette).name()));
        QVERIFY(contrast(ThemeColors::sentiment(+1, palette), window) >= 4.5);
        QCOMPARE(ThemeColors::sentiment(-1, palette), ThemeColors::errorText(palette));
        QCOMPARE(ThemeColors::sentiment(0, palette), palette.color(QPalette::WindowText));
        // Muted captions are quieter than the text, yet readable.
        const QColor muted = ThemeColors::muted(palette);
        QVERIFY(contrast(muted, window) < contrast(palette.color(QPalette::WindowText), window));
        QVERIFY(contrast(muted, window) >= 4.5);
        // A field with a problem is tinted, and its text still reads on the tint.
        const QPalette invalid = ThemeColors::invalidField(palette);
        QVERIFY(invalid.color(QPalette::Base) != palette.color(QPalette::Base));
        QVERIFY(contrast(invalid.color(QPalette::Text), invalid.color(QPalette::Base)) >= 4.5);
        // Text colour set on a widget: both roles, nothing else.
        QLabel label;
        label.setPalette(palette);
        ThemeColors::setTextColor(&label, ThemeColors::errorText(palette));
        QCOMPARE(label.palette().color(QPalette::WindowText), ThemeColors::errorText(palette));
        QCOMPARE(label.palette().color(QPalette::Text), ThemeColors::errorText(palette));
        QCOMPARE(label.palette().color(QPalette::Window), window);
    }
    QCOMPARE(ThemeColors::mix(Qt::black, Qt::white, 0.5).red(), 128);
}

void TestPanelsCommon::toolbarIconsFollowThePalette()
{
    // The bundled SVGs come in a light and a -dark drawing; a palette change (Settings >
    // Appearance) must swap them, not leave dark icons on a dark toolbar.
    const auto image = [](const QIcon &icon) { return icon.pixmap(QSize(16, 16)).toImage(); };
    InboxToolBar bar;
    bar.setPalette(test::lightPalette());
    QCOMPARE(image(bar.newMessageAction()->icon()), image(QIcon(QStringLiteral(":/icons/compose.svg"))));
    bar.setPalette(test::darkPalette());
    QCOMPARE(image(bar.newMessageAction()->icon()), image(QIcon(QStringLiteral(":/icons/compose-dark.svg"))));
    QCOMPARE(image(bar.refreshAction()->icon()), image(QIcon(QStringLiteral(":/icons/refresh-dark.svg"))));
    QVERIFY(image(QIcon(QStringLiteral(":/icons/compose.svg"))) != image(QIcon(QStringLiteral(":/icons/compose-dark.svg"))));
    bar.setPalette(test::lightPalette());
    QCOMPARE(image(bar.refreshAction()->icon()), image(QIcon(QStringLiteral(":/icons/refresh.svg"))));
}

void TestPanelsCommon::standardIconsAreOneIconEach()
{
    // Qt keeps every pixmap drawn from an icon in QPixmapCache under the icon's key: a new icon per
    // empty state (an organization switch builds dozens) filled the cache with entries no one
    // would find again. Widgets built again get the same icon, so their pixmaps are found.
    QWidget a, b;
    const QString noTheme = QStringLiteral("repdesk-test-no-such-theme-icon");
    const QIcon first = ThemedIcon::get(noTheme, QStyle::SP_MessageBoxWarning, &a);
    QVERIFY(!first.isNull());
    QCOMPARE(ThemedIcon::get(noTheme, QStyle::SP_MessageBoxWarning, &b).cacheKey(), first.cacheKey());
    QVERIFY(ThemedIcon::get(noTheme, QStyle::SP_MessageBoxInformation, &a).cacheKey() != first.cacheKey());
}

void TestPanelsCommon::bannerInlineHasNoClose()
{
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *banner = new ErrorBanner(&host);
    layout->addWidget(banner);
    host.show();
    banner->setDismissible(false);
    banner->showMessage(QStringLiteral("Could not load"));
    QVERIFY(!banner->closeButton()->isVisible());
    QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
    QTest::keyClick(banner, Qt::Key_Escape);
    QCOMPARE(dismissed.count(), 0);
    QVERIFY(banner->isVisible());
}

void TestPanelsCommon::emptyStateShowsTitleAndHint()
{
    EmptyStateWidget empty;
    empty.setContent(QStringLiteral("No conversations"), QStringLiteral("New messages appear here."));
    empty.show();
    QCOMPARE(empty.title(), QStringLiteral("No conversations"));
    QCOMPARE(empty.hint(), QStringLiteral("New messages appear here."));
    QCOMPARE(empty.accessibleName(), QStringLiteral("No conversations"));
    QStringList texts;
    for (QLabel *label : empty.findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    QVERIFY(texts.contains(QStringLiteral("No conversations")));
    QVERIFY(texts.contains(QStringLiteral("New messages appear here.")));

    empty.setContent(QStringLiteral("Nothing"));
    texts.clear();
    for (QLabel *label : empty.findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    QCOMPARE(texts, QStringList{QStringLiteral("Nothing")});
}

void TestPanelsCommon::emptyStateOverlayFollowsTarget()
{
    QListView view;
    view.resize(300, 200);
    auto *empty = new EmptyStateWidget;
    empty->setContent(QStringLiteral("No results"));
    empty->setOverlayTarget(view.viewport());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(empty->parentWidget(), view.viewport());
    QCOMPARE(empty->geometry(), view.viewport()->rect());
    view.resize(420, 260);
    QTRY_COMPARE(empty->geometry(), view.viewport()->rect());
    QVERIFY(empty->testAttribute(Qt::WA_TransparentForMouseEvents));
}

void TestPanelsCommon::copyableFieldCopies()
{
    CopyableField field(QStringLiteral("Email"), QStringLiteral("Copy email"));
    field.setValue(QStringLiteral("diana@example.com"));
    field.show();
    QSignalSpy copied(&field, &CopyableField::copied);
    QCOMPARE(field.copyButton()->accessibleName(), QStringLiteral("Copy email"));
    QVERIFY(field.copyButton()->isEnabled());
    QTest::mouseClick(field.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("diana@example.com"));
    QCOMPARE(copied.count(), 1);
}

void TestPanelsCommon::copyableFieldBreaksLongTokens()
{
    const QString longEmail = QStringLiteral("bartholomew.fitzgerald@enterprise-solutions.example.com");
    const QString shown = CopyableField::breakable(longEmail);
    QVERIFY(shown.contains(QChar(0x200B)));
    QString stripped = shown;
    stripped.remove(QChar(0x200B));
    QCOMPARE(stripped, longEmail);
    QCOMPARE(CopyableField::breakable(QStringLiteral("12 Main St, Anytown")), QStringLiteral("12 Main St, Anytown"));

    // The clipboard gets the clean value, never the display form.
    CopyableField field(QStringLiteral("Email"), QStringLiteral("Copy email"));
    field.setValue(longEmail);
    field.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), longEmail);
    // And a narrow field stays narrow: the email wraps instead of forcing width.
    QVERIFY(field.minimumSizeHint().width() < 200);
}

void TestPanelsCommon::copyableFieldEmptyValueDisablesCopy()
{
    CopyableField field(QStringLiteral("Phone"), QStringLiteral("Copy phone number"));
    field.setValue(QString());
    QVERIFY(!field.copyButton()->isEnabled());
}

// An organization switch takes a view's model away and gives it the next one: Qt's own
// setModel() left one selection model behind per view and header each time.
void TestPanelsCommon::viewsKeepNoOldSelectionModels()
{
    QTableView table;
    QListView list;
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(&table), static_cast<QAbstractItemView *>(&list)}) {
        {
            QStandardItemModel model(3, 2);
            ItemViewModel::set(view, &model);
            view->setCurrentIndex(model.index(1, 0));
            QCOMPARE(view->selectionModel()->currentIndex().row(), 1); // the one left in use works
            ItemViewModel::set(view, nullptr);
        } // the model goes first, as a switched-away organization's does
        const int settled = ItemViewModel::ownedSelectionModels(view);
        for (int i = 0; i < 10; ++i) {
            QStandardItemModel model(3, 2);
            ItemViewModel::set(view, &model);
            ItemViewModel::set(view, nullptr);
        }
        QCoreApplication::processEvents();
        QCOMPARE(ItemViewModel::ownedSelectionModels(view), settled);
        QVERIFY(settled <= (view == &table ? 3 : 1));
        // Plain setModel() would have kept them: the check above can fail.
        QStandardItemModel model(3, 2);
        view->setModel(&model);
        view->setModel(nullptr);
        QVERIFY(ItemViewModel::ownedSelectionModels(view) > settled);
        ItemViewModel::set(view, nullptr);
        QCOMPARE(ItemViewModel::ownedSelectionModels(view), settled);
    }
}

// The reply pane and the review queue ask with the same dialog: "changed" only when the editor
// had a draft to change, and the server's text quoted as typed.
void TestPanelsCommon::draftConflictSaysWhatHappened_data()
{
    QTest::addColumn<bool>("editorHadDraft");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("servers");
    QTest::newRow("changed") << true << QStringLiteral("Draft changed on the server") << QStringLiteral("Use theirs");
    QTest::newRow("never loaded") << false << QStringLiteral("A draft is already on the server")
                                  << QStringLiteral("Use the server's");
}

void TestPanelsCommon::draftConflictSaysWhatHappened()
{
    QFETCH(bool, editorHadDraft);
    QFETCH(QString, title);
    QFETCH(QString, servers);
    ResponseDraft server;
    server.bodyHtml = QStringLiteral("<p>&lt;b&gt;Account suspended&lt;/b&gt; call us</p>");
    DraftConflictDialog dialog(server, editorHadDraft);
    QCOMPARE(dialog.windowTitle(), title);
    QCOMPARE(dialog.textFormat(), Qt::PlainText);
    QVERIFY2(dialog.text().contains(QStringLiteral("“<b>Account suspended</b> call us”")), qPrintable(dialog.text()));
    QCOMPARE(dialog.text().contains(QStringLiteral("Someone changed this draft")), editorHadDraft);
    QCOMPARE(dialog.mineButton()->text(), QStringLiteral("Replace with mine"));
    QCOMPARE(dialog.serversButton()->text(), servers);
    QCOMPARE(dialog.defaultButton(), dialog.mineButton());
}

void TestPanelsCommon::draftConflictAnswers()
{
    ResponseDraft server;
    server.bodyHtml = QStringLiteral("<p>Theirs</p>");
    for (const bool mine : {true, false}) {
        DraftConflictDialog dialog(server, true);
        QTimer::singleShot(0, &dialog, [&dialog, mine] {
            // Keyboard only: Return takes the default (mine); Escape the server's.
            QTest::keyClick(&dialog, mine ? Qt::Key_Return : Qt::Key_Escape);
        });
        dialog.exec();
        QCOMPARE(dialog.replaceWithMine(), mine);
    }
}

void TestPanelsCommon::elidedLinesKeepWhatFits()
{
    const QFont font = QApplication::font();
    const QFontMetrics metrics(font);
    const QString short_ = QStringLiteral("Could not load.");
    QCOMPARE(ElidedLines::fit(short_, font, metrics.horizontalAdvance(short_) + 4, 1), short_);
    // Two lines' worth in two lines: nothing is cut.
    const QString two = QStringLiteral("Could not load: the server had a problem.");
    const int width = metrics.horizontalAdvance(two) * 2 / 3;
    const QString fitted = ElidedLines::fit(two, font, width, 2);
    QVERIFY(!fitted.contains(QChar(0x2026)));
    QCOMPARE(QString(fitted).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified(), two);
    // No room known yet (a widget not laid out): the text as it is.
    QCOMPARE(ElidedLines::fit(two, font, 0, 2), two);
}

void TestPanelsCommon::elidedLinesCutTheLastLine()
{
    const QFont font = QApplication::font();
    const QFontMetrics metrics(font);
    const QString text = QStringLiteral("Could not load: Too many requests; try again in 1 s. "
                                        "Repdesk asks again by itself.");
    const int width = metrics.horizontalAdvance(text) / 4; // about four lines' worth
    for (int lines = 1; lines <= 3; ++lines) {
        const QString fitted = ElidedLines::fit(text, font, width, lines);
        const QStringList shown = fitted.split(QLatin1Char('\n'));
        QCOMPARE(shown.size(), lines);
        for (const QString &line : shown)
            QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
        QVERIFY2(shown.last().endsWith(QChar(0x2026)), qPrintable(fitted));
        // The lines before the cut are the text's own beginning.
        QVERIFY(text.startsWith(shown.first().chopped(lines == 1 ? 1 : 0).trimmed()));
    }
}

REPDESK_PANELS_TEST_MAIN(TestPanelsCommon)
#include "tst_panels_common.moc"
