#include "review/ReviewShortcuts.h"

#include <QCoreApplication>

namespace repdesk {

QList<ShortcutInfo> ReviewShortcuts::all()
{
    const auto t = [](const char *s) { return QCoreApplication::translate("ReviewShortcuts", s); };
    return {
        {t("Up / Down, K / J"), t("Review: previous / next draft")},
        {t("Ctrl+Enter"), t("Review: approve and send the draft as shown, then show the next")},
        {t("Enter, E"), t("Review: edit the draft in place")},
        {t("Esc"), t("Review: back to the queue (from the editor or a field); in the queue, hide the changes")},
        {t("Ctrl+S"), t("Review: save the draft on the server without sending it")},
        {t("Ctrl+Delete"), t("Review: discard the draft, then show the next (in the editor it deletes a word: Esc first)")},
        {t("Ctrl+Z, U"), t("Review: undo the last approve or discard while its bar shows (nothing is sent)")},
        {t("S"), t("Review: skip the draft for now (it moves to the end of the queue)")},
        {t("D, Alt+G"), t("Review: show or hide the changes against HyperRep's proposal")},
        {t("F5"), t("Review: look for new drafts now")},
    };
}

} // namespace repdesk
