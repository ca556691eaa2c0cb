// Names and server text show as typed (issue 13): contacts and a company created on
// repdesk-sandbox with markup in their names ("<b>Account suspended</b>", "<img src=file:///…>")
// appear in the directory's panes and the thread's header exactly as typed, in labels whose text
// format is PlainText, and item views' tooltips with markup are shown escaped (PlainToolTips).
#include "common/PlainToolTips.h"
#include "directory/CompanyDetailPane.h"
#include "directory/ContactDetailPane.h"
#include "directory/DirectoryWorkspace.h"
#include "inbox/ThreadPane.h"
#include "tst_directory_support.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QTextDocument>
#include <QToolTip>

using namespace repdesk;
using namespace repdesk::test;

namespace {

constexpr int kWaitMs = 20000;

const QString kBold = QStringLiteral("<b>Account suspended</b>");
const QString kImage = QStringLiteral("<img src=file:///etc/hostname> Dana");
const QString kTable = QStringLiteral("Eve <table><tr><td>&amp; Co</td></tr></table>");
const QString kCompany = QStringLiteral("<i>Umbrella</i> <a href=\"https://evil.example\">Corp</a>");

// The labels under `root` that show `text`. Every one must be PlainText, and there must be one.
QString checkShownAsTyped(QWidget *root, const QString &text)
{
    int found = 0;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->text().contains(text))
            continue;
        ++found;
        if (label->textFormat() != Qt::PlainText)
            return QStringLiteral("label %1 shows %2 as rich text").arg(label->objectName(), label->text());
    }
    return found > 0 ? QString() : QStringLiteral("no label shows %1").arg(text);
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT
    DirectoryFixture f;
    std::unique_ptr<AccountSession> account;
    std::unique_ptr<DirectorySession> directory;
    std::unique_ptr<DirectoryWorkspace> workspace;
    QHash<QString, QString> contactIds; // name -> id
    QString companyId;

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions o;
        o.conversations = 20;
        o.draftsToReview = false;
        QVERIFY(f.startAtNow(o, QStringLiteral("tst_hostile_names")));
        // Typed by someone else in the organization: the server keeps them as they are.
        for (const QString &name : {kBold, kImage, kTable}) {
            ContactCreateRequest request;
            request.name = name;
            request.email = QStringLiteral("c%1@hostile.example").arg(contactIds.size());
            auto created = run(f.client()->createContact(f.org, request));
            REQUIRE_OK(created);
            QCOMPARE(created.value->name, name);
            contactIds.insert(name, created.value->contactId);
        }
        CompanyCreateRequest company;
        company.name = kCompany;
        company.domain = QStringLiteral("umbrella.example");
        auto created = run(f.client()->createCompany(f.org, company));
        REQUIRE_OK(created);
        companyId = created.value->companyId;

        account = f.openAccount(QStringLiteral("hostile-names"));
        QVERIFY(account);
        directory = std::make_unique<DirectorySession>(account.get(), account->organization(), nullptr);
        workspace = std::make_unique<DirectoryWorkspace>(directory.get());
        workspace->resize(1200, 800);
        workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(workspace.get()));
        QVERIFY(QTest::qWaitFor([this] { return directory->contacts()->itemRowCount() > 0; }, kWaitMs));
    }

    void contactNameShowsAsTyped_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("bold") << kBold;
        QTest::newRow("image") << kImage;
        QTest::newRow("table") << kTable;
    }

    void contactNameShowsAsTyped()
    {
        QFETCH(QString, name);
        workspace->showContact(contactIds.value(name));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->contactDetail()->contactId(), contactIds.value(name), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(checkShownAsTyped(workspace->contactDetail(), name).isEmpty(), kWaitMs);
        const QString problem = checkShownAsTyped(workspace->contactDetail(), name);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void companyNameShowsAsTyped()
    {
        QTRY_VERIFY_WITH_TIMEOUT(directory->hasCompanies(), kWaitMs);
        workspace->showCompany(companyId);
        QTRY_VERIFY_WITH_TIMEOUT(checkShownAsTyped(workspace->companyDetail(), kCompany).isEmpty(), kWaitMs);
    }

    // The inbox's thread header with a hostile contact from the server: read back, then shown.
    void threadHeaderShowsTheNameAsTyped()
    {
        auto contact = run(f.client()->getContact(f.org, contactIds.value(kBold)));
        REQUIRE_OK(contact);
        auto conversations = run(f.client()->listConversations(f.org, ListQuery{1, {}, {}, {}}));
        REQUIRE_OK(conversations);
        QVERIFY(!conversations.value->items.isEmpty());
        ThreadContent content;
        content.conversation = conversations.value->items.first();
        content.contact = *contact.value;
        auto messages = run(f.client()->listMessages(f.org, content.conversation.conversationId, ListQuery{50, {}, {}, {}}));
        REQUIRE_OK(messages);
        content.messages = messages.value->items;
        ThreadPane pane;
        pane.resize(800, 600);
        pane.show();
        pane.showThread(content);
        const QString problem = checkShownAsTyped(&pane, kBold);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Every label of the directory that shows one of the names is plain text, wherever it is.
    void noLabelRendersAName()
    {
        for (QLabel *label : workspace->findChildren<QLabel *>()) {
            for (const QString &name : {kBold, kImage, kTable, kCompany}) {
                if (label->text().contains(name))
                    QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
            }
        }
    }

    void toolTipsShowMarkupAsTyped_data()
    {
        QTest::addColumn<QString>("tip");
        QTest::addColumn<QString>("shown");
        QTest::newRow("markup") << kBold << Qt::convertFromPlainText(kBold, Qt::WhiteSpaceNormal);
        QTest::newRow("image") << QStringLiteral("<img src=file:///etc/hostname>")
                               << Qt::convertFromPlainText(QStringLiteral("<img src=file:///etc/hostname>"), Qt::WhiteSpaceNormal);
        QTest::newRow("plain, left alone") << QStringLiteral("Tom & Jerry") << QStringLiteral("Tom & Jerry");
    }

    void toolTipsShowMarkupAsTyped()
    {
        QFETCH(QString, tip);
        QFETCH(QString, shown);
        PlainToolTips::install(); // MainWindow does this for the app
        QStandardItemModel model;
        auto *item = new QStandardItem(QStringLiteral("row"));
        item->setToolTip(tip);
        model.appendRow(item);
        QListView view;
        view.setModel(&model);
        view.resize(300, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint pos = view.visualRect(model.index(0, 0)).center();
        QHelpEvent event(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view.viewport(), &event);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), shown);
        QToolTip::hideText();
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void cleanupTestCase()
    {
        workspace.reset();
        directory.reset();
        account.reset();
    }
};

int main(int argc, char **argv)
{
    // The thread pane may load the WebEngine plugin, which needs contexts shared from the start.
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestHostileNames test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hostile_names.moc"
