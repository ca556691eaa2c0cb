#pragma once

#include "ConversationQuery.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace repdesk {

struct Agent;

// The inbox's server-side filters and ordering, for accounts whose provider
// has ConversationQueries (Fernand): status, assignee (anyone, unassigned or an
// agent: pick yourself for "assigned to me", since no route says whose key it
// is), a tag, words, and the order. A change is a new query for the session;
// typed fields apply on Enter, so each key is not a request out of a small budget.
class ConversationQueryBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationQueryBar(QWidget *parent = nullptr);

    void setQuery(const ConversationQuery &query);
    ConversationQuery query() const;
    void setAgents(const QList<Agent> &agents);
    // Ctrl+Shift+F: the keyboard lands on the first filter.
    void focusFirst();

    QComboBox *statusField() const { return m_status; }
    QComboBox *assigneeField() const { return m_assignee; }
    QComboBox *orderField() const { return m_order; }
    QLineEdit *tagField() const { return m_tag; }
    QLineEdit *wordsField() const { return m_words; }

Q_SIGNALS:
    void queryChanged(const repdesk::ConversationQuery &query);

private:
    void emitIfChanged();

    QComboBox *m_status;
    QComboBox *m_assignee;
    QLineEdit *m_tag;
    QLineEdit *m_words;
    QComboBox *m_order;
    QToolButton *m_clear;
    QTimer *m_settle; // arrowing through a list asks once, when it stops
    ConversationQuery m_last;
    bool m_setting = false;
};

} // namespace repdesk
