#include "inbox/contact/PanelSection.h"

#include "common/ErrorBanner.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

PanelSection::PanelSection(const QString &title, QWidget *parent)
    : QWidget(parent), m_separator(new QFrame(this)), m_title(new QLabel(title, this)), m_status(new QLabel(this)), m_error(new ErrorBanner(this))
{
    setAccessibleName(title);
    m_separator->setFrameShape(QFrame::HLine);
    m_separator->setFrameShadow(QFrame::Sunken);

    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(title);

    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_error->setDismissible(false);
    // Four sections can fail at once: each Retry must say what it retries.
    m_error->retryButton()->setAccessibleName(tr("Retry: %1").arg(title));
    connect(m_error, &ErrorBanner::retryRequested, this, &PanelSection::retryRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_separator);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    setState(State::Empty);
}

QString PanelSection::title() const
{
    return m_title->text();
}

void PanelSection::setSeparatorVisible(bool visible)
{
    m_separator->setVisible(visible);
}

void PanelSection::setContent(QWidget *content)
{
    delete m_content;
    m_content = content;
    if (content) {
        content->setParent(this);
        static_cast<QVBoxLayout *>(layout())->addWidget(content);
        content->setVisible(m_state == State::Content);
    }
}

void PanelSection::showLoading()
{
    m_status->setText(tr("Loading…"));
    setState(State::Loading);
}

void PanelSection::showError(const QString &message, bool retryable)
{
    m_error->showMessage(message, ErrorBanner::Kind::Error, retryable);
    setState(State::Error);
}

void PanelSection::showEmpty(const QString &text)
{
    m_status->setText(text);
    setState(State::Empty);
}

void PanelSection::showContent()
{
    setState(State::Content);
}

QString PanelSection::statusText() const
{
    switch (m_state) {
    case State::Loading:
    case State::Empty:
        return m_status->text();
    case State::Error:
        return m_error->text();
    case State::Content:
        break;
    }
    return {};
}

void PanelSection::setState(State state)
{
    m_state = state;
    m_status->setVisible(state == State::Loading || state == State::Empty);
    m_status->setAccessibleName(m_status->text());
    if (state != State::Error)
        m_error->hideBanner();
    if (m_content)
        m_content->setVisible(state == State::Content);
}

} // namespace repdesk
