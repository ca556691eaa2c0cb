#pragma once

#include <QObject>

#include <functional>

class QPalette;
class QWidget;

namespace repdesk {

class ReplyEditor;
class ThreadDisplay;

// Keeps a web view (the thread display, a reply or compose editor) in the colours of the widgets
// around it. The WebEngine plugin cannot read the palette itself in a way that follows a change
// (its pages take colours as CSS), so the host hands them over: once now, and again whenever the
// view's palette changes (the application's palette switched to dark, Settings > Appearance, a
// platform theme change). Always the Active group's colours: a disabled pane would otherwise hand
// its page the greyed-out ones. Lives as a child of the view's widget, so it goes with it.
class WebPalette : public QObject
{
    Q_OBJECT
public:
    static void follow(ReplyEditor *editor);
    static void follow(ThreadDisplay *display);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Apply = std::function<void(const QString &window, const QString &text, const QString &base,
                                     const QString &highlight, const QString &mid)>;
    // Both kinds of view take their colours through the same setColors(): one body for both.
    template<typename View>
    static void followView(View *view);
    WebPalette(QWidget *view, Apply apply);
    void apply(const QPalette &palette) const;

    Apply m_apply;
};

} // namespace repdesk
