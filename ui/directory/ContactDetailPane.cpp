#include "directory/ContactDetailPane.h"

#include "ApiError.h"
#include "ContactConversationListModel.h"
#include "ContactListModel.h"
#include "DirectorySession.h"
#include "RecordSalesModel.h"
#include "RelativeTime.h"
#include "common/CopyableField.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "dashboards/PagedListView.h"
#include "directory/DirectoryTable.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace repdesk {

ContactDetailPane::ContactDetailPane(DirectorySession *session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_stack(new QStackedLayout(this)),
      m_placeholder(new EmptyStateWidget),
      m_banner(new ErrorBanner),
      m_title(new QLabel),
      m_email(new CopyableField(tr("Email"), tr("Copy email"))),
      m_phone(new CopyableField(tr("Phone"), tr("Copy phone number"))),
      m_role(new CopyableField(tr("Role at the company"), tr("Copy role"))),
      m_created(new CopyableField(tr("Created"), tr("Copy creation date"))),
      m_company(new QPushButton),
      m_custom(new QLabel),
      m_conversationsCaption(new QLabel(tr("Conversations"))),
      m_conversations(new PagedListView),
      m_salesCaption(new QLabel),
      m_sales(new DirectoryTable(tr("Contact sales")))
{
    m_placeholder->setContent(tr("No contact shown"), tr("Choose a contact in the list, or create one with Ctrl+N."));
    m_stack->addWidget(m_placeholder);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_banner);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_company->setFlat(true);
    m_company->setCursor(Qt::PointingHandCursor);
    m_company->setStyleSheet(QStringLiteral("text-align: left"));
    layout->addWidget(m_company);
    for (QWidget *w : {static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
                       static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_created)})
        layout->addWidget(w);
    m_custom->setWordWrap(true);
    m_custom->setTextFormat(Qt::PlainText);
    m_custom->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_custom->setAccessibleName(tr("Custom fields"));
    layout->addWidget(m_custom);
    m_conversationsCaption->setBuddy(m_conversations);
    layout->addWidget(m_conversationsCaption);
    m_conversations->setAccessibleName(tr("The contact's conversations"));
    m_conversations->setModel(session->contactConversations());
    layout->addWidget(m_conversations, 1);
    m_salesCaption->setBuddy(m_sales);
    m_salesCaption->setTextFormat(Qt::PlainText); // may quote the server's error
    layout->addWidget(m_salesCaption);
    m_sales->setAccessibleName(tr("The contact's sales"));
    m_sales->setModel(session->contactSales());
    layout->addWidget(m_sales, 1);
    m_stack->addWidget(page);

    connect(m_company, &QPushButton::clicked, this, [this] {
        if (!m_companyId.isEmpty())
            Q_EMIT companyRequested(m_companyId);
    });
    connect(m_conversations, &PagedListView::itemActivated, this, [this](int row) {
        if (const Conversation *c = m_session->contactConversations()->conversation(row))
            Q_EMIT conversationRequested(c->conversationId);
    });
    connect(m_sales, &DirectoryTable::itemActivated, this, [this](const QModelIndex &index) {
        Q_EMIT saleRequested(index.data(RecordSalesModel::SaleIdRole).toString());
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (!m_contactId.isEmpty())
            m_session->openContact(m_contactId);
    });
    connect(session, &DirectorySession::namesChanged, this, &ContactDetailPane::updateCompany);
    connect(session->contactSales(), &QAbstractItemModel::modelReset, this, &ContactDetailPane::updateSalesCaption);
    connect(session, &DirectorySession::salesChanged, this, &ContactDetailPane::updateSalesCaption);
    clear();
}

void ContactDetailPane::clear()
{
    m_contactId.clear();
    m_companyId.clear();
    m_stack->setCurrentWidget(m_placeholder);
}

void ContactDetailPane::showFailure(const QString &contactId, const ApiError &error)
{
    clear();
    m_contactId = contactId;
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Contact not available"));
    for (QWidget *w : {static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_phone),
                       static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_created),
                       static_cast<QWidget *>(m_company), static_cast<QWidget *>(m_custom)})
        w->hide();
    const bool gone = error.kind() == ApiError::Kind::NotFound;
    m_banner->showMessage(gone ? tr("This contact does not exist (any more).")
                               : tr("Could not load this contact. %1").arg(error.message()),
                          ErrorBanner::Kind::Error, !gone);
}

void ContactDetailPane::showContact(const QString &contactId)
{
    const auto contact = m_session->contact(contactId);
    if (!contact)
        return;
    m_contactId = contactId;
    m_companyId = contact->companyId;
    m_banner->hideBanner();
    m_stack->setCurrentIndex(1);
    m_title->setText(ContactListModel::displayName(*contact));
    m_title->setAccessibleName(tr("Contact %1").arg(m_title->text()));
    const auto field = [](CopyableField *f, const QString &value) {
        f->setValue(value);
        f->setVisible(!value.trimmed().isEmpty());
    };
    field(m_email, contact->email);
    field(m_phone, contact->phoneNumber);
    field(m_role, contact->companyRole);
    field(m_created, contact->createdAt.isValid() ? RelativeTime::full(contact->createdAt) : QString());
    QStringList custom;
    for (const auto &pair : contact->customFieldPairs())
        custom << tr("%1: %2").arg(pair.first, pair.second);
    m_custom->setText(custom.join(QLatin1Char('\n')));
    m_custom->setVisible(!custom.isEmpty());
    updateCompany();
    updateSalesCaption();
}

void ContactDetailPane::updateCompany()
{
    if (m_companyId.isEmpty()) {
        m_company->hide();
        return;
    }
    const QString name = m_session->companyName(m_companyId);
    m_company->setText(name.isEmpty() ? tr("Company: loading…") : tr("Company: %1").arg(name));
    m_company->setAccessibleName(name.isEmpty() ? tr("Open the company (its name is loading)")
                                                : tr("Open the company %1").arg(name));
    m_company->show();
}

void ContactDetailPane::updateSalesCaption()
{
    const int n = m_session->contactSales()->rowCount();
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
