// ReviewText::firstLine, the queue row's preview of the contact's last message: the first line
// that says something (a bare greeting is skipped), from HTML or plain text, else the transcript,
// the subject or a form's value.
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
};

QTEST_GUILESS_MAIN(TestReviewText)
#include "tst_review_text.moc"
