#pragma once

#include "Agent.h"
#include "Sale.h"

// Complete types: QPointer members need them wherever this header is compiled (moc too).
#include "CompanyDirectory.h"
#include "ContactDirectory.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace repdesk {

// Names for a sale's ids, shared by the pipeline board and the sales table so both say the same
// words: companies and contacts through the organization's directories (asked once for what is
// missing), owners from the agents the session gives. A name, or a word for its state ("Loading…",
// "Unknown agent"), never an id.
class SaleNames : public QObject
{
    Q_OBJECT
public:
    explicit SaleNames(QObject *parent = nullptr);

    void setDirectories(ContactDirectory *contacts, CompanyDirectory *companies);
    void setAgents(const QHash<QString, Agent> &agents);
    const QHash<QString, Agent> &agents() const { return m_agents; }

    // Asks the directories for the companies and contacts of these sales they do not know yet.
    void request(const QList<Sale> &sales);

    QString companyText(const QString &companyId) const;
    QString contactText(const QString &contactId) const;
    QString ownerText(const QString &ownerId) const;
    // The agent's name, else their e-mail.
    static QString agentName(const Agent &agent);

Q_SIGNALS:
    // Some name may read differently now (a directory answered, the roster changed).
    void namesChanged();

private:
    QPointer<ContactDirectory> m_contacts;
    QPointer<CompanyDirectory> m_companies;
    QHash<QString, Agent> m_agents;
};

} // namespace repdesk
