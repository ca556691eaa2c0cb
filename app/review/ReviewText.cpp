#include "ReviewText.h"

#include "HtmlSanitizer.h"
#include "ReplyText.h"

#include <QRegularExpression>

namespace repdesk {

namespace {
constexpr int kMaxScannedChars = 20000; // a preview never needs more of a long mail

// "Hi,", "Hello Maya,", "Dear Sir or Madam,": a row that showed only that would tell the reviewer
// nothing, so the line after a greeting stands for the message.
bool isGreeting(const QString &line)
{
    return line.size() <= 40 && (line.endsWith(QLatin1Char(',')) || line.endsWith(QLatin1Char(':')))
        && line.count(QLatin1Char(' ')) <= 3;
}

// The first non-empty line that is not a greeting; the greeting when nothing follows it.
QString firstTelling(const QStringList &lines)
{
    QString greeting;
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (!isGreeting(line))
            return line;
        if (greeting.isEmpty())
            greeting = line;
    }
    return greeting;
}

QString firstLineOf(const QString &content)
{
    QString text = content.left(kMaxScannedChars);
    if (text.contains(QLatin1Char('<'))) {
        // In HTML a source line break is a space; lines are made by <br> and block ends.
        static const QRegularExpression lineEnds(
            QStringLiteral("<\\s*br\\s*/?\\s*>|<\\s*/\\s*(p|div|li|h[1-6]|tr|blockquote|pre|table)\\s*>"),
            QRegularExpression::CaseInsensitiveOption);
        text.replace(QLatin1String("\r\n"), QLatin1String(" "));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        text.replace(lineEnds, QStringLiteral("\n"));
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines.append(HtmlSanitizer::toPlainText(line, ReviewText::kMaxPreviewChars).trimmed());
        return firstTelling(lines);
    }
    QStringList lines;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts))
        lines.append(line.simplified().left(ReviewText::kMaxPreviewChars));
    return firstTelling(lines);
}
} // namespace

QString ReviewText::plain(const QString &html)
{
    return HtmlSanitizer::toPlainText(html).trimmed();
}

bool ReviewText::differs(const QString &proposalHtml, const QString &localHtml)
{
    return ReplyText::comparable(proposalHtml) != ReplyText::comparable(localHtml);
}

std::optional<Message> ReviewText::lastInbound(const QList<Message> &messages)
{
    std::optional<Message> newest;
    QDateTime newestAt;
    for (const Message &m : messages) {
        if (m.direction() != MessageDirection::Received)
            continue;
        const QDateTime at = m.sentAt.isValid() ? m.sentAt : m.draftedAt;
        // Equal or unknown times: the later in the list wins, as in the thread view.
        if (!newest || !newestAt.isValid() || (at.isValid() && at >= newestAt)) {
            newest = m;
            newestAt = at;
        }
    }
    return newest;
}

QString ReviewText::firstLine(const Message &message)
{
    for (const QString &source : {message.content, message.callTranscript, message.subject}) {
        const QString line = firstLineOf(source);
        if (!line.isEmpty())
            return line;
    }
    for (const FormField &field : message.formRequestBody) {
        const QString line = firstLineOf(field.value);
        if (!line.isEmpty())
            return line;
    }
    return {};
}

} // namespace repdesk
