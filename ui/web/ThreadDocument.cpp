#include "ThreadDocument.h"

#include "ThreadPalette.h"

#include <QFile>
#include <QStringList>

namespace repdesk {

namespace {

QString resource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("repdesk_webviews: missing resource %s", qPrintable(path));
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

// thread.html cut at its {{...}} markers once, so inserted content is never rescanned for them.
struct Template
{
    QStringList parts;
    QStringList markers;
};

const Template &pageTemplate()
{
    static const Template t = [] {
        Template result;
        const QString html = resource(QStringLiteral(":/repdesk/thread/thread.html"));
        qsizetype from = 0;
        for (;;) {
            const qsizetype open = html.indexOf(QLatin1String("{{"), from);
            const qsizetype close = open < 0 ? -1 : html.indexOf(QLatin1String("}}"), open);
            if (close < 0)
                break;
            result.parts << html.mid(from, open - from);
            result.markers << html.mid(open + 2, close - open - 2);
            from = close + 2;
        }
        result.parts << html.mid(from);
        return result;
    }();
    return t;
}

const QString &styleSheet()
{
    static const QString css = resource(QStringLiteral(":/repdesk/thread/thread.css"))
                               + resource(QStringLiteral(":/repdesk/thread/scrollbars.css"));
    return css;
}

QByteArray fill(const QString &body, const QString &bodyClass, const ThreadPalette *palette)
{
    const Template &t = pageTemplate();
    QString out;
    out.reserve(body.size() + styleSheet().size() + 4096);
    for (qsizetype i = 0; i < t.parts.size(); ++i) {
        out += t.parts.at(i);
        if (i >= t.markers.size())
            break;
        const QString &marker = t.markers.at(i);
        if (marker == QLatin1String("csp"))
            out += ThreadDocument::contentSecurityPolicy();
        else if (marker == QLatin1String("style"))
            out += styleSheet();
        else if (marker == QLatin1String("colors"))
            out += palette ? palette->cssRules() : QString();
        else if (marker == QLatin1String("bodyClass"))
            out += bodyClass;
        else if (marker == QLatin1String("body"))
            out += body;
    }
    return out.toUtf8();
}

} // namespace

QString ThreadDocument::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; img-src data: http: https:; style-src 'unsafe-inline'; "
                          "font-src data:; form-action 'none'; base-uri 'none'");
}

QByteArray ThreadDocument::compose(const QString &bodyHtml, const ThreadPalette *palette)
{
    return fill(bodyHtml, QStringLiteral("thread"), palette);
}

QByteArray ThreadDocument::placeholder(const QString &text, const ThreadPalette *palette)
{
    return fill(QStringLiteral("<p class=\"placeholder\" dir=\"auto\">") + text.toHtmlEscaped() + QStringLiteral("</p>"),
                QStringLiteral("placeholder-page"), palette);
}

} // namespace repdesk
