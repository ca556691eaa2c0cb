#pragma once

#include <QWidget>

class QFrame;
class QLabel;

namespace repdesk {

class ErrorBanner;

// One titled block of the contact panel. It is always in exactly one of four
// states, so a section can never show a spinner and stale content at once.
class PanelSection : public QWidget
{
    Q_OBJECT
public:
    enum class State { Loading, Error, Empty, Content };

    explicit PanelSection(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    // A rule above the title; off for the first section of a panel.
    void setSeparatorVisible(bool visible);
    // The section takes ownership of content; it is visible in the Content state only.
    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }

    void showLoading();
    void showError(const QString &message, bool retryable = true);
    void showEmpty(const QString &text);
    void showContent();

    State state() const { return m_state; }
    // The loading, error or empty text currently on display; empty in the Content state.
    QString statusText() const;
    ErrorBanner *errorBanner() const { return m_error; }

Q_SIGNALS:
    void retryRequested();

private:
    void setState(State state);

    QFrame *m_separator;
    QLabel *m_title;
    QLabel *m_status;
    ErrorBanner *m_error;
    QWidget *m_content = nullptr;
    State m_state = State::Empty;
};

} // namespace repdesk
