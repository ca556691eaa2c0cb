// Cache threads: the message codec, every Message field through a save and
// load, replacing a thread, and the latest modality of each stored thread.

#include "Cache.h"
#include "MessageCodec.h"
#include "tst_cache_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace repdesk;
using namespace repdesk::cachetest;

class TestCacheThreads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void messageCodecMatchesWireShape();
    void threadRoundTrip();
    void threadReplace();
    void latestModalities();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }
};

void TestCacheThreads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheThreads::messageCodecMatchesWireShape()
{
    const Message m = fullMessage(QStringLiteral("conv"), 1, cjk());
    const QJsonObject json = MessageCodec::toJson(m);
    QCOMPARE(json.value(QStringLiteral("sent_at")).toString(), QStringLiteral("2026-03-12T00:33:13.782Z"));
    QCOMPARE(json.value(QStringLiteral("call_metadata")).toObject().value(QStringLiteral("duration")).toInt(), 17);
    QCOMPARE(json.value(QStringLiteral("email_metadata")).toObject().value(QStringLiteral("cc_emails")).toArray().size(), 2);
    QVERIFY(json.value(QStringLiteral("is_form_request")).toBool());

    const Decoded<Message> back = Message::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    compareMessages(back.value(), m);
    if (QTest::currentTestFailed())
        return;

    Message empty;
    const Decoded<Message> emptyBack = Message::fromJson(MessageCodec::toJson(empty));
    QVERIFY2(emptyBack.ok(), qPrintable(emptyBack.error()));
    QVERIFY(!emptyBack->sentAt.isValid());
    QVERIFY(!emptyBack->callMetadata.duration.has_value());
    QVERIFY(!emptyBack->isFormRequest);
    QVERIFY(emptyBack->formRequestBody.isEmpty());
}


void TestCacheThreads::threadRoundTrip()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    const QString conv = longId(QStringLiteral("conv"));
    const QList<Message> messages{fullMessage(conv, 0, accents()), fullMessage(conv, 1, cjk()),
                                  fullMessage(conv, 2, rtl()), fullMessage(conv, 3, emoji()), Message()};
    cache.saveThread(conv, messages);

    const QList<Message> loaded = cache.thread(conv);
    QCOMPARE(loaded.size(), messages.size());
    for (int i = 0; i < messages.size(); ++i) {
        compareMessages(loaded.at(i), messages.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(loaded.at(0).callMetadata.duration.has_value());
    QCOMPARE(*loaded.at(0).callMetadata.duration, 0);
    QVERIFY(!loaded.at(2).callMetadata.duration.has_value());
    QVERIFY(cache.thread(QStringLiteral("unknown")).isEmpty());
}


void TestCacheThreads::threadReplace()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    cache.saveThread(QStringLiteral("conv"), {fullMessage(QStringLiteral("conv"), 0, accents()),
                                              fullMessage(QStringLiteral("conv"), 1, cjk()),
                                              fullMessage(QStringLiteral("conv"), 2, rtl())});
    cache.saveThread(QStringLiteral("other"), {fullMessage(QStringLiteral("other"), 0, emoji())});
    QCOMPARE(cache.thread(QStringLiteral("conv")).size(), 3);

    Message edited = fullMessage(QStringLiteral("conv"), 5, emoji());
    edited.subject = QStringLiteral("replaced");
    cache.saveThread(QStringLiteral("conv"), {edited, fullMessage(QStringLiteral("conv"), 0, accents())});
    const QList<Message> loaded = cache.thread(QStringLiteral("conv"));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).subject, QStringLiteral("replaced"));
    QCOMPARE(loaded.at(1).messageId, fullMessage(QStringLiteral("conv"), 0, accents()).messageId);
    QCOMPARE(cache.thread(QStringLiteral("other")).size(), 1);

    cache.saveThread(QStringLiteral("conv"), {});
    QVERIFY(cache.thread(QStringLiteral("conv")).isEmpty());
    QVERIFY(!cache.latestModalities().contains(QStringLiteral("conv")));
}


void TestCacheThreads::latestModalities()
{
    Cache cache(dir(), QStringLiteral("acct"));
    QVERIFY(cache.openOrganization(QStringLiteral("org")));
    // Newest first, as some routes answer: the latest is found by time, not position.
    Message text = fullMessage(QStringLiteral("a"), 0, accents());
    text.modality = QStringLiteral("text");
    text.sentAt = utc(2026, 5, 2);
    Message email = fullMessage(QStringLiteral("a"), 1, accents());
    email.modality = QStringLiteral("email");
    email.sentAt = utc(2026, 5, 1);
    cache.saveThread(QStringLiteral("a"), {text, email});

    // No times at all: the last one.
    Message first;
    first.modality = QStringLiteral("email");
    Message last;
    last.modality = QStringLiteral("live_chat");
    cache.saveThread(QStringLiteral("b"), {first, last});

    // A draft without sent time counts by its drafted time.
    Message sent = fullMessage(QStringLiteral("c"), 0, cjk());
    sent.modality = QStringLiteral("email");
    sent.sentAt = utc(2026, 4, 1);
    Message drafted = fullMessage(QStringLiteral("c"), 1, cjk());
    drafted.modality = QStringLiteral("call");
    drafted.sentAt = QDateTime();
    drafted.draftedAt = utc(2026, 4, 2);
    cache.saveThread(QStringLiteral("c"), {sent, drafted});

    const QHash<QString, QString> modalities = cache.latestModalities();
    QCOMPARE(modalities.size(), 3);
    QCOMPARE(modalities.value(QStringLiteral("a")), QStringLiteral("text"));
    QCOMPARE(modalities.value(QStringLiteral("b")), QStringLiteral("live_chat"));
    QCOMPARE(modalities.value(QStringLiteral("c")), QStringLiteral("call"));

    email.sentAt = utc(2026, 5, 3);
    cache.saveThread(QStringLiteral("a"), {text, email});
    QCOMPARE(cache.latestModalities().value(QStringLiteral("a")), QStringLiteral("email"));
}


QTEST_GUILESS_MAIN(TestCacheThreads)
#include "tst_cache_threads.moc"
