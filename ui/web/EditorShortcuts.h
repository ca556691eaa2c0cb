#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QKeyEvent;
class QWidget;

namespace repdesk {

// Save (Ctrl+S), send (Ctrl+Enter) and template (Ctrl+Shift+T) while focus is
// in the editor view. Not QShortcuts: hosts bind the same keys window-wide
// (ComposeWindow, ReplyPane) and two live QShortcuts on one key are ambiguous,
// so neither would fire. Instead the view claims the key through
// ShortcutOverride while the page is up, the key reaches the page, and its
// keydown handler flushes the pending edit and calls the bridge. A key that
// reaches the view itself (focus on the view, not on its page) is handled here.
class EditorShortcuts : public QObject
{
public:
    // `pageTakesKeys`: the page is up and will handle the keys it receives.
    EditorShortcuts(QWidget *view, std::function<bool()> pageTakesKeys, std::function<void(const QString &)> trigger);

    // "save", "send", "template", or empty.
    static QString actionFor(const QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<bool()> m_pageTakesKeys;
    std::function<void(const QString &)> m_trigger;
};

} // namespace repdesk
