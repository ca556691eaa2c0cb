// The audit log against repdesk-sandbox over loopback: the pager walks to the end exactly once,
// filters and dates go out as the API expects them (start inclusive, end exclusive: the day after
// the last day picked), a start after the end is refused before any request, rows name the agent.
#include "AuditChangeText.h"
#include "AuditLogListModel.h"
#include "SandboxFixture.h"

#include <QUrlQuery>

using namespace repdesk;
using namespace repdesk::test;

class TestAuditLog : public QObject
{
    Q_OBJECT
    SandboxFixture f;
    QList<AuditLog> all; // the whole log, walked with the client

    bool waitIdle(AuditLogListModel &m)
    {
        return QTest::qWaitFor([&m] { return m.fetchState() != PagedListModel::FetchState::Loading; }, 20000);
    }
    // Fetches every page the model offers.
    bool walk(AuditLogListModel &m)
    {
        m.reload();
        for (int guard = 0; guard < 1000; ++guard) {
            if (!waitIdle(m))
                return false;
            if (m.fetchState() == PagedListModel::FetchState::Error)
                return false;
            if (!m.canFetchMore({}))
                return true;
            m.fetchMore({});
        }
        return false;
    }
    QList<QUrlQuery> auditQueries(int from) const
    {
        QList<QUrlQuery> out;
        const auto log = f.server->requestLog();
        for (int i = from; i < log.size(); ++i)
            if (log.at(i).path.endsWith(QLatin1String("/audit-logs")))
                out << QUrlQuery(log.at(i).query);
        return out;
    }
    QHash<QString, Agent> agents()
    {
        QHash<QString, Agent> out;
        auto listed = run(f.client()->listAgents(f.org, ListQuery{500, {}, {}, {}}));
        if (listed.ok)
            for (const Agent &a : listed.value->items)
                out.insert(a.agentId, a);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(f.start());
        QString cursor;
        do {
            auto page = run(f.client()->listAuditLogs(f.org, AuditLogQuery{ListQuery{500, cursor, {}, {}}, {}, {}, {}}));
            QVERIFY(page.ok);
            all += page.value->items;
            cursor = page.value->nextCursor;
        } while (!cursor.isEmpty());
        QVERIFY2(all.size() > 60, qPrintable(QString::number(all.size()))); // several pages of 25
    }

    void pagesToTheEndOnceEach()
    {
        AuditLogListModel m;
        m.setSource(f.client(), f.org);
        m.setPageSize(25);
        const int before = f.requestCount();
        QVERIFY(walk(m));
        QCOMPARE(m.fetchState(), PagedListModel::FetchState::Complete);
        QCOMPARE(m.itemRowCount(), all.size());
        QCOMPARE(m.rowCount(), all.size()); // no footer row left behind
        QCOMPARE(m.index(0).data(AuditLogListModel::AuditLogIdRole).toString(), all.first().auditLogId);
        QCOMPARE(m.index(m.itemRowCount() - 1).data(AuditLogListModel::AuditLogIdRole).toString(), all.last().auditLogId);
        const auto queries = auditQueries(before);
        QCOMPARE(queries.size(), int((all.size() + 24) / 25));
        QVERIFY(!queries.first().hasQueryItem(QStringLiteral("cursor")));
        for (int i = 1; i < queries.size(); ++i)
            QVERIFY(!queries.at(i).queryItemValue(QStringLiteral("cursor")).isEmpty());
    }

    void filtersGoOutAsTheApiExpects()
    {
        // An agent with updates: the sandbox's sales moves are made by their owners.
        QString agentId;
        for (const AuditLog &log : std::as_const(all))
            if (log.actionType == QLatin1String("update") && log.record.type == QLatin1String("sale") && !log.agentId.isEmpty())
                agentId = log.agentId;
        QVERIFY(!agentId.isEmpty());
        AuditLogListModel m;
        m.setSource(f.client(), f.org);
        m.setAgents(agents());
        AuditLogFilter filter;
        filter.agentId = agentId;
        filter.recordType = QStringLiteral("sale");
        filter.actionType = QStringLiteral("update");
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 5, 20);
        const int before = f.requestCount();
        QVERIFY(m.setFilter(filter));
        QVERIFY(walk(m));
        const auto queries = auditQueries(before);
        QVERIFY(!queries.isEmpty());
        const QUrlQuery q = queries.first();
        QCOMPARE(q.queryItemValue(QStringLiteral("agent_id")), agentId);
        QCOMPARE(q.queryItemValue(QStringLiteral("record_type")), QStringLiteral("sale"));
        QCOMPARE(q.queryItemValue(QStringLiteral("action_type")), QStringLiteral("update"));
        QVERIFY(q.hasQueryItem(QStringLiteral("start_date")));
        QVERIFY(q.hasQueryItem(QStringLiteral("end_date")));

        // Exactly the entries of the whole log that match, by the API's date rule.
        const AuditLogQuery sent = filter.query(50, {});
        int expected = 0;
        for (const AuditLog &log : std::as_const(all))
            if (log.agentId == agentId && log.record.type == QLatin1String("sale") && log.actionType == QLatin1String("update")
                && log.occurredAt >= sent.list.startDate && log.occurredAt < sent.list.endDate)
                ++expected;
        QVERIFY(expected > 0);
        QCOMPARE(m.itemRowCount(), expected);
        for (int row = 0; row < m.itemRowCount(); ++row) {
            const QModelIndex i = m.index(row);
            QCOMPARE(i.data(AuditLogListModel::AgentIdRole).toString(), agentId);
            const QString name = i.data(AuditLogListModel::AgentNameRole).toString();
            QVERIFY(!name.isEmpty() && name != agentId && name != tr("Unknown agent"));
            QCOMPARE(i.data(AuditLogListModel::RecordTypeTextRole).toString(), QStringLiteral("Sale"));
            QVERIFY(i.data(AuditLogListModel::SummaryRole).toString().contains(QStringLiteral("status: ")));
        }
    }

    void theLastDayPickedIsIncluded()
    {
        // The end the API gets is the start of the next day in the person's zone: exclusive.
        const QTimeZone zone(3600 * 2);
        AuditLogFilter filter;
        filter.from = QDate(2026, 5, 1);
        filter.to = QDate(2026, 5, 1);
        const AuditLogQuery q = filter.query(10, {}, zone);
        QCOMPARE(q.list.startDate, QDateTime(QDate(2026, 4, 30), QTime(22, 0), QTimeZone::utc()));
        QCOMPARE(q.list.endDate, QDateTime(QDate(2026, 5, 1), QTime(22, 0), QTimeZone::utc()));
        QCOMPARE(filter.problem(), QString());
    }

    void aStartAfterTheEndIsRefusedWithoutARequest()
    {
        AuditLogListModel m;
        m.setSource(f.client(), f.org);
        AuditLogFilter bad;
        bad.from = QDate(2026, 5, 2);
        bad.to = QDate(2026, 5, 1);
        QVERIFY(!bad.problem().isEmpty());
        const int before = f.requestCount();
        QVERIFY(!m.setFilter(bad));
        QTest::qWait(50);
        QCOMPARE(f.requestCount(), before);
        QVERIFY(m.filter() != bad);
    }

    void aServerErrorLeavesRetryNotASpinner()
    {
        AuditLogListModel m;
        m.setSource(f.client(), f.org);
        f.server->injectFaults(1, 400);
        m.reload();
        QVERIFY(waitIdle(m));
        QCOMPARE(m.fetchState(), PagedListModel::FetchState::Error);
        QCOMPARE(m.index(m.rowCount() - 1).data(PagedListModel::RowKindRole).value<PagedListModel::RowKind>(),
                 PagedListModel::RowKind::ErrorFooter);
        m.retry();
        QVERIFY(waitIdle(m));
        QVERIFY(m.fetchState() != PagedListModel::FetchState::Error);
        QVERIFY(m.itemRowCount() > 0);
    }

    void changesReadAsFieldFromTo()
    {
        AuditChange status;
        status.field = QStringLiteral("status");
        status.from = QStringLiteral("Qualified");
        status.to = QStringLiteral("Accepted");
        QCOMPARE(AuditChangeText::line(status), QStringLiteral("status: Qualified → Accepted"));
        AuditChange fields;
        fields.field = QStringLiteral("custom_fields");
        fields.from = QJsonObject();
        fields.to = QJsonObject{{QStringLiteral("notes"), QStringLiteral("Call back")}};
        QCOMPARE(AuditChangeText::line(fields), QStringLiteral("custom_fields: {} → {\"notes\":\"Call back\"}"));
        QCOMPARE(AuditChangeText::pretty(fields.to), QStringLiteral("{\n    \"notes\": \"Call back\"\n}"));
        AuditChange added;
        added.field = QStringLiteral("owner");
        added.to = QStringLiteral("Maya");
        QCOMPARE(AuditChangeText::line(added), QStringLiteral("owner: set to Maya"));
        QCOMPARE(AuditChangeText::pretty(QJsonValue()), QStringLiteral("(empty)"));
        QCOMPARE(AuditChangeText::recordTypeLabel(QStringLiteral("response_draft")), QStringLiteral("Response draft"));
        QCOMPARE(AuditChangeText::recordTypeLabel(QStringLiteral("price_book")), QStringLiteral("Price book"));
        QCOMPARE(AuditChangeText::actionLabel(QStringLiteral("delete")), QStringLiteral("Deleted"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
