#pragma once

// The keyboard of an X display, through xdotool, into one window: how bench_soak uses the real
// window as a person would. Without a window manager nothing gives the window the keyboard, so
// each call focuses it first. Header-only, as ProcessTree.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

namespace repdesk::bench {

class XKeyboard
{
public:
    // The visible window of `pid`, or (under BENCH_WRAP the window is the wrapped program's)
    // the one titled Repdesk; waits up to 30 s for it.
    bool find(qint64 pid)
    {
        for (int i = 0; i < 60 && m_window.isEmpty(); ++i) {
            m_window = firstLine(xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                                          QString::number(pid)}));
            if (m_window.isEmpty())
                m_window = firstLine(xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                              QStringLiteral("--name"), QStringLiteral("Repdesk")}));
            if (m_window.isEmpty())
                QThread::msleep(500);
        }
        return !m_window.isEmpty();
    }
    // One or more keys separated by spaces, sent after one focus (a popup they open keeps it).
    void key(const QString &keys)
    {
        focus();
        xdotool(QStringList{QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("150")}
                + keys.split(QLatin1Char(' ')));
    }
    void type(const QString &text)
    {
        focus();
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("40"), text});
    }

    // Every other visible, titled window of `pid`: a dialog the app raised (under the soak's faults,
    // a draft conflict: "Draft changed on the server", or "A draft is already on the server" when
    // the server held a draft the open editor never loaded). While a modal one is up the main
    // window takes no keys, so a person answers it: `key` (Return takes its default button).
    // Returns the titles answered.
    QStringList answerDialogs(qint64 pid, const QString &key)
    {
        QStringList answered;
        const QList<QByteArray> windows = xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                                   QStringLiteral("--pid"), QString::number(pid)})
                                              .split('\n');
        for (const QByteArray &line : windows) {
            const QByteArray window = line.trimmed();
            if (window.isEmpty() || window == m_window)
                continue;
            const QString title = QString::fromUtf8(firstLine(xdotool({QStringLiteral("getwindowname"), QString::fromLatin1(window)})));
            if (title.isEmpty()) // a tooltip or a popup's frame, not a dialog
                continue;
            xdotool({QStringLiteral("windowfocus"), QString::fromLatin1(window)});
            xdotool({QStringLiteral("key"), key});
            answered << title;
        }
        return answered;
    }

private:
    void focus() { xdotool({QStringLiteral("windowfocus"), QString::fromLatin1(m_window)}); }
    static QByteArray firstLine(const QByteArray &out) { return out.split('\n').value(0).trimmed(); }
    static QByteArray xdotool(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("xdotool"), args);
        p.waitForFinished(10000);
        return p.readAllStandardOutput();
    }
    QByteArray m_window;
};

} // namespace repdesk::bench
