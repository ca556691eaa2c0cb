#include "review/ReviewShortcuts.h"

#include <QCoreApplication>

namespace repdesk {

QList<ShortcutInfo> ReviewShortcuts::all()
{
    // Literals wrapped in QT_TRANSLATE_NOOP so lupdate sees them through the lambda.
    const auto t = [](const char *s) { return QCoreApplication::translate("ReviewShortcuts", s); };
    return {
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Up / Down, K / J")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: previous / next draft"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Ctrl+Enter")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: approve and send the draft as shown, then show the next"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Enter, E")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: edit the draft in place"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Esc")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: back to the queue (from the editor or a field); in the queue, hide the changes"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Ctrl+S")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: save the draft on the server without sending it"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Ctrl+Delete")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: discard the draft, then show the next (in the editor it deletes a word: Esc first)"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Ctrl+Z, U")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: undo the last approve or discard while its bar shows (nothing is sent)"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "S")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: skip the draft for now (it moves to the end of the queue)"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "D, Alt+G")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: show or hide the changes against HyperRep's proposal"))},
        {t(QT_TRANSLATE_NOOP("ReviewShortcuts", "F5")), t(QT_TRANSLATE_NOOP("ReviewShortcuts", "Review: look for new drafts now"))},
    };
}

} // namespace repdesk
