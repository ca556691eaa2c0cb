#include "compose/TemplatePicker.h"

#include "HtmlSanitizer.h"
#include "ReplyTemplate.h"
#include "TemplateStore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

namespace {
constexpr int BodyRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;
} // namespace

TemplatePicker::TemplatePicker(TemplateStore *store, const QHash<QString, QString> &values, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_values(values),
      m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_preview(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_insert(nullptr)
{
    setWindowTitle(tr("Insert template"));
    setAccessibleName(tr("Insert template"));
    setObjectName(QStringLiteral("templatePicker"));

    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("templateFilter"));
    m_filter->setAccessibleName(tr("Filter templates"));
    m_filter->setPlaceholderText(tr("Type to filter by name or text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setUniformItemSizes(true);

    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 3);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setAccessibleName(tr("Template preview"));

    m_empty->setObjectName(QStringLiteral("templatesEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No templates yet. Add saved replies in Settings, Templates."));
    m_empty->setAccessibleName(m_empty->text());
    m_empty->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_insert = buttons->addButton(tr("&Insert"), QDialogButtonBox::AcceptRole);
    m_insert->setObjectName(QStringLiteral("insertButton"));
    m_insert->setAccessibleName(tr("Insert the selected template"));
    m_insert->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    setTabOrder(m_filter, m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePicker::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &TemplatePicker::updatePreview);
    connect(m_list, &QListWidget::itemActivated, this, &TemplatePicker::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplatePicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplatePicker::reject);
    if (m_store)
        connect(m_store, &TemplateStore::changed, this, &TemplatePicker::reload);
    reload();
    resize(420, 360);
    m_filter->setFocus(Qt::PopupFocusReason);
}

QString TemplatePicker::pick(TemplateStore *store, const QHash<QString, QString> &values, QWidget *parent)
{
    TemplatePicker picker(store, values, parent);
    return picker.exec() == QDialog::Accepted ? picker.expandedHtml() : QString();
}

void TemplatePicker::reload()
{
    m_list->clear();
    const QList<ReplyTemplate> templates = m_store ? m_store->templates() : QList<ReplyTemplate>();
    for (const ReplyTemplate &t : templates) {
        const QString text = HtmlSanitizer::toPlainText(t.bodyHtml);
        auto *item = new QListWidgetItem(t.name.isEmpty() ? tr("(untitled)") : t.name, m_list);
        item->setData(BodyRole, t.bodyHtml);
        item->setData(SearchRole, (t.name + QLatin1Char(' ') + text).toCaseFolded());
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(item->text(), text.left(120)));
        item->setToolTip(text.left(300));
    }
    m_empty->setVisible(templates.isEmpty());
    m_list->setVisible(!templates.isEmpty());
    applyFilter(m_filter->text());
}

void TemplatePicker::applyFilter(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->data(SearchRole).toString();
        bool match = true;
        for (const QString &w : words)
            match = match && haystack.contains(w);
        item->setHidden(!match);
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible());
    updatePreview();
}

QListWidgetItem *TemplatePicker::firstVisible() const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            return m_list->item(i);
    return nullptr;
}

void TemplatePicker::updatePreview()
{
    QListWidgetItem *item = m_list->currentItem();
    const bool usable = item && !item->isHidden();
    m_insert->setEnabled(usable);
    const QString text = usable
        ? HtmlSanitizer::toPlainText(TemplateStore::expand(item->data(BodyRole).toString(), m_values), 400)
        : (m_list->count() > 0 ? tr("No template matches the filter.") : QString());
    m_preview->setText(text);
    m_preview->setAccessibleDescription(text);
}

bool TemplatePicker::eventFilter(QObject *watched, QEvent *event)
{
    // The filter keeps focus while Up/Down/PageUp/PageDown walk the list, like a command palette.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplatePicker::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    m_result = TemplateStore::expand(item->data(BodyRole).toString(), m_values);
    Q_EMIT templateChosen(m_result);
    QDialog::accept();
}

} // namespace repdesk
