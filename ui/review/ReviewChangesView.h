#pragma once

#include "WordDiff.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace repdesk {

// "Show changes": HyperRep's proposal against the text as it stands, word by
// word (WordDiff), with a summary a screen reader can say ("3 words added,
// 1 removed"). Insertions are underlined on a tint of the palette's
// highlight, deletions struck through in the muted text colour, so both read
// in light and dark themes alike.
class ReviewChangesView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewChangesView(QWidget *parent = nullptr);

    void setSegments(const QList<WordDiff::Segment> &segments);
    QString summary() const;
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_summary;
    QTextBrowser *m_browser;
    QList<WordDiff::Segment> m_segments;
};

} // namespace repdesk
