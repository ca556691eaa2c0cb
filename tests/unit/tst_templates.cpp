// TemplateStore: seeded once, CRUD that survives a restart, and placeholder
// expansion that escapes what it inserts and leaves everything else alone.
#include "TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace repdesk;

namespace {
QStringList names(const QList<ReplyTemplate> &list)
{
    QStringList out;
    for (const ReplyTemplate &t : list)
        out << t.name;
    return out;
}

QHash<QString, QString> values()
{
    return {{QStringLiteral("contact.name"), QStringLiteral("Zo\u00eb Dupr\u00e9")},
            {QStringLiteral("agent.name"), QStringLiteral("Sam Rivera")},
            {QStringLiteral("company.name"), QStringLiteral("Acme & Sons")}};
}
} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newStoreIsSeededOnce()
    {
        {
            TemplateStore store(m_dir->path());
            const auto list = store.templates();
            QCOMPARE(names(list), (QStringList{QStringLiteral("Book a call"), QStringLiteral("Quote follow-up"),
                                               QStringLiteral("Thanks for reaching out")}));
            for (const ReplyTemplate &t : list) {
                QVERIFY(t.id > 0);
                QVERIFY2(t.bodyHtml.contains(QLatin1String("{contact.first_name}")), qPrintable(t.bodyHtml));
                QVERIFY(t.bodyHtml.contains(QLatin1String("{agent.name}")));
                // Every seed expands to something with no placeholder left.
                QVERIFY(!TemplateStore::expand(t.bodyHtml, values()).contains(QLatin1Char('{')));
            }
            QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const ReplyTemplate &t) {
                return t.bodyHtml.contains(QLatin1String("{company.name}"));
            }));
            for (const ReplyTemplate &t : list)
                store.remove(t.id);
            QVERIFY(store.templates().isEmpty());
        }
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("templates.sqlite"))));
        // Deleted examples stay deleted.
        TemplateStore reopened(m_dir->path());
        QVERIFY(reopened.templates().isEmpty());
    }

    void createUpdateDeleteSurviveARestart()
    {
        qint64 id = 0;
        {
            TemplateStore store(m_dir->path());
            QSignalSpy changed(&store, &TemplateStore::changed);
            id = store.save({0, QStringLiteral("\u00c9t\u00e9 promo \U0001F31E"), QStringLiteral("<p>Hi {contact.first_name}</p>")});
            QVERIFY(id > 0);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(store.templates().size(), 4);
            QCOMPARE(store.save({id, QStringLiteral("aaa first by name"), QStringLiteral("<p>v2</p>")}), id);
            QCOMPARE(changed.size(), 2);
            const auto list = store.templates();
            QCOMPARE(list.first().name, QStringLiteral("aaa first by name"));
            QCOMPARE(list.first().bodyHtml, QStringLiteral("<p>v2</p>"));
            QCOMPARE(list.first().id, id);
        }
        TemplateStore store(m_dir->path());
        QSignalSpy changed(&store, &TemplateStore::changed);
        QCOMPARE(store.templates().size(), 4);
        QCOMPARE(store.templates().first().bodyHtml, QStringLiteral("<p>v2</p>"));
        store.remove(id);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.templates().size(), 3);
        store.remove(id); // already gone: nothing changes
        QCOMPARE(changed.size(), 1);
        // Saving a template that was deleted meanwhile keeps the text as a new one.
        const qint64 again = store.save({id, QStringLiteral("resurrected"), QStringLiteral("<p>x</p>")});
        QVERIFY(again > 0);
        QVERIFY(again != id);
        QCOMPARE(store.templates().size(), 4);
    }

    void expandFillsAndEscapes()
    {
        QHash<QString, QString> v = values();
        v.insert(QStringLiteral("contact.name"), QStringLiteral("<script>alert('x')</script> \"Bob\""));
        const QString out = TemplateStore::expand(
            QStringLiteral("<p title='{contact.name}'>Hi {contact.name}, {agent.name} at {company.name}</p>"), v);
        QCOMPARE(out, QStringLiteral("<p title='&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Bob&quot;'>Hi "
                                     "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Bob&quot;, Sam Rivera at "
                                     "Acme &amp; Sons</p>"));
        QVERIFY(!out.contains(QLatin1String("<script")));
    }

    void firstNameIsTheFirstWord()
    {
        QCOMPARE(TemplateStore::expand(QStringLiteral("Hi {contact.first_name}!"), values()), QStringLiteral("Hi Zo\u00eb!"));
        QHash<QString, QString> v;
        v.insert(QStringLiteral("contact.name"), QStringLiteral("  \u0645\u0631\u064A\u0645   \u0627\u0644\u062D\u0633\u0646 "));
        QCOMPARE(TemplateStore::expand(QStringLiteral("{contact.first_name}"), v), QStringLiteral("\u0645\u0631\u064A\u0645"));
        // An explicit first name wins over the derived one.
        v.insert(QStringLiteral("contact.first_name"), QStringLiteral("Mimi"));
        QCOMPARE(TemplateStore::expand(QStringLiteral("{contact.first_name}"), v), QStringLiteral("Mimi"));
    }

    void missingValuesBecomeEmpty()
    {
        QCOMPARE(TemplateStore::expand(QStringLiteral("<p>Hi {contact.first_name}, from {agent.name} ({company.name})</p>"), {}),
                 QStringLiteral("<p>Hi , from  ()</p>"));
    }

    void unknownPlaceholdersStayAsTyped()
    {
        const QHash<QString, QString> v = values();
        QCOMPARE(TemplateStore::expand(QStringLiteral("{deal.amount} {Contact.Name} {contact.name {} { } {"), v),
                 QStringLiteral("{deal.amount} {Contact.Name} {contact.name {} { } {"));
        QCOMPARE(TemplateStore::expand(QStringLiteral("{{contact.name}} css{color:red}"), v),
                 QStringLiteral("{Zo\u00eb Dupr\u00e9} css{color:red}"));
        // A value is inserted once, never expanded again.
        QHash<QString, QString> sneaky;
        sneaky.insert(QStringLiteral("agent.name"), QStringLiteral("{company.name}"));
        sneaky.insert(QStringLiteral("company.name"), QStringLiteral("X"));
        QCOMPARE(TemplateStore::expand(QStringLiteral("{agent.name}/{company.name}"), sneaky), QStringLiteral("{company.name}/X"));
        QCOMPARE(TemplateStore::expand(QString(), v), QString());
    }

    void damagedFileIsMovedAsideAndReseeded()
    {
        const QString path = m_dir->filePath(QStringLiteral("templates.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, '\x7f'));
        }
        TemplateStore store(m_dir->path());
        QCOMPARE(store.templates().size(), 3);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("templates.sqlite.corrupt-*")}, QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
