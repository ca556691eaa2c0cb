// Renders every icon of resources/icons/icons.qrc through Qt's own SVG plugins, the way the app
// will: Qt SVG only implements SVG Tiny 1.2, so a file that looks fine in a browser can render
// blank or black here. With REPDESK_ICON_SHEET=<file.png> it also writes a contact sheet
// (light icons on white, -dark icons on dark grey) for a human look.
#include <QtTest>

#include <QColor>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPainter>

namespace {

// The names UI code may ask for (":/icons/<name>.svg"); removing one breaks callers.
const QStringList kIcons = {
    QStringLiteral("refresh"),        QStringLiteral("settings"),       QStringLiteral("search"),
    QStringLiteral("compose"),        QStringLiteral("reply"),          QStringLiteral("send"),
    QStringLiteral("save"),           QStringLiteral("discard"),        QStringLiteral("load-images"),
    QStringLiteral("copy"),           QStringLiteral("folder-inbox"),   QStringLiteral("folder-archive"),
    QStringLiteral("folder-spam"),    QStringLiteral("folder-generic"), QStringLiteral("unread-dot"),
    QStringLiteral("modality-email"), QStringLiteral("modality-text"),  QStringLiteral("modality-call"),
    QStringLiteral("modality-chat"),  QStringLiteral("modality-form"),  QStringLiteral("offline"),
    QStringLiteral("warning"),        QStringLiteral("error"),          QStringLiteral("info"),
    QStringLiteral("keyboard"),
};
const QString kAppIcon = QStringLiteral("repdesk");

QString path(const QString &name) { return QStringLiteral(":/icons/%1.svg").arg(name); }

QImage render(const QString &file, int size)
{
    QImageReader reader(file);
    reader.setScaledSize(QSize(size, size));
    return reader.read().convertToFormat(QImage::Format_ARGB32);
}

// Share of pixels that are mostly opaque: 0 means blank, near 1 means a filled square
// (the usual symptom of a path that forgot fill="none" and got the default black fill).
double coverage(const QImage &img)
{
    int opaque = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            opaque += qAlpha(img.pixel(x, y)) > 128;
    return double(opaque) / (img.width() * img.height());
}

// True when no clearly opaque pixel is far from black, i.e. the default fill leaked.
bool looksBlack(const QImage &img)
{
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = QColor::fromRgba(img.pixel(x, y));
            if (c.alpha() > 200 && c.lightness() > 40)
                return false;
        }
    return true;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private slots:
    void svgPluginsPresent()
    {
        // libqt6svg6 ships both plugins; without them every icon is silently null.
        QVERIFY(QImageReader::supportedImageFormats().contains("svg"));
        QVERIFY(!QIcon(path(kAppIcon)).pixmap(24, 24).isNull());
    }

    void renders_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : kIcons) {
            QTest::newRow(qPrintable(n)) << n;
            QTest::newRow(qPrintable(n + QStringLiteral("-dark"))) << n + QStringLiteral("-dark");
        }
        QTest::newRow("repdesk") << kAppIcon;
    }
    void renders()
    {
        QFETCH(QString, name);
        QFile file(path(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path(name) + QStringLiteral(" missing from icons.qrc")));
        const QByteArray svg = file.readAll();
        QVERIFY2(!svg.contains("currentColor"), "QIcon does not recolour currentColor; use fixed colours");
        if (name != kAppIcon)
            QVERIFY(svg.contains("viewBox=\"0 0 24 24\""));
        for (int size : {16, 24, 48}) {
            const QImage img = render(path(name), size);
            QVERIFY2(!img.isNull(), qPrintable(name));
            const double cov = coverage(img);
            QVERIFY2(cov > 0.02, qPrintable(QStringLiteral("%1 renders blank at %2px").arg(name).arg(size)));
            if (name != kAppIcon) {
                QVERIFY2(cov < 0.55, qPrintable(QStringLiteral("%1 is mostly filled at %2px").arg(name).arg(size)));
                QVERIFY2(!looksBlack(img), qPrintable(name + QStringLiteral(" renders black (missing fill=\"none\"?)")));
            }
        }
    }

    // A -dark twin must be the same drawing in other colours, so the two never drift apart.
    void darkVariantsMatchShape_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : kIcons)
            QTest::newRow(qPrintable(n)) << n;
    }
    void darkVariantsMatchShape()
    {
        QFETCH(QString, name);
        const QImage light = render(path(name), 48);
        const QImage dark = render(path(name + QStringLiteral("-dark")), 48);
        int differing = 0;
        for (int y = 0; y < 48; ++y)
            for (int x = 0; x < 48; ++x)
                differing += qAbs(qAlpha(light.pixel(x, y)) - qAlpha(dark.pixel(x, y))) > 8;
        QCOMPARE(differing, 0);
    }

    void contactSheet()
    {
        const QString out = qEnvironmentVariable("REPDESK_ICON_SHEET");
        if (out.isEmpty())
            QSKIP("set REPDESK_ICON_SHEET=<file.png> to write the contact sheet");
        const int cell = 112, cols = 6;
        const int rows = int((kIcons.size() + 1 + cols - 1) / cols);
        QImage sheet(cols * cell, rows * cell, QImage::Format_ARGB32);
        sheet.fill(Qt::white);
        QPainter p(&sheet);
        QFont font = p.font();
        font.setPixelSize(10);
        p.setFont(font);
        const QStringList names = QStringList(kIcons) << kAppIcon;
        for (int i = 0; i < names.size(); ++i) {
            const QRect r((i % cols) * cell, (i / cols) * cell, cell, cell);
            // Left half light-on-white, right half dark variant on a dark panel.
            p.fillRect(r.adjusted(cell / 2, 0, 0, -16), QColor(0x20, 0x21, 0x24));
            p.drawImage(r.topLeft() + QPoint(6, 6), render(path(names[i]), 24));
            p.drawImage(r.topLeft() + QPoint(6, 40), render(path(names[i]), 48));
            const QString dark = names[i] == kAppIcon ? names[i] : names[i] + QStringLiteral("-dark");
            p.drawImage(r.topLeft() + QPoint(cell / 2 + 4, 6), render(path(dark), 24));
            p.drawImage(r.topLeft() + QPoint(cell / 2 + 4, 40), render(path(dark), 48));
            p.setPen(Qt::black);
            p.drawText(r.adjusted(0, cell - 16, 0, 0), Qt::AlignCenter, names[i]);
        }
        p.end();
        QVERIFY(sheet.save(out));
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
