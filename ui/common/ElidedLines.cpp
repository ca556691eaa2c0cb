#include "common/ElidedLines.h"

#include <QFontMetrics>
#include <QStringList>
#include <QTextLayout>

namespace repdesk {

QString ElidedLines::fit(const QString &text, const QFont &font, int width, int maxLines)
{
    if (width <= 0 || maxLines < 1 || text.isEmpty())
        return text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    int rest = -1; // where the text that does not fit in the first maxLines - 1 lines starts
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            rest = line.textStart();
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (rest < 0)
        return text; // it fits as it is
    const QString last = text.mid(rest).simplified();
    const QFontMetrics metrics(font);
    if (lines.isEmpty() && metrics.horizontalAdvance(last) <= width)
        return text;
    lines << metrics.elidedText(last, Qt::ElideRight, width);
    return lines.join(QLatin1Char('\n'));
}

} // namespace repdesk
