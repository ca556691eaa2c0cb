// ThreadHtmlBuilder: every modality renders its parts, hostile record content
// stays inert, names replace ids, times are local, and a long thread is fast.

#include "ThreadHtmlBuilder.h"
#include "ThreadTextFormat.h"
#include "tst_thread_support.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>
#include <QtTest>

#include <ctime>

using namespace repdesk;
using namespace repdesk::testsupport;

namespace {

const QDateTime kWhen(QDate(2026, 4, 29), QTime(15, 2), Qt::UTC);
const QString kAgentId = QStringLiteral("gAAAAABagent-7");

ThreadRender buildOne(const Message &m, bool allowRemoteImages = false)
{
    ThreadContent c = threadBase();
    c.allowRemoteImages = allowRemoteImages;
    c.messages.append(m);
    return ThreadHtmlBuilder::build(c);
}

// Matches only inside tags: escaped text (which cannot contain '<') may legitimately mention these.
bool inTag(const QString &html, const QString &pattern)
{
    const QRegularExpression re(QStringLiteral("<[^>]*") + pattern, QRegularExpression::CaseInsensitiveOption);
    return re.match(html).hasMatch();
}

bool hasEventHandler(const QString &html)
{
    return inTag(html, QStringLiteral("\\son[a-z]+\\s*="));
}

bool hasRemoteSrc(const QString &html)
{
    return inTag(html, QStringLiteral("\\ssrc\\s*=\\s*[\"']?\\s*(https?:)?//"));
}

} // namespace

class TestThreadHtml : public QObject
{
    Q_OBJECT

private slots:
    void receivedEmail();
    void sentEmailUsesAgentName();
    void unknownAgentNeverShowsId();
    void chatBubbles();
    void callCard();
    void durationFormat();
    void formRequestGroupsUtm();
    void trackedLinks();
    void hostileContentIsInert();
    void remoteImagesOnlyWhenAllowed();
    void localTimeAndDrafted();
    void emptyContent();
    void unicodeAndRtl();
    void articlesAreAccessible();
    void largeThreadWithinBudget();
};

void TestThreadHtml::receivedEmail()
{
    Message m = threadMessage(QStringLiteral("email"), QStringLiteral("received"), QStringLiteral("<p>Hello <b>Sam</b></p>"), kWhen, kAgentId);
    m.subject = QStringLiteral("Quote & terms");
    m.emailMetadata.ccEmails = {QStringLiteral("cc1@example.com"), QStringLiteral("cc2@example.com")};
    m.emailMetadata.bccEmails = {QStringLiteral("hidden@example.com")};
    const ThreadRender r = buildOne(m);
    QCOMPARE(r.messageCount, 1);
    QVERIFY(r.html.contains(QStringLiteral(">Quote &amp; terms</h2>")));
    QVERIFY(r.html.contains(QStringLiteral("Diana Prince &lt;diana@example.com&gt;")));
    QVERIFY(r.html.contains(QStringLiteral("<dt>To</dt><dd dir=\"auto\">Sam Rep</dd>")));
    QVERIFY(r.html.contains(QStringLiteral("cc1@example.com, cc2@example.com")));
    QVERIFY(r.html.contains(QStringLiteral("<dt>Bcc</dt><dd dir=\"auto\">hidden@example.com</dd>")));
    QVERIFY(r.html.contains(QStringLiteral("class=\"email-body\"")));
    QVERIFY(r.html.contains(QStringLiteral("Sam")));
    QVERIFY(r.html.contains(QStringLiteral("<span class=\"meta-dir\">Received</span>")));
    // Received messages name no agent in the meta line.
    QVERIFY(!r.html.contains(QStringLiteral("meta-agent")));
}

void TestThreadHtml::sentEmailUsesAgentName()
{
    Message m = threadMessage(QStringLiteral("email"), QStringLiteral("sent"), QStringLiteral("<p>Quote attached.</p>"), kWhen, kAgentId);
    const ThreadRender r = buildOne(m);
    QVERIFY(r.html.contains(QStringLiteral("<dt>From</dt><dd dir=\"auto\">Sam Rep</dd>")));
    QVERIFY(r.html.contains(QStringLiteral("<dt>To</dt><dd dir=\"auto\">Diana Prince &lt;diana@example.com&gt;</dd>")));
    QVERIFY(r.html.contains(QStringLiteral("<span class=\"meta-agent\"><bdi>Sam Rep</bdi></span>")));
    QVERIFY(r.html.contains(QStringLiteral("<span class=\"meta-dir\">Sent</span>")));
    QVERIFY(!r.html.contains(kAgentId));
}

void TestThreadHtml::unknownAgentNeverShowsId()
{
    const QString strangerId = QStringLiteral("gAAAAABunknownAgentIdThatMustNotLeak");
    const ThreadRender r = buildOne(threadMessage(QStringLiteral("text"), QStringLiteral("sent"), QStringLiteral("hi"), kWhen, strangerId));
    QVERIFY(r.html.contains(QStringLiteral("Unknown agent")));
    QVERIFY(!r.html.contains(strangerId));
    QVERIFY(!r.html.contains(QStringLiteral("gAAAAAB")));
}

void TestThreadHtml::chatBubbles()
{
    ThreadContent c = threadBase();
    c.messages.append(threadMessage(QStringLiteral("text"), QStringLiteral("received"), QStringLiteral("Is <b>this</b> on?\nSecond line"), kWhen));
    c.messages.append(threadMessage(QStringLiteral("live_chat"), QStringLiteral("sent"), QStringLiteral("Yes & welcome"), kWhen.addSecs(60), kAgentId));
    const ThreadRender r = ThreadHtmlBuilder::build(c);
    QCOMPARE(r.messageCount, 2);
    QVERIFY(r.html.contains(QStringLiteral("bubble-row received")));
    QVERIFY(r.html.contains(QStringLiteral("bubble-row sent")));
    QVERIFY(r.html.contains(QStringLiteral("msg-text")));
    QVERIFY(r.html.contains(QStringLiteral("msg-chat")));
    QVERIFY(r.html.contains(QStringLiteral("&lt;b&gt;this&lt;/b&gt;")));
    QVERIFY(!r.html.contains(QStringLiteral("<b>this</b>")));
    QVERIFY(r.html.contains(QStringLiteral("Yes &amp; welcome")));
    QVERIFY(r.html.contains(QStringLiteral("<div class=\"bubble-sender\" dir=\"auto\">Diana Prince</div>")));
    QVERIFY(r.html.contains(QStringLiteral("<div class=\"bubble-sender\" dir=\"auto\">Sam Rep</div>")));
}

void TestThreadHtml::callCard()
{
    Message m = threadMessage(QStringLiteral("call"), QStringLiteral("received"), QString(), kWhen);
    m.callMetadata.duration = 245;
    m.callTranscript = QStringLiteral("Agent: Hello <there>\r\nCustomer: Hi\n\nnarration line");
    ThreadRender r = buildOne(m);
    QVERIFY(r.html.contains(QStringLiteral("card call-card")));
    QVERIFY(r.html.contains(QStringLiteral("4 min 05 s")));
    QVERIFY(r.html.contains(QStringLiteral("<span class=\"speaker speaker-agent\">Agent:</span> Hello &lt;there&gt;")));
    QVERIFY(r.html.contains(QStringLiteral("<span class=\"speaker speaker-customer\">Customer:</span> Hi")));
    QVERIFY(r.html.contains(QStringLiteral("<p class=\"line\" dir=\"auto\">narration line</p>")));
    QCOMPARE(r.html.count(QStringLiteral("<p class=\"line\"")), 4);

    m.callMetadata.duration.reset();
    m.callTranscript.clear();
    r = buildOne(m);
    QVERIFY(r.html.contains(QStringLiteral("</span> unknown</p>")));
    QVERIFY(r.html.contains(QStringLiteral("(no content)")));
}

void TestThreadHtml::durationFormat()
{
    QCOMPARE(ThreadTextFormat::duration(std::nullopt), QStringLiteral("unknown"));
    QCOMPARE(ThreadTextFormat::duration(0), QStringLiteral("0 s"));
    QCOMPARE(ThreadTextFormat::duration(42), QStringLiteral("42 s"));
    QCOMPARE(ThreadTextFormat::duration(245), QStringLiteral("4 min 05 s"));
    QCOMPARE(ThreadTextFormat::duration(3725), QStringLiteral("1 h 02 min 05 s"));
}

void TestThreadHtml::formRequestGroupsUtm()
{
    Message m = threadMessage(QStringLiteral("email"), QStringLiteral("received"), QString(), kWhen);
    m.isFormRequest = true;
    m.formRequestBody = {{QStringLiteral("company"), QStringLiteral("Acme <Ltd>")},
                         {QStringLiteral("utm_source"), QStringLiteral("newsletter")},
                         {QStringLiteral("message"), QStringLiteral("Call me")},
                         {QStringLiteral("UTM_Campaign"), QStringLiteral("spring")}};
    const ThreadRender r = buildOne(m);
    QVERIFY(r.html.contains(QStringLiteral("msg-form")));
    QVERIFY(r.html.contains(QStringLiteral(">Form submission</h2>")));
    const int utmHeading = r.html.indexOf(QStringLiteral("Campaign (UTM)"));
    QVERIFY(utmHeading > 0);
    // Plain fields come before the UTM sub-heading, UTM fields after it.
    QVERIFY(r.html.indexOf(QStringLiteral(">company</th>")) < utmHeading);
    QVERIFY(r.html.indexOf(QStringLiteral(">message</th>")) < utmHeading);
    QVERIFY(r.html.indexOf(QStringLiteral(">utm_source</th>")) > utmHeading);
    QVERIFY(r.html.indexOf(QStringLiteral(">UTM_Campaign</th>")) > utmHeading);
    QVERIFY(r.html.contains(QStringLiteral("Acme &lt;Ltd&gt;")));
    QVERIFY(!r.html.contains(QStringLiteral("(no content)")));
}

void TestThreadHtml::trackedLinks()
{
    Message m = threadMessage(QStringLiteral("email"), QStringLiteral("sent"), QStringLiteral("<p>Quote</p>"), kWhen, kAgentId);
    m.trackedLinks = {{QStringLiteral("l1"), QStringLiteral("https://example.com/quote"), 3},
                      {QStringLiteral("l2"), QStringLiteral("javascript:alert(1)"), 1}};
    const ThreadRender r = buildOne(m);
    QVERIFY(r.html.contains(QStringLiteral("<a href=\"https://example.com/quote\">example.com/quote</a> &#8212; <span class=\"clicks\">clicked 3 times</span>")));
    QVERIFY(r.html.contains(QStringLiteral("clicked once")));
    // A non-web tracked URL is shown, never linked.
    QVERIFY(!r.html.contains(QStringLiteral("href=\"javascript")));
}

void TestThreadHtml::hostileContentIsInert()
{
    const QString hostile = QStringLiteral(
        "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a>"
        "<img src=\"http://evil.example/track.png\"><div onclick=\"alert(4)\" style=\"background:url(http://evil.example/bg.png)\">d</div>"
        "<iframe src=\"http://evil.example/\"></iframe><svg><script>alert(5)</script></svg><SCRIPT>x</SCRIPT>");
    ThreadContent c = threadBase();
    c.contact->name = QStringLiteral("\"><script>alert(6)</script>");
    Message email = threadMessage(QStringLiteral("email"), QStringLiteral("received"), hostile, kWhen);
    email.subject = QStringLiteral("<img src=x onerror=alert(7)>");
    c.messages.append(email);
    c.messages.append(threadMessage(QStringLiteral("text"), QStringLiteral("received"), hostile, kWhen));
    Message form = threadMessage(QStringLiteral("email"), QStringLiteral("received"), QString(), kWhen);
    form.isFormRequest = true;
    form.formRequestBody = {{QStringLiteral("<script>n</script>"), hostile}};
    c.messages.append(form);
    Message call = threadMessage(QStringLiteral("call"), QStringLiteral("received"), hostile, kWhen);
    call.callTranscript = QStringLiteral("Agent: ") + hostile;
    call.trackedLinks = {{QStringLiteral("l"), QStringLiteral("javascript:alert(8)"), 2}};
    c.messages.append(call);
    const ThreadRender r = ThreadHtmlBuilder::build(c);

    QVERIFY2(!r.html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(r.html));
    QVERIFY2(!hasEventHandler(r.html), qPrintable(r.html));
    QVERIFY2(!inTag(r.html, QStringLiteral("javascript:")), qPrintable(r.html));
    QVERIFY2(!r.html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive), qPrintable(r.html));
    QVERIFY2(!hasRemoteSrc(r.html), qPrintable(r.html));
    QVERIFY2(!inTag(r.html, QStringLiteral("url\\(")), qPrintable(r.html));
    QVERIFY(r.hasRemoteImages);
    QVERIFY(r.blockedRemoteImages >= 1);
}

void TestThreadHtml::remoteImagesOnlyWhenAllowed()
{
    const Message m = threadMessage(QStringLiteral("email"), QStringLiteral("received"),
                                    QStringLiteral("<p>Logo <img src=\"https://cdn.example.com/logo.png\" alt=\"logo\"></p>"), kWhen);
    const ThreadRender blocked = buildOne(m, false);
    QVERIFY(blocked.hasRemoteImages);
    QCOMPARE(blocked.blockedRemoteImages, 1);
    QVERIFY2(blocked.html.contains(QStringLiteral("data-remote-src=\"https://cdn.example.com/logo.png\"")), qPrintable(blocked.html));
    QVERIFY(!hasRemoteSrc(blocked.html));

    const ThreadRender allowed = buildOne(m, true);
    QVERIFY(allowed.hasRemoteImages);
    QCOMPARE(allowed.blockedRemoteImages, 0);
    QVERIFY2(allowed.html.contains(QStringLiteral("src=\"https://cdn.example.com/logo.png\"")), qPrintable(allowed.html));
}

void TestThreadHtml::localTimeAndDrafted()
{
    // main() pins TZ to UTC+05:30 and the locale to en_GB: 15:02Z is 20:32 local.
    ThreadRender r = buildOne(threadMessage(QStringLiteral("text"), QStringLiteral("received"), QStringLiteral("hi"), kWhen));
    QVERIFY2(r.html.contains(QStringLiteral("datetime=\"2026-04-29T15:02:00Z\"")), qPrintable(r.html));
    QVERIFY2(r.html.contains(QStringLiteral("29 April 2026, 20:32</time>")), qPrintable(r.html));
    QVERIFY(!r.html.contains(QStringLiteral("15:02</time>")));

    Message draft = threadMessage(QStringLiteral("email"), QStringLiteral("sent"), QStringLiteral("<p>d</p>"), QDateTime(), kAgentId);
    draft.draftedAt = QDateTime(QDate(2026, 4, 30), QTime(23, 0), Qt::UTC);
    r = buildOne(draft);
    QVERIFY(r.html.contains(QStringLiteral("<span class=\"meta-drafted\">Drafted</span>")));
    QVERIFY2(r.html.contains(QStringLiteral("1 May 2026, 04:30</time>")), qPrintable(r.html));
}

void TestThreadHtml::emptyContent()
{
    ThreadContent c = threadBase();
    c.messages.append(threadMessage(QStringLiteral("email"), QStringLiteral("received"), QString(), kWhen));
    c.messages.append(threadMessage(QStringLiteral("text"), QStringLiteral("received"), QStringLiteral("   "), kWhen));
    c.messages.append(threadMessage(QStringLiteral("fax"), QStringLiteral("received"), QString(), kWhen));
    const ThreadRender r = ThreadHtmlBuilder::build(c);
    QCOMPARE(r.html.count(QStringLiteral("<p class=\"no-content muted\">(no content)</p>")), 3);
    QVERIFY(r.html.contains(QStringLiteral("(no subject)")));

    const ThreadRender none = ThreadHtmlBuilder::build(threadBase());
    QCOMPARE(none.messageCount, 0);
    QVERIFY(none.html.contains(QStringLiteral("class=\"empty muted\"")));
}

void TestThreadHtml::unicodeAndRtl()
{
    const QString arabic = QStringLiteral("\u0645\u0631\u062D\u0628\u0627 \u0628\u0643");
    const QString hebrew = QStringLiteral("\u05E9\u05DC\u05D5\u05DD");
    const QString emoji = QString::fromUtf8("\xF0\x9F\x91\x8B caf\xC3\xA9");
    ThreadContent c = threadBase();
    c.contact->name = hebrew;
    c.messages.append(threadMessage(QStringLiteral("text"), QStringLiteral("received"), arabic, kWhen));
    Message email = threadMessage(QStringLiteral("email"), QStringLiteral("received"), QStringLiteral("<p>") + emoji + QStringLiteral("</p>"), kWhen);
    email.subject = arabic;
    c.messages.append(email);
    const ThreadRender r = ThreadHtmlBuilder::build(c);
    QVERIFY(r.html.contains(QStringLiteral("<div class=\"bubble-text\" dir=\"auto\">") + arabic));
    QVERIFY(r.html.contains(QStringLiteral("<h2 class=\"msg-title\" dir=\"auto\">") + arabic + QStringLiteral("</h2>")));
    QVERIFY(r.html.contains(hebrew));
    QVERIFY(r.html.contains(emoji));
    QVERIFY(r.html.contains(QStringLiteral("<div class=\"email-body\" dir=\"auto\">")));
}

void TestThreadHtml::articlesAreAccessible()
{
    const ThreadContent c = generatedThread(12);
    const ThreadRender r = ThreadHtmlBuilder::build(c);
    QCOMPARE(r.html.count(QStringLiteral("<article ")), 12);
    QCOMPARE(r.html.count(QStringLiteral("role=\"article\"")), 12);
    QCOMPARE(r.html.count(QStringLiteral("<h2 ")), 12);
    QVERIFY(r.html.contains(QStringLiteral("aria-label=\"Email received from Diana Prince, ")));
    QVERIFY(r.html.contains(QStringLiteral("aria-label=\"Email sent by Sam Rep, ")));
    QVERIFY(r.html.contains(QStringLiteral("<h1 dir=\"auto\">Conversation with Diana Prince</h1>")));
}

void TestThreadHtml::largeThreadWithinBudget()
{
    const ThreadContent c = generatedThread(240);
    ThreadHtmlBuilder::build(c); // warm the sanitiser's and QLocale's caches
    qint64 best = std::numeric_limits<qint64>::max();
    ThreadRender r;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        r = ThreadHtmlBuilder::build(c);
        best = std::min(best, timer.nsecsElapsed());
    }
    qInfo("240-message thread: %.2f ms (best of 5), %lld KiB of HTML", best / 1e6, qlonglong(r.html.size() * 2 / 1024));
    QCOMPARE(r.messageCount, 240);
    QCOMPARE(r.html.count(QStringLiteral("<article ")), 240);
    QVERIFY2(best < 500 * 1000 * 1000, "building a 240-message thread took over 500 ms");
}

int main(int argc, char **argv)
{
    // Pinned so "local time" is checkable anywhere: a zone that is neither UTC nor a whole hour off it.
    qputenv("TZ", "IST-5:30");
    tzset();
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TestThreadHtml test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_thread_html.moc"
