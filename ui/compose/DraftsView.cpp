#include "compose/DraftsView.h"

#include "ApiError.h"
#include "DraftJournal.h"
#include "FolderGroupingProxy.h"
#include "MessageDraftListModel.h"
#include "MessageDrafts.h"
#include "TemplateStore.h"
#include "common/EmptyStateWidget.h"
#include "common/ErrorBanner.h"
#include "common/ThemedIcon.h"
#include "compose/ComposeWindow.h"
#include "compose/DraftItemDelegate.h"
#include "compose/DraftPreview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace repdesk {

namespace {

QAction *action(const QString &text, const QString &tip, const QString &icon, QStyle::StandardPixmap fallback,
                QWidget *owner)
{
    auto *a = new QAction(ThemedIcon::get(icon, fallback, owner), text, owner);
    a->setToolTip(tip);
    return a;
}

QToolButton *button(QAction *action, const char *name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setObjectName(QLatin1String(name));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    b->setAccessibleName(action->toolTip());
    return b;
}

enum class PageKey { None, New, Delete, Refresh };

PageKey pageKey(const QKeyEvent *e)
{
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    if (e->matches(QKeySequence::New))
        return PageKey::New;
    if (mods == Qt::NoModifier && e->key() == Qt::Key_Delete)
        return PageKey::Delete;
    if (e->matches(QKeySequence::Refresh) || (mods == Qt::NoModifier && e->key() == Qt::Key_F5))
        return PageKey::Refresh;
    return PageKey::None;
}

} // namespace

DraftsView::DraftsView(MessageDrafts *drafts, DraftJournal *journal, PluginGetter plugin, QWidget *parent)
    : QWidget(parent),
      m_journal(journal),
      m_plugin(std::move(plugin)),
      m_grouped(new FolderGroupingProxy(MessageDraftListModel::FolderRole, MessageDraftListModel::DraftIdRole, this)),
      m_banner(new ErrorBanner(this)),
      m_list(new QListView(this)),
      m_preview(new DraftPreview(this)),
      m_empty(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("draftsView"));
    setAccessibleName(tr("Drafts"));
    m_grouped->setHeaderText(&MessageDraftListModel::folderDisplayName);

    m_new = action(tr("New"), tr("New message (Ctrl+N)"), QStringLiteral("document-new"), QStyle::SP_FileIcon, this);
    m_edit = action(tr("Edit"), tr("Edit the selected draft (Enter)"), QStringLiteral("document-edit"),
                    QStyle::SP_FileDialogDetailedView, this);
    m_delete = action(tr("Delete"), tr("Delete the selected draft (Del)"), QStringLiteral("edit-delete"),
                      QStyle::SP_TrashIcon, this);
    m_refresh = action(tr("Refresh"), tr("Reload the drafts (F5)"), QStringLiteral("view-refresh"),
                       QStyle::SP_BrowserReload, this);
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(4, 2, 4, 2);
    QToolButton *newButton = button(m_new, "newDraft", this);
    QToolButton *editButton = button(m_edit, "editDraft", this);
    QToolButton *deleteButton = button(m_delete, "deleteDraft", this);
    QToolButton *refreshButton = button(m_refresh, "refreshDrafts", this);
    for (QToolButton *b : {newButton, editButton, deleteButton, refreshButton})
        tools->addWidget(b);
    tools->addStretch(1);

    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setAccessibleName(tr("Drafts by folder"));
    m_list->setModel(m_grouped);
    m_list->setItemDelegate(new DraftItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumWidth(260);
    m_empty->setObjectName(QStringLiteral("draftsEmpty"));
    m_empty->setContent(tr("No drafts"), tr("Messages you save as drafts appear here. Press New to write one."));
    m_empty->setOverlayTarget(m_list->viewport());
    m_empty->hide();
    m_banner->setObjectName(QStringLiteral("draftsBanner"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    setTabOrder(newButton, editButton);
    setTabOrder(editButton, deleteButton);
    setTabOrder(deleteButton, refreshButton);
    setTabOrder(refreshButton, m_list);

    connect(m_new, &QAction::triggered, this, &DraftsView::newMessage);
    connect(m_edit, &QAction::triggered, this, &DraftsView::editCurrent);
    connect(m_delete, &QAction::triggered, this, &DraftsView::deleteCurrent);
    connect(m_refresh, &QAction::triggered, this, &DraftsView::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &DraftsView::onCurrentChanged);
    connect(m_list, &QListView::activated, this, &DraftsView::onActivated);
    connect(m_banner, &ErrorBanner::retryRequested, this, &DraftsView::refresh);
    attach(drafts);
}

DraftsView::~DraftsView() = default;

bool DraftsView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && pageKey(static_cast<QKeyEvent *>(event)) != PageKey::None) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void DraftsView::keyPressEvent(QKeyEvent *event)
{
    switch (pageKey(event)) {
    case PageKey::New:
        newMessage();
        break;
    case PageKey::Delete:
        deleteCurrent();
        break;
    case PageKey::Refresh:
        refresh();
        break;
    case PageKey::None:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

MessageDraftListModel *DraftsView::model() const
{
    return m_model;
}

void DraftsView::setSource(MessageDrafts *drafts, DraftJournal *journal)
{
    m_journal = journal;
    if (drafts == m_drafts && drafts)
        return;
    detach();
    attach(drafts);
}

void DraftsView::attach(MessageDrafts *drafts)
{
    if (!drafts) {
        detach();
        return;
    }
    m_drafts = drafts;
    m_model = drafts->model();
    m_org = drafts->organizationId();
    m_reselect.clear();
    m_grouped->setSourceModel(m_model);
    // The model outlives this page and may be reset by its owner at any time (organization switch).
    connect(m_model, &PagedListModel::fetchStateChanged, this, &DraftsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DraftsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DraftsView::onModelReset);
    connect(m_model, &PagedListModel::pageLoaded, this, &DraftsView::onPageLoaded);
    connect(drafts, &MessageDrafts::draftSaved, this, [this](const QString &id) { m_reselect = id; });
    connect(drafts, &MessageDrafts::deleteFailed, this, [this](const QString &, const ApiError &error) {
        m_banner->showMessage(tr("Could not delete the draft. %1").arg(error.message()), ErrorBanner::Kind::Error,
                              false);
    });
    // Destroyed before its children, so the model is still there to let go of.
    connect(drafts, &QObject::destroyed, this, &DraftsView::detach);
    showOrganizationState();
    load();
    m_preview->showDraft(currentDraft());
    updateEmptyState();
}

void DraftsView::detach()
{
    if (m_drafts)
        m_drafts->disconnect(this);
    if (m_model)
        m_model->disconnect(this);
    m_drafts = nullptr;
    m_model = nullptr;
    m_org.clear();
    m_reselect.clear();
    m_grouped->setSourceModel(nullptr);
    m_preview->showDraft(nullptr);
    showOrganizationState();
    updateEmptyState();
}

void DraftsView::showOrganizationState()
{
    // Without this the page would just be blank, which reads as "no drafts".
    if (m_org.isEmpty())
        m_banner->showMessage(tr("No organization is open, so there are no drafts to show."),
                              ErrorBanner::Kind::Info, false);
    else
        m_banner->hideBanner();
}

void DraftsView::load()
{
    if (!m_model || m_org.isEmpty())
        return;
    if (m_model->itemRowCount() == 0 && m_model->fetchState() == PagedListModel::FetchState::Idle)
        m_model->fetchMore({});
    else if (m_model->fetchState() != PagedListModel::FetchState::Loading)
        m_model->reload(); // loaded before this page opened: show what the server has now
}

void DraftsView::onModelReset()
{
    const QString org = m_drafts ? m_drafts->organizationId() : QString();
    if (org != m_org) {
        // Another organization: what was selected or reported belongs to the old one.
        m_org = org;
        m_reselect.clear();
        showOrganizationState();
    }
    // MessageDrafts::setSource() leaves the model empty and idle: load it. (After reload() this
    // queued fetch finds the first page already on its way and does nothing.)
    if (m_model && !m_org.isEmpty() && m_model->itemRowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_preview->showDraft(nullptr);
    updateEmptyState();
}

void DraftsView::onPageLoaded()
{
    const int row = m_model ? m_model->rowOf(m_reselect) : -1;
    if (row < 0)
        return; // maybe on a later page; keep looking
    m_list->setCurrentIndex(m_grouped->mapFromSource(m_grouped->sourceModel()->index(row, 0)));
    m_reselect.clear();
}

void DraftsView::setTemplateSource(TemplateStore *store, const QString &agentName, const QString &companyName)
{
    m_templates = store;
    m_agentName = agentName;
    m_companyName = companyName;
}

const MessageDraft *DraftsView::currentDraft() const
{
    if (!m_model)
        return nullptr;
    return m_model->draft(m_grouped->mapToSource(m_list->currentIndex().row()));
}

void DraftsView::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (current.isValid() && m_grouped->isHeader(current.row())) {
        // Headers are labels: step over them in the direction the user was moving.
        const int step = previous.isValid() && previous.row() > current.row() ? -1 : 1;
        for (int pass = 0; pass < 2; ++pass) {
            const int dir = pass == 0 ? step : -step;
            for (int row = current.row() + dir; row >= 0 && row < m_grouped->rowCount(); row += dir) {
                if (m_grouped->flags(m_grouped->index(row)) & Qt::ItemIsSelectable) {
                    m_list->setCurrentIndex(m_grouped->index(row));
                    return;
                }
            }
        }
    }
    m_preview->showDraft(currentDraft());
    updateActions();
}

void DraftsView::onActivated(const QModelIndex &index)
{
    if (!m_model)
        return;
    if (PagedListModel::isErrorFooter(index)) {
        m_model->retry();
        return;
    }
    if (m_model->draft(m_grouped->mapToSource(index.row())))
        editCurrent();
}

void DraftsView::updateActions()
{
    const bool has = currentDraft() != nullptr;
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_new->setEnabled(!m_org.isEmpty());
    m_refresh->setEnabled(!m_org.isEmpty());
}

void DraftsView::updateEmptyState()
{
    const bool empty = m_model && m_model->itemRowCount() == 0
        && m_model->fetchState() == PagedListModel::FetchState::Complete && !m_org.isEmpty();
    m_empty->setVisible(empty);
    if (!currentDraft())
        m_preview->showDraft(nullptr);
    updateActions();
}

void DraftsView::refresh()
{
    if (!m_model || m_org.isEmpty())
        return;
    m_banner->hideBanner();
    if (const MessageDraft *d = currentDraft())
        m_reselect = d->draftId;
    m_model->reload();
}

ComposeWindow *DraftsView::newMessage()
{
    return !m_drafts || m_org.isEmpty() ? nullptr : openCompose(nullptr);
}

void DraftsView::editCurrent()
{
    if (const MessageDraft *d = currentDraft())
        openCompose(d);
}

ComposeWindow *DraftsView::openCompose(const MessageDraft *draft)
{
    auto *window = new ComposeWindow(m_drafts, m_journal, m_plugin ? m_plugin() : nullptr, this);
    window->setWindowFlag(Qt::Window, true);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model)
        window->addFolders(m_model->folders());
    if (m_templates)
        window->setTemplateSource(m_templates, m_agentName, m_companyName);
    if (draft)
        window->editDraft(*draft);
    Q_EMIT composeWindowOpened(window);
    window->show();
    return window;
}

void DraftsView::deleteCurrent()
{
    const MessageDraft *d = currentDraft();
    if (!d)
        return;
    const QString id = d->draftId;
    const QString subject = d->subject.trimmed().isEmpty() ? tr("(no subject)") : d->subject.simplified();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete draft"),
                                tr("Delete the draft \"%1\"?").arg(subject), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteDraft"));
    box->setTextFormat(Qt::PlainText); // the draft's subject, as typed
    box->setInformativeText(tr("It is deleted in HyperRep for everyone in the organization. This cannot be undone."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Delete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // What the page showed when it asked: after a switch the id means nothing to the new organization.
    const QPointer<MessageDrafts> drafts = m_drafts;
    const QString org = m_org;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id, drafts, org](QAbstractButton *clicked) {
        if (clicked != remove || !drafts || drafts != m_drafts || org != m_org)
            return;
        m_banner->hideBanner();
        drafts->deleteDraft(id);
    });
    box->open();
}

} // namespace repdesk
