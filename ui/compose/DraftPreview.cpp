#include "compose/DraftPreview.h"

#include "HtmlSanitizer.h"
#include "MessageDraft.h"
#include "MessageDraftListModel.h"
#include "RelativeTime.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace repdesk {

namespace {
QLabel *selectableLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

DraftPreview::DraftPreview(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedLayout(this)),
      m_hint(new QLabel(tr("Select a draft to see it here."), this)),
      m_subject(selectableLabel("previewSubject", this)),
      m_recipient(selectableLabel("previewRecipient", this)),
      m_copies(selectableLabel("previewCopies", this)),
      m_meta(selectableLabel("previewMeta", this)),
      m_body(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Draft preview"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setAccessibleName(m_hint->text());
    QFont big = m_subject->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_subject->setFont(big);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_copies->setForegroundRole(QPalette::PlaceholderText);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setReadOnly(true);
    m_body->setAccessibleName(tr("Draft text"));
    m_body->setTabChangesFocus(true);
    m_body->setFrameShape(QFrame::NoFrame);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_subject);
    layout->addWidget(m_recipient);
    layout->addWidget(m_copies);
    layout->addWidget(m_meta);
    layout->addWidget(m_body, 1);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(page);
    showDraft(nullptr);
}

void DraftPreview::showDraft(const MessageDraft *d)
{
    if (!d) {
        m_stack->setCurrentIndex(0);
        m_subject->clear();
        m_recipient->clear();
        m_body->clear();
        return;
    }
    const bool text = d->modalityKind() == Modality::Text;
    m_subject->setText(d->subject.trimmed().isEmpty() ? tr("(no subject)") : d->subject.simplified());
    QString to = d->recipientName;
    const QString address = text ? d->recipientPhoneNumber : d->recipientEmail;
    if (to.isEmpty())
        to = address;
    else if (!address.isEmpty())
        to = tr("%1 <%2>").arg(to, address);
    m_recipient->setText(to.isEmpty() ? tr("No recipient") : tr("To: %1").arg(to));
    QStringList copies;
    if (!d->ccEmails.isEmpty())
        copies << tr("Cc: %1").arg(d->ccEmails.join(QStringLiteral(", ")));
    if (!d->bccEmails.isEmpty())
        copies << tr("Bcc: %1").arg(d->bccEmails.join(QStringLiteral(", ")));
    m_copies->setText(copies.join(QLatin1Char('\n')));
    m_copies->setVisible(!copies.isEmpty());
    QString meta = tr("%1 · folder %2 · created %3")
                       .arg(text ? tr("Text message") : tr("Email"),
                            MessageDraftListModel::folderDisplayName(MessageDraftListModel::folderOf(*d)),
                            RelativeTime::full(d->createdAt));
    if (d->isScheduled())
        meta += QLatin1Char('\n') + tr("Queued to send %1").arg(RelativeTime::full(d->scheduledSendAt));
    m_meta->setText(meta);
    m_body->setPlainText(HtmlSanitizer::toPlainText(HtmlSanitizer::sanitize(d->bodyHtml).html));
    for (QLabel *label : {m_subject, m_recipient, m_copies, m_meta})
        label->setAccessibleName(label->text());
    m_stack->setCurrentIndex(1);
}

QString DraftPreview::subjectText() const { return m_subject->text(); }
QString DraftPreview::recipientText() const { return m_recipient->text(); }
QString DraftPreview::bodyText() const { return m_body->toPlainText(); }

} // namespace repdesk
