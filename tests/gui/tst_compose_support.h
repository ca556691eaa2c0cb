#pragma once

// Shared by the tst_compose* tests: an in-process SandboxServer on loopback,
// an Account talking to it, a DraftJournal and a TemplateStore in a temporary
// directory, and lookups of the sandbox's request log. Nothing is mocked.

#include "Account.h"
#include "ApiCall.h"
#include "Call.h"
#include "DraftJournal.h"
#include "InboxProvider.h"
#include "MessageDraft.h"
#include "MessageDrafts.h"
#include "Page.h"
#include "SandboxServer.h"
#include "TemplateStore.h"
#include "compose/ComposeWindow.h"
#include "compose/PlainReplyEditor.h"
#include "Transport.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>

#include <map>
#include <memory>
#include <optional>

namespace repdesk::test {

struct ComposeFixture
{
    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Account> account;
    std::unique_ptr<DraftJournal> journal;
    std::unique_ptr<TemplateStore> templates;
    QString org;
    QString secondOrg; // the demo gives it no text credentials

    bool start()
    {
        if (!dir.isValid())
            return false;
        SandboxOptions options;
        options.apiKey = QStringLiteral("test-key");
        options.conversations = 20;
        options.autosendDelayMs = 60000; // autosent drafts stay "sending" for the whole test
        options.anchor = QDateTime(QDate(2026, 5, 20), QTime(12, 0), QTimeZone::utc());
        server = std::make_unique<SandboxServer>(options);
        QString error;
        if (!server->start(0, &error)) {
            qWarning() << "sandbox failed to start:" << error;
            return false;
        }
        account = std::make_unique<Account>(server->url(), QByteArrayLiteral("test-key"));
        account->transport()->setRetryPolicy(RetryPolicy::none());
        journal = std::make_unique<DraftJournal>(dir.filePath(QStringLiteral("journal")), QStringLiteral("acct"));
        templates = std::make_unique<TemplateStore>(dir.filePath(QStringLiteral("templates")));
        const QStringList orgs = server->organizationIds();
        org = orgs.value(0);
        secondOrg = orgs.value(1);
        return !org.isEmpty() && journal->isOpen();
    }

    InboxProvider *provider() const { return account->provider(); }
    // The drafts session of an organization (the default one when empty), as the main window
    // would hold it; one per organization so windows of both can be open in one test.
    MessageDrafts *draftsFor(const QString &organization = {})
    {
        const QString id = organization.isEmpty() ? org : organization;
        std::unique_ptr<MessageDrafts> &slot = sessions[id];
        if (!slot) {
            slot = std::make_unique<MessageDrafts>();
            slot->setSource(provider(), id);
        }
        return slot.get();
    }
    std::map<QString, std::unique_ptr<MessageDrafts>> sessions;
    QString draftsPath(const QString &organization) const
    {
        return QStringLiteral("/api/v2/organizations/%1/message-drafts").arg(organization);
    }

    // Requests since clearRequestLog(), as "METHOD path".
    QStringList log() const
    {
        QStringList out;
        for (const SandboxRequestRecord &r : server->requestLog())
            out << r.method + QLatin1Char(' ') + r.path;
        return out;
    }
    QList<SandboxRequestRecord> requests(const QString &method, const QString &path) const
    {
        QList<SandboxRequestRecord> out;
        for (const SandboxRequestRecord &r : server->requestLog())
            if (r.method == method && r.path == path)
                out << r;
        return out;
    }
    static QJsonObject json(const SandboxRequestRecord &r) { return QJsonDocument::fromJson(r.body).object(); }

    QList<MessageDraft> drafts(const QString &organization) const
    {
        QList<MessageDraft> out;
        bool done = false;
        auto *call = account->provider()->listMessageDrafts(organization, ListQuery{});
        QObject::connect(call, &ApiCall::finished, [&] {
            done = true;
            if (call->succeeded())
                out = call->result().items;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("listing message drafts timed out");
        return out;
    }
};

// The fixture plus lookups into a ComposeWindow built with PlainReplyEditor.
struct ComposeHelpers
{
    ComposeFixture f;

    std::unique_ptr<ComposeWindow> window(const QString &org = {})
    {
        auto w = std::make_unique<ComposeWindow>(f.draftsFor(org), f.journal.get(), nullptr);
        w->show();
        return w;
    }
    static QLineEdit *field(ComposeWindow &w, const char *name) { return w.findChild<QLineEdit *>(QLatin1String(name)); }
    static QTextEdit *body(ComposeWindow &w) { return static_cast<PlainReplyEditor *>(w.editor())->textEdit(); }
    static QPushButton *submitButton(ComposeWindow &w) { return w.findChild<QPushButton *>(QStringLiteral("submit")); }
    static bool waitIdle(ComposeWindow &w)
    {
        return QTest::qWaitFor([&w] { return submitButton(w)->isEnabled(); }, 20000);
    }
    void fillEmail(ComposeWindow &w, const QString &subject = QStringLiteral("Quote follow-up"))
    {
        QTest::keyClicks(field(w, "toName"), QStringLiteral("Diana Prince"));
        QTest::keyClicks(field(w, "toEmail"), QStringLiteral("diana@example.com"));
        QTest::keyClicks(field(w, "subject"), subject);
        QTest::keyClicks(body(w), QStringLiteral("Hi Diana, checking in."));
    }
};

// The QMessageBox a widget opened with open(), or null.
inline QMessageBox *messageBox(QWidget *owner, const QString &objectName)
{
    for (QMessageBox *box : owner->findChildren<QMessageBox *>(objectName))
        if (box->isVisible())
            return box;
    return nullptr;
}

inline QAbstractButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace repdesk::test
