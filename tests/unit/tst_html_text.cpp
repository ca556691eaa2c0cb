#include "tst_html.h"

using repdesk::HtmlSanitizer;
using repdesk::SanitizeResult;

void TestHtml::linksCollected()
{
    const SanitizeResult r = HtmlSanitizer::sanitize(QStringLiteral(
        "<p><a href=\"https://a.example\">A</a> <a href=\"javascript:x()\">B</a> "
        "<a href=\"mailto:c@d.example\">C</a><a href=\"https://a.example\">A2</a><a>none</a>"
        "<a href=\"tel:+15550100\">T</a><a href=\"/relative\">R</a></p>"));
    QCOMPARE(r.links, (QStringList{QStringLiteral("https://a.example"), QStringLiteral("mailto:c@d.example"),
                                   QStringLiteral("https://a.example"), QStringLiteral("tel:+15550100")}));
    // Anchors lose dangerous targets but keep their text.
    QVERIFY(r.html.contains(QLatin1String("<a>B</a>")));
    QVERIFY(r.html.contains(QLatin1String("<a>R</a>")));
    CHECK_SAFE(r.html, false);
}

void TestHtml::escape_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << "";
    QTest::newRow("plain") << "plain text" << "plain text";
    QTest::newRow("specials") << "a&b<c>d\"e'f" << "a&amp;b&lt;c&gt;d&quot;e&#39;f";
    QTest::newRow("already-escaped") << "&amp;" << "&amp;amp;";
    QTest::newRow("unicode") << "\u0645\u0631\u062d\u0628\u0627 \U0001F44B" << "\u0645\u0631\u062d\u0628\u0627 \U0001F44B";
    QTest::newRow("tag") << "<script>alert(1)</script>" << "&lt;script&gt;alert(1)&lt;/script&gt;";
}

void TestHtml::escape()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::escape(input), expected);
}

void TestHtml::plainTextToHtml_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << "";
    QTest::newRow("lf") << "a\nb" << "a<br>b";
    QTest::newRow("crlf-cr") << "a\r\nb\rc" << "a<br>b<br>c";
    QTest::newRow("blank-lines") << "\n\n" << "<br><br>";
    QTest::newRow("markup") << "<b>x</b>" << "&lt;b&gt;x&lt;/b&gt;";
    QTest::newRow("no-autolink") << "see https://example.com/?a=1&b=2" << "see https://example.com/?a=1&amp;b=2";
    QTest::newRow("quotes") << "Tom & Jerry's \"show\"" << "Tom &amp; Jerry&#39;s &quot;show&quot;";
}

void TestHtml::plainTextToHtml()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = HtmlSanitizer::plainTextToHtml(input);
    QCOMPARE(out, expected);
    CHECK_SAFE(out, false);
}

void TestHtml::toPlainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "" << "";
    QTest::newRow("blocks") << "<p>Hello</p><p>World</p>" << "Hello World";
    QTest::newRow("inline") << "<b>Hel</b>lo" << "Hello";
    QTest::newRow("br") << "a<br>b" << "a b";
    QTest::newRow("hidden-code") << "<style>p{}</style><script>x()</script>Hi" << "Hi";
    QTest::newRow("document") << "<html><head><title>T</title></head><body>Body</body></html>" << "Body";
    QTest::newRow("whitespace") << "  lots   of\n\n\t space  " << "lots of space";
    QTest::newRow("entities") << "&lt;not a tag&gt; &amp; &eacute;" << "<not a tag> & \u00e9";
    QTest::newRow("table") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>" << "a b c";
    QTest::newRow("preheader") << "Hi&zwnj;&nbsp;&zwnj;&nbsp;&#847;&nbsp;there" << "Hi there";
    QTest::newRow("comment") << "<!-- c -->x<!--[if mso]>y<![endif]-->" << "x";
    QTest::newRow("image") << "<img alt=logo src=x>x" << "x";
    QTest::newRow("form") << "<form><textarea>no</textarea><option>no</option></form>yes" << "yes";
    QTest::newRow("pre") << "<pre>a\n   b</pre>" << "a b";
    QTest::newRow("rtl") << "<p dir=rtl>\u05e9\u05dc\u05d5\u05dd</p>" << "\u05e9\u05dc\u05d5\u05dd";
}

void TestHtml::toPlainText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::toPlainText(input), expected);
}

void TestHtml::toPlainTextLimit()
{
    QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral("<p>Hello world</p>"), 5), QStringLiteral("Hello"));
    QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral("<p>Hello world</p>"), 0), QString());
    QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral("<p>Hi</p>"), 100), QStringLiteral("Hi"));
    // Cutting inside a surrogate pair would leave a lone surrogate.
    QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral("ab\U0001F600cd"), 3), QStringLiteral("ab"));
    QCOMPARE(HtmlSanitizer::toPlainText(QStringLiteral("ab\U0001F600cd"), 4), QStringLiteral("ab\U0001F600"));

    QString big;
    for (int i = 0; i < 20000; ++i)
        big += QStringLiteral("<p>paragraph %1</p>").arg(i);
    const QString preview = HtmlSanitizer::toPlainText(big, 40);
    QCOMPARE(preview.size(), 40);
    QVERIFY(preview.startsWith(QLatin1String("paragraph 0 paragraph 1")));
}

void TestHtml::unicodeAndRtl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hebrew-arabic") << "<p dir=\"rtl\">\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627</p>"
                                   << "<p dir=\"rtl\">\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627</p>";
    QTest::newRow("html-dir") << "<html dir=\"rtl\" lang=\"ar\"><body><p>\u0645\u0631\u062d\u0628\u0627</p></body></html>"
                              << "<div dir=\"rtl\" lang=\"ar\"><p>\u0645\u0631\u062d\u0628\u0627</p></div>";
    QTest::newRow("body-dir-wins") << "<html dir=\"ltr\"><body dir=\"rtl\">x</body></html>" << "<div dir=\"rtl\">x</div>";
    QTest::newRow("bidi-controls") << "<p>a\u202eb\u2066c\u2069</p>" << "<p>a\u202eb\u2066c\u2069</p>";
    QTest::newRow("cjk-emoji-combining") << "<p>\u65e5\u672c\u8a9e \U0001F600 e\u0301</p>" << "<p>\u65e5\u672c\u8a9e \U0001F600 e\u0301</p>";
    QTest::newRow("entities-decoded") << "&eacute;&#x1F600;&nbsp;" << "\u00e9\U0001F600\u00a0";
    QTest::newRow("rtl-attr-value") << "<p title=\"\u05e9\u05dc\u05d5\u05dd\">x</p>" << "<p title=\"\u05e9\u05dc\u05d5\u05dd\">x</p>";
}

void TestHtml::unicodeAndRtl()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = HtmlSanitizer::sanitize(input).html;
    QCOMPARE(out, expected);
    CHECK_SAFE(out, false);
}

void TestHtml::elementMapping_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("center") << "<center>x</center>" << "<div align=\"center\">x</div>";
    QTest::newRow("center-own-align") << "<center align=left>x</center>" << "<div align=\"left\">x</div>";
    QTest::newRow("sections") << "<section>a</section><article>b</article>" << "<div>a</div><div>b</div>";
    QTest::newRow("font") << "<font color=\"#FF0000\">x</font>" << "<font color=\"#ff0000\">x</font>";
    QTest::newRow("custom-element") << "<custom-tag foo=bar>x</custom-tag>" << "x";
    QTest::newRow("outlook-namespace") << "<o:p>x</o:p><v:shape><v:imagedata src=\"https://t.example/x\"/></v:shape>" << "x";
    QTest::newRow("xmp") << "<xmp><b>x</b></xmp>" << "<pre>&lt;b&gt;x&lt;/b&gt;</pre>";
    QTest::newRow("marquee-blink") << "<marquee>x</marquee><blink>y</blink>" << "xy";
    QTest::newRow("menu") << "<menu><li>x</li></menu>" << "<ul><li>x</li></ul>";
    QTest::newRow("kept-inline") << "<b>b</b><i>i</i><u>u</u><s>s</s><strike>k</strike><tt>t</tt><mark>m</mark><kbd>k</kbd>"
                                 << "<b>b</b><i>i</i><u>u</u><s>s</s><strike>k</strike><tt>t</tt><mark>m</mark><kbd>k</kbd>";
    QTest::newRow("kept-block") << "<h1>a</h1><h6>b</h6><blockquote cite=\"https://x\">c</blockquote><hr><dl><dt>d</dt><dd>e</dd></dl>"
                                << "<h1>a</h1><h6>b</h6><blockquote>c</blockquote><hr><dl><dt>d</dt><dd>e</dd></dl>";
    QTest::newRow("table-parts") << "<table><caption>c</caption><colgroup><col width=10></colgroup><thead><tr><th>h</th></tr></thead>"
                                    "<tfoot><tr><td>f</td></tr></tfoot></table>"
                                 << "<table><caption>c</caption><colgroup><col width=\"10\"></colgroup><thead><tr><th>h</th></tr></thead>"
                                    "<tfoot><tr><td>f</td></tr></tfoot></table>";
    QTest::newRow("void-wbr") << "a<wbr>b<br/>c" << "a<wbr>b<br>c";
    QTest::newRow("label-unwrapped") << "<label for=x>l</label>" << "l";
}

void TestHtml::elementMapping()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = HtmlSanitizer::sanitize(input).html;
    QCOMPARE(out, expected);
    CHECK_SAFE(out, false);
}

void TestHtml::preWhitespaceSurvivesReparse()
{
    const QString code = QStringLiteral("<pre>  a\n    b\n\tc\n</pre>");
    QCOMPARE(HtmlSanitizer::sanitize(code).html, code);

    // The parser drops the newline right after <pre>; a second, real one must survive.
    const QString once = HtmlSanitizer::sanitize(QStringLiteral("<pre>\n\nx</pre>")).html;
    QCOMPARE(once, QStringLiteral("<pre>\n\nx</pre>"));
    QCOMPARE(HtmlSanitizer::sanitize(once).html, once);
    QCOMPARE(HtmlSanitizer::sanitize(QStringLiteral("<pre>\nx</pre>")).html, QStringLiteral("<pre>x</pre>"));
}
