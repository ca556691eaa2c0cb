#include "tst_html.h"

using repdesk::HtmlSanitizer;
using repdesk::SanitizeOptions;
using repdesk::SanitizeResult;

namespace {

const QString kRemote = QStringLiteral(
    "<p>a<img src=\"https://t.example/p.gif?u=1&amp;m=2\" alt=\"Logo\" width=1 height=\"1\" style=\"border: 0\">"
    "<img src=\"http://cdn.example/b.png\">b</p>");

SanitizeOptions options(bool allowRemote, bool forEditor)
{
    SanitizeOptions o;
    o.allowRemoteImages = allowRemote;
    o.forEditor = forEditor;
    return o;
}

} // namespace

void TestHtml::remoteImagesBlocked()
{
    const SanitizeResult r = HtmlSanitizer::sanitize(kRemote);
    QCOMPARE(r.html, QStringLiteral(
        "<p>a<img alt=\"Logo\" width=\"1\" height=\"1\" style=\"border: 0\" data-remote-src=\"https://t.example/p.gif?u=1&amp;m=2\">"
        "<img data-remote-src=\"http://cdn.example/b.png\">b</p>"));
    QVERIFY(r.hasRemoteImages);
    QCOMPARE(r.blockedRemoteImages, 2);
    QCOMPARE(r.removedElements, 0);
    QVERIFY(!r.html.contains(QLatin1String(" src=")));
    CHECK_SAFE(r.html, false);

    // <image> is parsed as <img>, and whitespace around the URL is trimmed.
    const SanitizeResult alias = HtmlSanitizer::sanitize(QStringLiteral("<image src=\"  https://t.example/x.png \">"));
    QCOMPARE(alias.html, QStringLiteral("<img data-remote-src=\"https://t.example/x.png\">"));
    QCOMPARE(alias.blockedRemoteImages, 1);
}

void TestHtml::remoteImagesAllowed()
{
    const SanitizeResult r = HtmlSanitizer::sanitize(kRemote, options(true, false));
    QCOMPARE(r.html, QStringLiteral(
        "<p>a<img src=\"https://t.example/p.gif?u=1&amp;m=2\" alt=\"Logo\" width=\"1\" height=\"1\" style=\"border: 0\">"
        "<img src=\"http://cdn.example/b.png\">b</p>"));
    QVERIFY(r.hasRemoteImages);
    QCOMPARE(r.blockedRemoteImages, 0);
    CHECK_SAFE(r.html, true);
}

void TestHtml::editorDropsRemoteImages()
{
    for (const bool allowRemote : {false, true}) {
        const SanitizeResult r = HtmlSanitizer::sanitize(kRemote, options(allowRemote, true));
        QCOMPARE(r.html, QStringLiteral("<p>ab</p>"));
        QVERIFY(r.hasRemoteImages);
        QCOMPARE(r.blockedRemoteImages, 2);
        QVERIFY(!r.html.contains(QLatin1String("data-remote-src")));
        CHECK_SAFE(r.html, false);
    }
    // Inline images are part of the pasted content and stay.
    const QString inlinePng = QStringLiteral("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\">");
    QCOMPARE(HtmlSanitizer::sanitize(inlinePng, options(false, true)).html, inlinePng);
}

void TestHtml::inlineImages_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<QString>("expected"); // normalised src, or empty if rejected

    QTest::newRow("png") << "data:image/png;base64,iVBORw0KGgo=" << "data:image/png;base64,iVBORw0KGgo=";
    QTest::newRow("gif") << "data:image/gif;base64,R0lGODlhAQABAAAAACw=" << "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
    QTest::newRow("jpeg") << "data:image/jpeg;base64,/9j/4AAQ" << "data:image/jpeg;base64,/9j/4AAQ";
    QTest::newRow("webp") << "data:image/webp;base64,UklGRg==" << "data:image/webp;base64,UklGRg==";
    QTest::newRow("case-and-wrapping") << "DATA:Image/PNG;BASE64,iVBO Rw0K\nGgo=" << "data:image/png;base64,iVBORw0KGgo=";
    QTest::newRow("svg") << "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" << "";
    QTest::newRow("html") << "data:text/html;base64,PHNjcmlwdD4=" << "";
    QTest::newRow("not-base64") << "data:image/png,rawbytes" << "";
    QTest::newRow("bad-payload") << "data:image/png;base64,abc);background:url(x" << "";
    QTest::newRow("empty-payload") << "data:image/png;base64," << "";
    QTest::newRow("extra-params") << "data:image/png;charset=utf-8;base64,iVBORw0KGgo=" << "";
}

void TestHtml::inlineImages()
{
    QFETCH(QString, src);
    QFETCH(QString, expected);
    const SanitizeResult r = HtmlSanitizer::sanitize(QStringLiteral("<img src=\"%1\" alt=\"pic\">").arg(src));
    if (expected.isEmpty())
        QCOMPARE(r.html, QStringLiteral("pic"));
    else
        QCOMPARE(r.html, QStringLiteral("<img src=\"%1\" alt=\"pic\">").arg(expected));
    QVERIFY(!r.hasRemoteImages);
    QCOMPARE(r.blockedRemoteImages, 0);
    CHECK_SAFE(r.html, false);
}

void TestHtml::unusableImageSources_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("cid") << "<img src=\"cid:image001.png@01D9\" alt=\"Logo\">" << "Logo";
    QTest::newRow("javascript") << "<img src=\"javascript:alert(1)\">" << "";
    QTest::newRow("relative") << "<img src=\"/img/x.png\" alt=\"x &amp; y\">" << "x &amp; y";
    QTest::newRow("protocol-relative") << "<img src=\"//t.example/x.png\">" << "";
    QTest::newRow("no-src") << "<img alt=\"\">" << "";
    QTest::newRow("file") << "<img src=\"file:///c:/x.png\" alt=a>" << "a";
    QTest::newRow("srcset-only") << "<img srcset=\"https://t.example/x.png 2x\" alt=a>" << "a";
    QTest::newRow("lowsrc") << "<img lowsrc=\"https://t.example/x.png\" dynsrc=\"https://t.example/y\" alt=a>" << "a";
}

void TestHtml::unusableImageSources()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const SanitizeResult r = HtmlSanitizer::sanitize(input);
    QCOMPARE(r.html, expected);
    QVERIFY(!r.hasRemoteImages);
    QCOMPARE(r.blockedRemoteImages, 0);
    CHECK_SAFE(r.html, false);
}
