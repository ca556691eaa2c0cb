#pragma once

// Shared by the tst_reply_* tests: a SandboxFixture plus what they ask of it
// (fresh conversations, the autosend POSTs in the request log, the messages
// the sandbox delivered) and a record of everything a ReplyController told the user.

#include "DraftJournal.h"
#include "HyperRepProvider.h"
#include "Records.h"
#include "ReplyController.h"
#include "ReplySends.h"
#include "ReplyText.h"
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace repdesk::test {

struct ReplyFixture : SandboxFixture
{
    QStringList unused; // conversations no test has touched (sending a reply reorders the list)

    bool startWithFreshConversations(SandboxOptions options, int needed)
    {
        if (!start(options))
            return false;
        auto r = run(client()->listConversations(org, ListQuery{50, {}, {}, {}}));
        if (!r.ok)
            return false;
        // Only conversations without a pending draft: the demo data has some queued ones.
        for (const Conversation &c : r.value->items) {
            auto drafts = run(client()->listResponseDrafts(org, c.conversationId));
            if (drafts.ok && drafts.value->items.isEmpty())
                unused << c.conversationId;
        }
        return unused.size() >= needed;
    }

    QString nextConversation() { return unused.isEmpty() ? QString() : unused.takeFirst(); }

    // A transport of its own (short timeouts, no retries, ...) to the same sandbox.
    TransportConfig config(const RetryPolicy &retry) const
    {
        TransportConfig c;
        c.baseUrl = server->url();
        c.apiKey = "test-key";
        c.retry = retry;
        return c;
    }

    // POSTs of this conversation's reply that asked for autosend; with `status`, only those so answered.
    int autosendPosts(const QString &conv, int status = -1) const
    {
        int n = 0;
        for (const auto &r : server->requestLog()) {
            if (r.method != QLatin1String("POST") || !r.path.endsWith(conv + QStringLiteral("/response-drafts")))
                continue;
            const bool autosend =
                QJsonDocument::fromJson(r.body).object().value(QStringLiteral("autosend_draft")).toBool();
            n += autosend && (status < 0 || r.status == status) ? 1 : 0;
        }
        return n;
    }

    // Outbound messages of the conversation that carry this text, read back from the sandbox.
    int delivered(const QString &conv, const QString &html)
    {
        auto r = run(client()->listMessages(org, conv, ListQuery{500, {}, {}, {}}));
        if (!r.ok || r.value->hasMore)
            return -1;
        int n = 0;
        for (const Message &m : r.value->items)
            n += m.isOutbound() && ReplyText::comparable(m.content) == ReplyText::comparable(html) ? 1 : 0;
        return n;
    }

    // Opens a fresh conversation in `c` and types a reply into it; empty on failure.
    QString openWithReply(ReplyController &c, const QString &html)
    {
        const QString conv = nextConversation();
        c.open(conv);
        if (!QTest::qWaitFor([&] { return c.status() != ReplyController::Status::Loading; }, 5000))
            return {};
        c.edit(html, {}, {}, false);
        return conv;
    }
};

// Everything a controller told the user, to check that none of it says to send again.
struct Said
{
    QStringList texts;
    QStringList errors; // the server's side of failed(): not our wording

    explicit Said(ReplyController &c)
    {
        QObject::connect(&c, &ReplyController::statusChanged, &c,
                         [this](ReplyController::Status, const QString &m) { texts << m; });
        QObject::connect(&c, &ReplyController::failed, &c, [this](const ApiError &e, const QString &m) {
            texts << m;
            errors << e.message();
        });
    }
    QString tellsToSendAgain() const
    {
        static const QRegularExpression again(QStringLiteral("\\bsend(\\s+it)?\\s+again\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
        for (const QString &t : texts)
            if (again.match(t).hasMatch())
                return t;
        return {};
    }
    QString all() const { return texts.join(QLatin1Char('|')) + QLatin1Char('|') + errors.join(QLatin1Char('|')); }
};

} // namespace repdesk::test
