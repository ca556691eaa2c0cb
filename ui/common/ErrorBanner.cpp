#include "common/ErrorBanner.h"

#include "ErrorLog.h"
#include "common/ThemeColors.h"
#include "common/ThemedIcon.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace repdesk {

namespace {

// A QFrame reads as "Border" to screen readers; the banner is an alert.
QAccessibleInterface *bannerAccessible(const QString &, QObject *object)
{
    if (auto *banner = qobject_cast<ErrorBanner *>(object))
        return new QAccessibleWidget(banner, QAccessible::AlertMessage);
    return nullptr;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("Retry"), this)),
      m_close(new QToolButton(this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(bannerAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setFrameShape(QFrame::NoFrame);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);

    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setToolTip(tr("Try again"));
    ThemedIcon::apply(m_close, ThemedIcon::get(QStringLiteral("window-close"), QStyle::SP_TitleBarCloseButton, this),
                      tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    // Room on the left for the accent stripe painted in paintEvent().
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });

    updateIcon();
    hide();
}

void ErrorBanner::showMessage(const QString &text, Kind kind, bool retryable, const QString &actionText)
{
    // A custom action renames the button for this message only; the owner's
    // own name for Retry ("Retry: Contact") comes back with the next plain message.
    if (!actionText.isEmpty()) {
        if (m_plainRetryName.isNull())
            m_plainRetryName = m_retry->accessibleName();
        m_retry->setText(actionText);
        m_retry->setAccessibleName(QString(actionText).remove(QLatin1Char('&')));
    } else if (!m_plainRetryName.isNull()) {
        m_retry->setText(tr("Retry"));
        m_retry->setAccessibleName(std::exchange(m_plainRetryName, QString()));
    }
    const bool kindChanged = kind != m_kind;
    m_kind = kind;
    if (kind == Kind::Error) // for Help > Copy diagnostics; the log masks any key in it
        ErrorLog::instance().record(QStringLiteral("banner"), text);
    m_text->setText(text);
    m_retry->setVisible(retryable);
    m_close->setVisible(m_dismissible);
    setAccessibleName(text);
    switch (kind) {
    case Kind::Error:
        setAccessibleDescription(tr("Error"));
        break;
    case Kind::Warning:
        setAccessibleDescription(tr("Warning"));
        break;
    case Kind::Info:
        setAccessibleDescription(tr("Information"));
        break;
    }
    if (kindChanged)
        updateIcon();
    show();
    update();
    // Screen readers announce alerts without moving focus away from the user's work.
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ErrorBanner::hideBanner()
{
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

bool ErrorBanner::isRetryable() const
{
    return !m_retry->isHidden();
}

void ErrorBanner::setDismissible(bool dismissible)
{
    m_dismissible = dismissible;
    m_close->setVisible(dismissible);
}

void ErrorBanner::updateIcon()
{
    QIcon icon;
    switch (m_kind) {
    case Kind::Error:
        icon = ThemedIcon::get(QStringLiteral("dialog-error"), QStyle::SP_MessageBoxCritical, this);
        break;
    case Kind::Warning:
        icon = ThemedIcon::get(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning, this);
        break;
    case Kind::Info:
        icon = ThemedIcon::get(QStringLiteral("dialog-information"), QStyle::SP_MessageBoxInformation, this);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

QColor ErrorBanner::accentColor() const
{
    switch (m_kind) {
    case Kind::Error:
        return ThemeColors::errorAccent(palette());
    case Kind::Warning:
        return ThemeColors::warningAccent(palette());
    case Kind::Info:
        break;
    }
    return palette().color(QPalette::Highlight);
}

void ErrorBanner::paintEvent(QPaintEvent *)
{
    // Only the tint is ours; the text keeps the palette's WindowText, which
    // stays readable because the background moves only a little off Window.
    const QColor accent = accentColor();
    const QColor window = palette().color(QPalette::Window);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(ThemeColors::mix(window, accent, 0.55), 1));
    painter.setBrush(ThemeColors::mix(window, accent, ThemeColors::isDark(palette()) ? 0.22 : 0.12));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 4, box.height()), 2, 2);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
        update();
    }
}

void ErrorBanner::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dismissible) {
        hide();
        Q_EMIT dismissed();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace repdesk
