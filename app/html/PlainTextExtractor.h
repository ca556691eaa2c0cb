#pragma once

#include <QString>

namespace repdesk {

class GumboTree;

// Visible text of a parsed document for previews and search. Uses the same
// ElementPolicy as the sanitiser, so text inside <script>, <style>, <title>
// and friends never leaks into a preview line.
class PlainTextExtractor
{
public:
    // maxChars < 0: no limit. Stops walking as soon as the limit is reached.
    static QString extract(const GumboTree &tree, int maxChars);

private:
    explicit PlainTextExtractor(int maxChars) : m_max(maxChars) {}
    void walk(const GumboTree &tree);
    void append(const char *utf8);
    void separate() { m_pendingSpace = true; }
    bool full() const { return m_max >= 0 && m_text.size() >= m_max; }
    QString take();

    int m_max;
    QString m_text;
    bool m_pendingSpace = false;
};

} // namespace repdesk
