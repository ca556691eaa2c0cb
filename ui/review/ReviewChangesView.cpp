#include "review/ReviewChangesView.h"

#include "common/ThemeColors.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace repdesk {

ReviewChangesView::ReviewChangesView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_browser(new QTextBrowser(this))
{
    setAccessibleName(tr("Changes to the proposal"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setAccessibleName(tr("Summary of the changes"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Proposal with your changes: insertions underlined, deletions struck through"));
    layout->addWidget(m_summary);
    layout->addWidget(m_browser, 1);
}

void ReviewChangesView::setSegments(const QList<WordDiff::Segment> &segments)
{
    m_segments = segments;
    render();
}

QString ReviewChangesView::summary() const
{
    return m_summary->text();
}

void ReviewChangesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ReviewChangesView::render()
{
    const int added = WordDiff::insertedWords(m_segments);
    const int removed = WordDiff::deletedWords(m_segments);
    QStringList parts;
    if (added > 0)
        parts << tr("%n word(s) added", nullptr, added);
    if (removed > 0)
        parts << tr("%n word(s) removed", nullptr, removed);
    if (!WordDiff::hasChanges(m_segments))
        m_summary->setText(tr("No changes: this is the text HyperRep proposed."));
    else if (parts.size() == 2)
        m_summary->setText(tr("%1, %2").arg(parts.at(0), parts.at(1)));
    else
        m_summary->setText(parts.isEmpty() ? tr("Spacing changed") : parts.first());
    const QPalette p = palette();
    const QColor inserted = ThemeColors::mix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.3);
    const QColor removedColor = ThemeColors::mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.6);
    // WordDiff escapes every text and writes only <ins>, <del> and <br>; the rich-text
    // engine styles spans more reliably than those two tags, so they become spans.
    QString html = WordDiff::toHtml(m_segments);
    html.replace(QLatin1String("<ins>"),
                 QStringLiteral("<span style=\"background-color:%1; text-decoration:underline;\">").arg(inserted.name()));
    html.replace(QLatin1String("<del>"), QStringLiteral("<span style=\"color:%1; text-decoration:line-through;\">")
                                             .arg(removedColor.name()));
    html.replace(QLatin1String("</ins>"), QLatin1String("</span>"));
    html.replace(QLatin1String("</del>"), QLatin1String("</span>"));
    m_browser->setHtml(html);
}

} // namespace repdesk
