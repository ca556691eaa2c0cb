#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace repdesk {

// The HTML reply editor as the host sees it: a contenteditable page in the
// WebEngine plugin, talking to C++ over QWebChannel. Not a QObject for the
// same reason as ThreadDisplay (no meta-object duplicated across the plugin).
class ReplyEditor
{
public:
    virtual ~ReplyEditor() = default;

    virtual QWidget *widget() = 0;
    // Replaces the content (passed through `sanitize` first), clears dirty and undo history.
    virtual void setHtml(const QString &html) = 0;
    // The latest HTML the page reported (updated on every change, debounced ~100 ms in the page).
    virtual QString html() const = 0;
    // Asks the page for its HTML now; the callback runs once with the current content.
    virtual void requestHtml(std::function<void(const QString &html)> callback) = 0;
    virtual bool isDirty() const = 0;
    virtual void markClean() = 0;
    virtual int wordCount() const = 0;
    virtual bool isReady() const = 0;
    // Inserts sanitised HTML at the caret (templates).
    virtual void insertHtml(const QString &html) = 0;
    // Runs a toolbar command: "bold", "italic", "underline", "insertUnorderedList",
    // "insertOrderedList", "createLink:<url>", "formatBlock:blockquote", "removeFormat", "undo", "redo".
    virtual void execCommand(const QString &command) = 0;
    virtual void focusEditor() = 0;
    virtual void setPlaceholder(const QString &text) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    virtual void setColors(const QString &window, const QString &text, const QString &base,
                           const QString &highlight, const QString &mid) = 0;

    // Set by the host. Every HTML that enters the editor (setHtml, paste, drop,
    // insertHtml) goes through it: the same allowlist sanitiser as incoming mail.
    std::function<QString(const QString &html)> sanitize;

    std::function<void()> onReady;                                         // page + channel up
    std::function<void(const QString &html, bool dirty, int words)> onChanged; // after each edit
    std::function<void()> onSaveRequested;      // Ctrl+S in the editor
    std::function<void()> onSendRequested;      // Ctrl+Enter in the editor
    std::function<void()> onTemplateRequested;  // Ctrl+Shift+T in the editor
    std::function<void(const QUrl &)> onLinkActivated;
};

} // namespace repdesk
