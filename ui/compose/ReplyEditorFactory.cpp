#include "compose/ReplyEditorFactory.h"

#include "HtmlSanitizer.h"
#include "compose/PlainReplyEditor.h"
#include "webapi/ReplyEditor.h"
#include "webapi/WebViewsPlugin.h"

namespace repdesk {

QString ReplyEditorFactory::sanitizeForEditor(const QString &html)
{
    SanitizeOptions options;
    options.forEditor = true;
    return HtmlSanitizer::sanitize(html, options).html;
}

std::unique_ptr<ReplyEditor> ReplyEditorFactory::create(WebViewsPlugin *pluginOrNull, QWidget *parent)
{
    std::unique_ptr<ReplyEditor> editor;
    if (pluginOrNull)
        editor.reset(pluginOrNull->createReplyEditor(parent));
    if (!editor)
        editor = std::make_unique<PlainReplyEditor>(parent);
    editor->sanitize = &ReplyEditorFactory::sanitizeForEditor;
    return editor;
}

} // namespace repdesk
