#pragma once

#include "AgentDrafts.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace repdesk {

struct Agent;
class FieldErrorLabel;

// "New draft for a colleague" (Conversation menu, providers with AgentDrafts):
// a title, who it is from, whom it is for and the text, created once through
// AgentDrafts. When the server may or may not have taken it, the dialog keeps
// everything typed and asks before it sends again.
class AgentDraftDialog : public QDialog
{
    Q_OBJECT
public:
    AgentDraftDialog(AgentDrafts *drafts, const QList<Agent> &agents, const QString &conversationId,
                     QWidget *parent = nullptr);

    // For tests and the accessibility tree.
    QString problem() const;
    QLineEdit *titleField() const { return m_title; }
    QComboBox *authorField() const { return m_author; }
    QComboBox *targetField() const { return m_target; }
    QPlainTextEdit *textField() const { return m_text; }
    QPushButton *createButton() const { return m_create; }
    void setAgents(const QList<Agent> &agents);

Q_SIGNALS:
    void created(const repdesk::AgentDraft &draft);

public Q_SLOTS:
    void reject() override;

private:
    void submit();
    void onFailed(AgentDrafts::Failure failure, const QString &message);
    void setBusy(bool busy);

    QPointer<AgentDrafts> m_drafts;
    QString m_conversationId;
    QLineEdit *m_title;
    QComboBox *m_author;
    QComboBox *m_target;
    QPlainTextEdit *m_text;
    FieldErrorLabel *m_authorError;
    FieldErrorLabel *m_textError;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    bool m_waiting = false;
};

} // namespace repdesk
