#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace repdesk {

// A dismissible bar above a pane: icon, wrapped text, optional Retry, close.
// Its tint is mixed from the palette so it stays readable in light and dark
// themes. Hidden until showMessage(); Retry hides it too, since the owner
// shows it again if the retry fails.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };

    explicit ErrorBanner(QWidget *parent = nullptr);

    // `actionText` relabels the Retry button for this message ("Sign in again"); empty keeps "Retry".
    void showMessage(const QString &text, Kind kind = Kind::Error, bool retryable = true,
                     const QString &actionText = {});
    void hideBanner();
    QString text() const;
    Kind kind() const { return m_kind; }
    bool isRetryable() const;

    // Inline banners (inside a section that has nothing else to show) drop
    // the close button: dismissing would leave an empty section.
    void setDismissible(bool dismissible);
    bool isDismissible() const { return m_dismissible; }

    QPushButton *retryButton() const { return m_retry; }
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void retryRequested();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateIcon();
    QColor accentColor() const;

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
    bool m_dismissible = true;
    QString m_plainRetryName; // null unless a custom action replaced the button's name
};

} // namespace repdesk
