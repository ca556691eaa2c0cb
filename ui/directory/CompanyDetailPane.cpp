#include "directory/CompanyDetailPane.h"

#include "ApiError.h"
#include "CompanyListModel.h"
#include "ContactListModel.h"
#include "DirectorySession.h"
#include "RecordSalesModel.h"
#include "RelativeTime.h"
#include "common/CopyableField.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "directory/DirectoryTable.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace repdesk {

namespace {
constexpr int kContactIdRole = Qt::UserRole + 1;
}

CompanyDetailPane::CompanyDetailPane(DirectorySession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_stack(new QStackedLayout(this)),
      m_placeholder(new EmptyStateWidget),
      m_banner(new ErrorBanner),
      m_title(new QLabel),
      m_domain(new CopyableField(tr("Domain"), tr("Copy domain"))),
      m_address(new CopyableField(tr("Address"), tr("Copy address"))),
      m_created(new CopyableField(tr("Created"), tr("Copy creation date"))),
      m_owner(new QPushButton),
      m_custom(new QLabel),
      m_contactsCaption(new QLabel),
      m_contacts(new QListWidget),
      m_salesCaption(new QLabel),
      m_sales(new DirectoryTable(tr("Company sales")))
{
    m_placeholder->setContent(tr("No company shown"),
                              tr("Choose a company in the list, or create one with Ctrl+Shift+N."));
    m_stack->addWidget(m_placeholder);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_banner);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_title);
    m_owner->setFlat(true);
    m_owner->setCursor(Qt::PointingHandCursor);
    m_owner->setStyleSheet(QStringLiteral("text-align: left"));
    layout->addWidget(m_owner);
    for (QWidget *w : {static_cast<QWidget *>(m_domain), static_cast<QWidget *>(m_address),
                       static_cast<QWidget *>(m_created)})
        layout->addWidget(w);
    m_custom->setWordWrap(true);
    m_custom->setTextFormat(Qt::PlainText);
    m_custom->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_custom->setAccessibleName(tr("Custom fields"));
    layout->addWidget(m_custom);
    m_contactsCaption->setBuddy(m_contacts);
    layout->addWidget(m_contactsCaption);
    m_contacts->setAccessibleName(tr("The company's contacts"));
    layout->addWidget(m_contacts, 1);
    m_salesCaption->setBuddy(m_sales);
    m_salesCaption->setTextFormat(Qt::PlainText); // may quote the server's error
    layout->addWidget(m_salesCaption);
    m_sales->setAccessibleName(tr("The company's sales"));
    m_sales->setModel(session->companySales());
    layout->addWidget(m_sales, 1);
    m_stack->addWidget(page);

    connect(m_owner, &QPushButton::clicked, this, [this] {
        if (!m_agentId.isEmpty())
            Q_EMIT agentRequested(m_agentId);
    });
    connect(m_contacts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT contactRequested(item->data(kContactIdRole).toString());
    });
    connect(m_sales, &DirectoryTable::itemActivated, this, [this](const QModelIndex &index) {
        Q_EMIT saleRequested(index.data(RecordSalesModel::SaleIdRole).toString());
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (!m_companyId.isEmpty())
            m_session->openCompany(m_companyId);
    });
    connect(session, &DirectorySession::namesChanged, this, &CompanyDetailPane::updateOwner);
    connect(session->contacts(), &QAbstractItemModel::rowsInserted, this, &CompanyDetailPane::updateContacts);
    connect(session->companySales(), &QAbstractItemModel::modelReset, this, &CompanyDetailPane::updateSalesCaption);
    connect(session, &DirectorySession::salesChanged, this, &CompanyDetailPane::updateSalesCaption);
    clear();
}

QString CompanyDetailPane::title() const
{
    return m_title->text();
}

void CompanyDetailPane::clear()
{
    m_companyId.clear();
    m_agentId.clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void CompanyDetailPane::showFailure(const QString &companyId, const ApiError &error)
{
    clear();
    m_companyId = companyId;
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Company not available"));
    for (QWidget *w : {static_cast<QWidget *>(m_domain), static_cast<QWidget *>(m_address),
                       static_cast<QWidget *>(m_created), static_cast<QWidget *>(m_owner),
                       static_cast<QWidget *>(m_custom)})
        w->hide();
    m_contacts->clear();
    const bool gone = error.kind() == ApiError::Kind::NotFound;
    m_banner->showMessage(gone ? tr("This company does not exist (any more).")
                               : tr("Could not load this company. %1").arg(error.message()),
                          ErrorBanner::Kind::Error, !gone);
}

void CompanyDetailPane::showCompany(const QString &companyId)
{
    const auto company = m_session->company(companyId);
    if (!company)
        return;
    m_companyId = companyId;
    m_agentId = company->agentId;
    m_banner->hideBanner();
    m_stack->setCurrentIndex(1);
    m_title->setText(CompanyListModel::displayName(*company));
    m_title->setAccessibleName(tr("Company %1").arg(m_title->text()));
    const auto field = [](CopyableField *f, const QString &value) {
        f->setValue(value);
        f->setVisible(!value.trimmed().isEmpty());
    };
    field(m_domain, company->domain);
    field(m_address, company->address);
    field(m_created, company->createdAt.isValid() ? RelativeTime::full(company->createdAt) : QString());
    QStringList custom;
    for (const auto &pair : company->customFieldPairs())
        custom << tr("%1: %2").arg(pair.first, pair.second);
    m_custom->setText(custom.join(QLatin1Char('\n')));
    m_custom->setVisible(!custom.isEmpty());
    updateOwner();
    updateContacts();
    updateSalesCaption();
}

void CompanyDetailPane::updateOwner()
{
    if (m_agentId.isEmpty()) {
        m_owner->setText(tr("Owner: none"));
        m_owner->setAccessibleName(tr("No agent owns this company"));
        m_owner->setEnabled(false);
        m_owner->show();
        return;
    }
    const QString name = m_session->agentName(m_agentId);
    m_owner->setEnabled(true);
    m_owner->setText(name.isEmpty() ? tr("Owner: loading…") : tr("Owner: %1").arg(name));
    m_owner->setAccessibleName(name.isEmpty() ? tr("Open the owning agent (the name is loading)")
                                              : tr("Open the owning agent %1").arg(name));
    m_owner->show();
}

void CompanyDetailPane::updateContacts()
{
    if (m_companyId.isEmpty())
        return;
    const QString current = m_contacts->currentItem() ? m_contacts->currentItem()->data(kContactIdRole).toString()
                                                      : QString();
    m_contacts->clear();
    const QList<Contact> contacts = m_session->contactsOfCompany(m_companyId);
    for (const Contact &c : contacts) {
        const QString role = c.companyRole.trimmed();
        auto *item = new QListWidgetItem(role.isEmpty() ? ContactListModel::displayName(c)
                                                        : tr("%1 — %2").arg(ContactListModel::displayName(c), role));
        item->setData(kContactIdRole, c.contactId);
        m_contacts->addItem(item);
        if (c.contactId == current)
            m_contacts->setCurrentItem(item);
    }
    m_contactsCaption->setText(contacts.isEmpty() ? tr("Contacts: none known on this computer")
                                                  : tr("%n contact(s) known on this computer", nullptr,
                                                       int(contacts.size())));
}

void CompanyDetailPane::updateSalesCaption()
{
    const int n = m_session->companySales()->rowCount();
    m_sales->setVisible(n > 0); // an empty table says less than its caption
    switch (m_session->salesState()) {
    case DirectorySession::SalesState::Loading:
        m_salesCaption->setText(n == 0 ? tr("Sales: loading…") : tr("%n sale(s) so far; loading…", nullptr, n));
        break;
    case DirectorySession::SalesState::Failed:
        m_salesCaption->setText(tr("Sales could not be loaded (%1). F5 tries again.").arg(m_session->salesError()));
        break;
    case DirectorySession::SalesState::Known:
        m_salesCaption->setText(n == 0 ? tr("Sales: none") : tr("%n sale(s)", nullptr, n));
        break;
    }
}

} // namespace repdesk
