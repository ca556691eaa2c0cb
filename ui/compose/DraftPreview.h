#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedLayout;

namespace repdesk {

struct MessageDraft;

// The right side of the drafts page: subject, recipient, copies, folder and
// the body as plain text. The body goes through the sanitiser first and is
// never rendered as HTML here, so a hostile draft cannot load anything.
class DraftPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DraftPreview(QWidget *parent = nullptr);

    // Null shows the "select a draft" hint.
    void showDraft(const MessageDraft *draft);
    QString subjectText() const;
    QString recipientText() const;
    QString bodyText() const;

private:
    QStackedLayout *m_stack;
    QLabel *m_hint;
    QLabel *m_subject;
    QLabel *m_recipient;
    QLabel *m_copies;
    QLabel *m_meta;
    QPlainTextEdit *m_body;
};

} // namespace repdesk
