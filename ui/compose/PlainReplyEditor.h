#pragma once

#include "webapi/ReplyEditor.h"

#include <QPointer>

class QTextEdit;

namespace repdesk {

// The reply editor when the WebEngine plugin is missing or failed to load: a
// QTextEdit behind the same ReplyEditor interface, so compose and reply code
// never branch on which editor they got. Everything that enters (setHtml,
// paste, drop, insertHtml) and everything that leaves (html()) goes through
// `sanitize`, like the web editor. Callbacks run synchronously after each
// edit; requestHtml() answers on the next event-loop turn, as the page does.
class PlainReplyEditor : public ReplyEditor
{
public:
    explicit PlainReplyEditor(QWidget *parent);
    ~PlainReplyEditor() override;

    QWidget *widget() override;
    void setHtml(const QString &html) override;
    QString html() const override;
    void requestHtml(std::function<void(const QString &html)> callback) override;
    bool isDirty() const override { return m_dirty; }
    void markClean() override { m_dirty = false; }
    int wordCount() const override;
    bool isReady() const override { return true; }
    void insertHtml(const QString &html) override;
    void execCommand(const QString &command) override;
    void focusEditor() override;
    void setPlaceholder(const QString &text) override;
    void setReadOnly(bool readOnly) override;
    void setColors(const QString &window, const QString &text, const QString &base,
                   const QString &highlight, const QString &mid) override;

    QTextEdit *textEdit() const;

private:
    void handleTextChanged();
    // Ctrl+S, Ctrl+Enter and Ctrl+Shift+T, routed to the callbacks; true if consumed.
    bool handleShortcut(int key, Qt::KeyboardModifiers modifiers, bool dispatch);
    QString clean(const QString &html) const;

    QPointer<QTextEdit> m_edit;
    mutable QString m_htmlCache;
    mutable bool m_htmlStale = true;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace repdesk
