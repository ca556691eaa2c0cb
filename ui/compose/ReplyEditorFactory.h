#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace repdesk {

class ReplyEditor;
class WebViewsPlugin;

// The one place that picks an editor: the WebEngine editor from the plugin
// when it is loaded, else PlainReplyEditor. Either way the editor gets the
// allowlist sanitiser in its editor mode (remote images dropped), so nothing
// pasted or loaded carries scripts or trackers into a draft.
class ReplyEditorFactory
{
public:
    // pluginOrNull may be null. The editor's widget() is parented to `parent`.
    static std::unique_ptr<ReplyEditor> create(WebViewsPlugin *pluginOrNull, QWidget *parent);
    static QString sanitizeForEditor(const QString &html);
};

} // namespace repdesk
