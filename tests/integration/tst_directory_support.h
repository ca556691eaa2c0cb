#pragma once

// Shared by the tst_directory_* tests: the review tests' sandbox and account fixture, a
// DirectorySession on its open organization, and the oracle: what the sandbox's own routes say
// (every contact, company and agent, read in pages of 500), never demo numbers.

#include "AgentListModel.h"
#include "CompanyListModel.h"
#include "ContactListModel.h"
#include "DirectorySession.h"
#include "tst_review_support.h"

namespace repdesk::test {

struct DirectoryFixture : ReviewFixture
{
    template<typename T, typename Fetch>
    QList<T> walk(Fetch fetch)
    {
        QList<T> all;
        QString cursor;
        do {
            auto r = run(fetch(ListQuery{500, cursor, {}, {}}));
            if (!r.ok)
                return {};
            all += r.value->items;
            cursor = r.value->isLast() ? QString() : r.value->nextCursor;
        } while (!cursor.isEmpty());
        return all;
    }

    QList<Contact> allContacts()
    {
        return walk<Contact>([this](const ListQuery &q) { return client()->listContacts(org, q); });
    }
    QList<Company> allCompanies()
    {
        return walk<Company>([this](const ListQuery &q) { return client()->listCompanies(org, q); });
    }
    QList<Agent> allAgents()
    {
        return walk<Agent>([this](const ListQuery &q) { return client()->listAgents(org, q); });
    }

    int posts(const QString &collection) const
    {
        int n = 0;
        for (const auto &r : server->requestLog())
            n += r.method == QLatin1String("POST") && r.path.endsWith(QLatin1Char('/') + collection) ? 1 : 0;
        return n;
    }

    // Pages a list to its end the way a view does (fetchMore while it can); false if it stalls.
    static bool pageToEnd(PagedListModel *model, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(
            [model] {
                if (model->fetchState() == PagedListModel::FetchState::Error)
                    model->retry();
                else if (model->canFetchMore({}))
                    model->fetchMore({});
                return model->fetchState() == PagedListModel::FetchState::Complete;
            },
            timeoutMs);
    }
};

} // namespace repdesk::test
