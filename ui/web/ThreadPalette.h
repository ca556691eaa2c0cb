#pragma once

#include <QColor>
#include <QString>

#include <optional>

namespace repdesk {

// The page colours, derived from the host palette so the thread follows the
// desktop's light or dark theme. Built only from parsed QColors, so nothing
// the host passes can inject CSS.
class ThreadPalette
{
public:
    // nullopt if any value is not a colour.
    static std::optional<ThreadPalette> fromCss(const QString &window, const QString &text, const QString &base,
                                                const QString &highlight, const QString &mid);

    bool isDark() const;
    QColor background() const { return m_base; }
    // A ":root { --...: ...; }" rule for thread.css's variables.
    QString cssRules() const;

private:
    static QColor mix(const QColor &a, const QColor &b, double bWeight);

    QColor m_window;
    QColor m_text;
    QColor m_base;
    QColor m_highlight;
    QColor m_mid;
};

} // namespace repdesk
