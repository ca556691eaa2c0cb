// ReviewText::firstLine, the queue row's preview of the contact's last message: the first line
// that says something (a bare greeting is skipped), from HTML or plain text, else the transcript,
// the subject or a form's value. ReplyDraft::sameOnServer, which the check before an approve
// and a save uses: the server's copy of a text is that text through the outgoing sanitiser.
#include "HtmlSanitizer.h"
#include "ReplyDraft.h"
#include "ReviewText.h"

#include <QTest>

using namespace repdesk;

class TestReviewText : public QObject
{
    Q_OBJECT

    static Message withContent(const QString &content)
    {
        Message m;
        m.content = content;
        return m;
    }

private Q_SLOTS:
    void skipsAGreetingInHtml()
    {
        const Message m = withContent(QStringLiteral("<p>Hi,</p><p>Our HOA needs three bids &mdash; can you inspect?</p>"
                                                     "<p>Thanks,<br>Yael</p>"));
        QCOMPARE(ReviewText::firstLine(m), QStringLiteral("Our HOA needs three bids — can you inspect?"));
    }

    void skipsAGreetingInPlainText()
    {
        QCOMPARE(ReviewText::firstLine(withContent(QStringLiteral("Hello Maya,\n\nCan you come by tomorrow?"))),
                 QStringLiteral("Can you come by tomorrow?"));
        QCOMPARE(ReviewText::firstLine(withContent(QStringLiteral("Dear Sir or Madam,\r\nI need a quote."))),
                 QStringLiteral("I need a quote."));
    }

    void keepsALineThatOnlyLooksLikeOne()
    {
        // A sentence that happens to end with a comma is not a greeting.
        QCOMPARE(ReviewText::firstLine(withContent(QStringLiteral("We noticed water stains on the ceiling after the rain,\nand more."))),
                 QStringLiteral("We noticed water stains on the ceiling after the rain,"));
        QCOMPARE(ReviewText::firstLine(withContent(QStringLiteral("do you service the north side of town?"))),
                 QStringLiteral("do you service the north side of town?"));
    }

    void aGreetingAloneIsShown()
    {
        QCOMPARE(ReviewText::firstLine(withContent(QStringLiteral("<p>Hi,</p>"))), QStringLiteral("Hi,"));
    }

    void fallsBackToTheTranscriptThenTheSubject()
    {
        Message m;
        m.callTranscript = QStringLiteral("Hi there,\nI'd like the inspection moved to Friday.");
        QCOMPARE(ReviewText::firstLine(m), QStringLiteral("I'd like the inspection moved to Friday."));
        Message s;
        s.subject = QStringLiteral("Quote request: full roof replacement");
        QCOMPARE(ReviewText::firstLine(s), QStringLiteral("Quote request: full roof replacement"));
        QCOMPARE(ReviewText::firstLine(Message()), QString());
    }

    void theServersCopyIsTheTextAsPosted()
    {
        const QString typed = QStringLiteral("<p>Thanks, Ms O'Brien. Tuesday's slot works &amp; so does 9 > 8.</p>");
        const QString stored = HtmlSanitizer::sanitizeOutgoing(typed);
        QVERIFY(stored != typed); // the case this is for: the bytes differ
        QVERIFY(ReplyDraft::sameOnServer(stored, typed));
        QVERIFY(ReplyDraft::sameOnServer(typed, typed));
        QVERIFY(ReplyDraft::sameOnServer(QStringLiteral("  ") + stored + QStringLiteral("\n"), typed));
        // The outgoing pass is idempotent, which the comparison relies on.
        QCOMPARE(HtmlSanitizer::sanitizeOutgoing(stored), stored);
        // A real change is still one: a word, or formatting.
        QVERIFY(!ReplyDraft::sameOnServer(HtmlSanitizer::sanitizeOutgoing(QStringLiteral("<p>Thanks, Ms O'Brien. Wednesday works.</p>")), typed));
        QVERIFY(!ReplyDraft::sameOnServer(QStringLiteral("<p><b>Thanks</b></p>"), QStringLiteral("<p>Thanks</p>")));
        QVERIFY(!ReplyDraft::sameOnServer(QString(), typed));
    }
};

QTEST_GUILESS_MAIN(TestReviewText)
#include "tst_review_text.moc"
