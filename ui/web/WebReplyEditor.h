#pragma once

#include "webapi/ReplyEditor.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <map>

class QWebEngineProfile;
class QWebEngineView;

namespace repdesk {

class EditorBridge;
class EditorPage;

// ReplyEditor on one QWebEngineView showing resources/editor/editor.html.
// The page and C++ talk over a QWebChannel in an isolated script world: the
// page reports edits (debounced), the host's calls go to the page as bridge
// signals, in order. Until the page said hello, content and options are kept
// here and handed over in one answer. Content generations make late reports
// about replaced content harmless. Besides edits, onChanged also fires (with
// dirty=false) once a setHtml() has reached the page, so word counts follow.
// Links open on Ctrl+click while editing (a plain click places the caret) and
// on a plain click when read-only; either way only through onLinkActivated.
//
// The page, channel and interceptor are children of the view; deleting this
// deletes the view. Delete it before QApplication: its page must go before
// the plugin's profile.
class WebReplyEditor final : public ReplyEditor
{
public:
    WebReplyEditor(QWebEngineProfile *profile, QWidget *parent);
    ~WebReplyEditor() override;

    QWidget *widget() override;
    void setHtml(const QString &html) override;
    QString html() const override { return m_html; }
    void requestHtml(std::function<void(const QString &html)> callback) override;
    bool isDirty() const override { return m_dirty; }
    void markClean() override;
    int wordCount() const override { return m_words; }
    bool isReady() const override { return m_ready; }
    void insertHtml(const QString &html) override;
    void execCommand(const QString &command) override;
    void focusEditor() override;
    void setPlaceholder(const QString &text) override;
    void setReadOnly(bool readOnly) override;
    void setColors(const QString &window, const QString &text, const QString &base, const QString &highlight,
                   const QString &mid) override;

    // Escaped paragraphs (blank lines) and <br>s.
    static QString plainTextToHtml(const QString &text);

private:
    void connectBridge();
    QJsonObject hello();
    void setOption(const QString &key, const QJsonValue &value);
    QString sanitized(const QString &html) const;
    QString sanitizedPaste(const QString &html, const QString &text) const;
    void pageReady(int generation, const QString &html, int words);
    void pageChanged(int generation, const QString &html, int words, bool edited);
    void pageContent(int requestId, int generation, const QString &html, int words);
    void triggerShortcut(const QString &name);
    void dispatchShortcut(const QString &name);
    void activateLink(const QUrl &url);
    void rendererGone();

    QPointer<QWebEngineView> m_view;
    EditorPage *m_page = nullptr;
    EditorBridge *m_bridge = nullptr;
    // hello() was answered: from then on every call goes straight to the page.
    bool m_channelUp = false;
    bool m_ready = false;
    int m_generation = 0;
    QString m_html;
    int m_words = 0;
    bool m_dirty = false;
    // Held back until hello().
    bool m_contentPending = false;
    QStringList m_pendingInserts;
    bool m_focusPending = false;
    QJsonObject m_options;
    std::map<int, std::function<void(const QString &)>> m_requests;
    int m_lastRequest = 0;
    int m_reloads = 0;
};

} // namespace repdesk
