#include "compose/TemplatesSettingsPage.h"

#include "ReplyTemplate.h"
#include "TemplateStore.h"
#include "settings/SettingsDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace repdesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int BodyRole = Qt::UserRole + 2;
constexpr int DirtyRole = Qt::UserRole + 3;
} // namespace

TemplatesSettingsPage::TemplatesSettingsPage(TemplateStore *store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)),
      m_body(new QTextEdit(this)),
      m_hint(new QLabel(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_delete(new QPushButton(tr("&Delete…"), this)),
      m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("templatesPage"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setMinimumWidth(150);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setAccessibleName(tr("Template name"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Template body, HTML"));
    // The body is HTML source: edited as text so what is saved is exactly what was typed.
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QTextEdit::WidgetWidth);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_body->setFont(mono);
    m_hint->setObjectName(QStringLiteral("placeholderHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("HTML, for example <p>Hi {contact.first_name},</p>. Placeholders: {contact.name}, "
                       "{contact.first_name}, {agent.name}, {company.name}."));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(m_hint->text());
    m_add->setObjectName(QStringLiteral("addTemplate"));
    m_add->setAccessibleName(tr("Add a template"));
    m_delete->setObjectName(QStringLiteral("deleteTemplate"));
    m_delete->setAccessibleName(tr("Delete the selected template"));
    m_save->setObjectName(QStringLiteral("saveTemplates"));
    m_save->setAccessibleName(tr("Save templates"));
    for (QPushButton *b : {m_add, m_delete, m_save})
        b->setAutoDefault(false);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(QString(), m_hint);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addLayout(saveRow);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_delete);
    setTabOrder(m_delete, m_name);
    setTabOrder(m_name, m_body);
    setTabOrder(m_body, m_save);

    connect(m_list, &QListWidget::currentItemChanged, this, &TemplatesSettingsPage::showCurrent);
    connect(m_name, &QLineEdit::textEdited, this, &TemplatesSettingsPage::storeEdits);
    connect(m_body, &QTextEdit::textChanged, this, &TemplatesSettingsPage::storeEdits);
    connect(m_add, &QPushButton::clicked, this, &TemplatesSettingsPage::addTemplate);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesSettingsPage::deleteTemplate);
    connect(m_save, &QPushButton::clicked, this, &TemplatesSettingsPage::save);
    if (m_store) {
        connect(m_store, &TemplateStore::changed, this, [this] {
            // Another window changed the store; only follow it when nothing here would be lost.
            if (!m_saving && !hasUnsavedChanges())
                reload(m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0);
        });
    }
    reload();
}

TemplatesSettingsPage *TemplatesSettingsPage::addTo(SettingsDialog *dialog, TemplateStore *store)
{
    auto *page = new TemplatesSettingsPage(store);
    dialog->addPage(page, tr("Templates"));
    connect(dialog, &QDialog::accepted, page, &TemplatesSettingsPage::save);
    return page;
}

void TemplatesSettingsPage::reload(qint64 selectId)
{
    m_loading = true;
    m_list->clear();
    QListWidgetItem *select = nullptr;
    const QList<ReplyTemplate> templates = m_store ? m_store->templates() : QList<ReplyTemplate>();
    for (const ReplyTemplate &t : templates) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(IdRole, t.id);
        item->setData(BodyRole, t.bodyHtml);
        item->setData(DirtyRole, false);
        if (t.id == selectId)
            select = item;
    }
    m_loading = false;
    m_list->setCurrentItem(select ? select : m_list->item(0));
    showCurrent();
}

void TemplatesSettingsPage::showCurrent()
{
    if (m_loading)
        return;
    QListWidgetItem *item = m_list->currentItem();
    m_loading = true;
    m_name->setText(item ? item->text() : QString());
    m_body->setPlainText(item ? item->data(BodyRole).toString() : QString());
    m_loading = false;
    updateButtons();
}

void TemplatesSettingsPage::storeEdits()
{
    QListWidgetItem *item = m_list->currentItem();
    if (m_loading || !item)
        return;
    item->setText(m_name->text());
    item->setData(BodyRole, m_body->toPlainText());
    item->setData(DirtyRole, true);
    updateButtons();
}

void TemplatesSettingsPage::updateButtons()
{
    const bool has = m_list->currentItem() != nullptr;
    m_name->setEnabled(has);
    m_body->setEnabled(has);
    m_delete->setEnabled(has);
    m_save->setEnabled(hasUnsavedChanges());
}

bool TemplatesSettingsPage::hasUnsavedChanges() const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(DirtyRole).toBool())
            return true;
    return false;
}

void TemplatesSettingsPage::addTemplate()
{
    auto *item = new QListWidgetItem(tr("New template"), m_list);
    item->setData(IdRole, qint64(0));
    item->setData(BodyRole, tr("<p>Hi {contact.first_name},</p>\n<p></p>\n<p>{agent.name}</p>"));
    item->setData(DirtyRole, true);
    m_list->setCurrentItem(item);
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void TemplatesSettingsPage::save()
{
    if (!m_store)
        return;
    m_saving = true;
    qint64 currentId = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(DirtyRole).toBool()) {
            ReplyTemplate t;
            t.id = item->data(IdRole).toLongLong();
            t.name = item->text().trimmed().isEmpty() ? tr("Untitled template") : item->text().trimmed();
            t.bodyHtml = item->data(BodyRole).toString();
            item->setData(IdRole, m_store->save(t));
            item->setData(DirtyRole, false);
        }
        if (item == m_list->currentItem())
            currentId = item->data(IdRole).toLongLong();
    }
    m_saving = false;
    reload(currentId); // the store orders by name, and may have renamed an untitled one
}

void TemplatesSettingsPage::deleteTemplate()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (item->data(IdRole).toLongLong() == 0) {
        removeItem(item);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete template"),
                                tr("Delete the template \"%1\"?").arg(item->text()), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteTemplate"));
    box->setTextFormat(Qt::PlainText); // the template's name, as typed
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setAccessibleName(tr("Delete"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = item->data(IdRole).toLongLong();
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton *button) {
        if (button != remove || !m_store)
            return;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(IdRole).toLongLong() == id) {
                removeItem(m_list->item(i));
                break;
            }
        }
        m_saving = true; // keep unsaved edits of other templates through the store's changed()
        m_store->remove(id);
        m_saving = false;
    });
    box->open();
}

void TemplatesSettingsPage::removeItem(QListWidgetItem *item)
{
    delete m_list->takeItem(m_list->row(item));
    showCurrent();
}

} // namespace repdesk
