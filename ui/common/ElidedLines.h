#pragma once

#include <QString>

class QFont;

namespace repdesk {

// Text cut to at most N wrapped lines of a width, the last one ending in "…": for a
// label whose room is fixed by its neighbours (a dashboard tile's error), where a
// word-wrapped QLabel would be clipped half-way through a line instead. The lines
// are broken where QTextLayout breaks them and joined with '\n', so the label shows
// them as computed; the caller keeps the whole text for the tooltip and screen readers.
class ElidedLines
{
public:
    static QString fit(const QString &text, const QFont &font, int width, int maxLines);
};

} // namespace repdesk
