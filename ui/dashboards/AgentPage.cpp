#include "dashboards/AgentPage.h"

#include "dashboards/AgentConversationRows.h"
#include "dashboards/PagedListView.h"
#include "dashboards/ScopeView.h"

#include "AgentConversationListModel.h"
#include "AgentSaleListModel.h"
#include "DashboardSession.h"
#include "common/ItemViewModel.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace repdesk {

namespace {
QLabel *boldLabel(const QString &text, QWidget *parent, qreal scale = 1.0)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}
} // namespace

AgentPage::AgentPage(QWidget *parent)
    : QWidget(parent),
      m_title(boldLabel(QString(), this, 1.3)),
      m_figures(new ScopeView),
      m_rows(new AgentConversationRows(this)),
      m_conversations(new PagedListView),
      m_sales(new PagedListView),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_figures);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *lists = new QWidget;
    auto *listLayout = new QVBoxLayout(lists);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *conversationsTitle = boldLabel(tr("&Conversations"), lists);
    conversationsTitle->setTextFormat(Qt::AutoText);
    conversationsTitle->setBuddy(m_conversations);
    auto *salesTitle = boldLabel(tr("Sa&les"), lists);
    salesTitle->setTextFormat(Qt::AutoText);
    salesTitle->setBuddy(m_sales);
    listLayout->addWidget(conversationsTitle);
    listLayout->addWidget(m_conversations, 1);
    listLayout->addWidget(salesTitle);
    listLayout->addWidget(m_sales, 1);

    m_splitter->addWidget(scroll);
    m_splitter->addWidget(lists);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);

    connect(m_figures, &ScopeView::stageActivated, this, &AgentPage::stageActivated);
    connect(m_conversations, &PagedListView::itemActivated, this, [this](int row) {
        const QString id = m_conversations->model()->index(row, 0)
                               .data(AgentConversationListModel::ConversationIdRole)
                               .toString();
        if (!id.isEmpty())
            Q_EMIT conversationActivated(id);
    });
    connect(m_sales, &PagedListView::itemActivated, this, [this](int row) {
        const QModelIndex index = m_sales->model()->index(row, 0);
        const QString id = index.data(AgentSaleListModel::SaleIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT saleActivated(id, index.data(AgentSaleListModel::StatusLabelRole).toString());
    });
    setAgentName({});
}

void AgentPage::setSession(DashboardSession *session)
{
    m_session = session;
    m_figures->setScope(session ? session->agentScope() : nullptr);
    if (session)
        m_figures->setCurrencyNote(session->currencyNote());
    m_rows->setSourceModel(session ? session->agentConversations() : nullptr);
    if (!m_conversations->model())
        m_conversations->setModel(m_rows);
    ItemViewModel::set(m_sales, session ? session->agentSales() : nullptr);
}

void AgentPage::setContacts(ContactDirectory *contacts)
{
    m_rows->setContacts(contacts);
}

void AgentPage::setAgentName(const QString &name)
{
    m_name = name;
    const QString shown = name.isEmpty() ? tr("Agent") : name;
    //: The agent page's heading; %1 = the agent's name
    m_title->setText(tr("%1: dashboard").arg(shown));
    setAccessibleName(tr("Dashboard of %1").arg(shown));
    m_conversations->setAccessibleName(tr("Conversations of %1").arg(shown));
    m_conversations->setAccessibleDescription(tr("Enter opens the conversation in the inbox."));
    m_sales->setAccessibleName(tr("Sales of %1").arg(shown));
    m_sales->setAccessibleDescription(tr("Enter shows the sale beside the other sales of its stage."));
}

void AgentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized || width() <= 0)
        return;
    // Three fifths for the figures, the rest for the tables beside them, once; then the user's.
    m_sized = true;
    m_splitter->setSizes({width() * 3 / 5, width() - width() * 3 / 5});
}

} // namespace repdesk
