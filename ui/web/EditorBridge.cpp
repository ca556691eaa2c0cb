#include "EditorBridge.h"

namespace repdesk {

EditorBridge::EditorBridge(QObject *parent) : QObject(parent) {}

QJsonObject EditorBridge::hello()
{
    return onHello ? onHello() : QJsonObject();
}

void EditorBridge::ready(int generation, const QString &html, int words)
{
    if (onReady)
        onReady(generation, html, words);
}

void EditorBridge::changed(int generation, const QString &html, int words)
{
    if (onChanged)
        onChanged(generation, html, words);
}

void EditorBridge::applied(int generation, const QString &html, int words)
{
    if (onApplied)
        onApplied(generation, html, words);
}

void EditorBridge::content(int requestId, int generation, const QString &html, int words)
{
    if (onContent)
        onContent(requestId, generation, html, words);
}

QString EditorBridge::sanitizePaste(const QString &html, const QString &text)
{
    return onSanitizePaste ? onSanitizePaste(html, text) : QString();
}

void EditorBridge::shortcut(const QString &name)
{
    if (onShortcut)
        onShortcut(name);
}

void EditorBridge::linkActivated(const QString &url)
{
    if (onLinkActivated)
        onLinkActivated(url);
}

} // namespace repdesk
