#include "ThreadPalette.h"

namespace repdesk {

std::optional<ThreadPalette> ThreadPalette::fromCss(const QString &window, const QString &text, const QString &base,
                                                    const QString &highlight, const QString &mid)
{
    ThreadPalette p;
    p.m_window = QColor(window.trimmed());
    p.m_text = QColor(text.trimmed());
    p.m_base = QColor(base.trimmed());
    p.m_highlight = QColor(highlight.trimmed());
    p.m_mid = QColor(mid.trimmed());
    for (const QColor &c : {p.m_window, p.m_text, p.m_base, p.m_highlight, p.m_mid}) {
        if (!c.isValid())
            return std::nullopt;
    }
    return p;
}

bool ThreadPalette::isDark() const
{
    return m_base.lightnessF() < m_text.lightnessF();
}

QColor ThreadPalette::mix(const QColor &a, const QColor &b, double bWeight)
{
    const double aWeight = 1.0 - bWeight;
    return QColor::fromRgbF(float(a.redF() * aWeight + b.redF() * bWeight), float(a.greenF() * aWeight + b.greenF() * bWeight),
                            float(a.blueF() * aWeight + b.blueF() * bWeight));
}

QString ThreadPalette::cssRules() const
{
    // Chromium 102 (Qt 6.4) has no color-mix(), so derived tones are computed here.
    const auto hex = [](const QColor &c) { return c.name(QColor::HexRgb); };
    QString css = QStringLiteral(":root{color-scheme:%1;").arg(isDark() ? QStringLiteral("dark") : QStringLiteral("light"));
    css += QStringLiteral("--bg:%1;--fg:%2;--card:%3;--accent:%4;--border:%5;")
               .arg(hex(m_base), hex(m_text), hex(mix(m_base, m_window, 0.6)), hex(m_highlight), hex(mix(m_base, m_mid, 0.5)));
    css += QStringLiteral("--muted:%1;--bubble-in:%2;--bubble-out:%3;--quote:%4;}")
               .arg(hex(mix(m_text, m_base, 0.4)), hex(mix(m_base, m_mid, 0.22)), hex(mix(m_base, m_highlight, 0.22)),
                    hex(mix(m_base, m_mid, 0.7)));
    return css;
}

} // namespace repdesk
