#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QSocketNotifier;

namespace repdesk {

class ConversationListView;
class ReplyPane;
class ThreadPane;

// Benchmark hook (tests/bench/bench_first_open, bench_soak), inert unless REPDESK_BENCH_OPEN
// is set: the inbox creates it only then. It reads commands on stdin and answers
// on stdout, so the benchmark can time what a user sees in the real app:
//   (list painted)  -> "list-painted rows=N"           (once, unprompted)
//   "open ROW"      -> "thread-painted ms=T loaded=L messages=M" (as a click on ROW would open it)
//   "reply"         -> "editor-ready ms=T typed-ms=U typed=N" (as the key r would start a
//                      reply: T when the page is up with the keyboard in it, U when two
//                      characters typed there are in its text, N typings it took)
//   "memory"        -> "memory in-use-kb=U free-kb=F rows=N org=ID web-views=V widgets=W objects=O"
//                      (the heap in use, and freed but kept: HeapTrimmer::figures; the list's rows
//                      and its organization; the web views, all widgets and the QObjects alive;
//                      bench_soak); "trim" first returns free pages
//   "focus-list"    -> "list-focused rows=N" (the keyboard in the list, for End/Home; bench_soak)
//   "quit"          -> quits the app.
// "Painted" is the first paint of the web view after its document finished
// loading (Qt WebEngine reports no frame of its own, and this one is never
// early), or the load's own time when no paint follows within kPaintWaitMs
// (a body replaced in place can reach the screen before its callback; paint=none).
class BenchOpenDriver : public QObject
{
    Q_OBJECT
public:
    BenchOpenDriver(ConversationListView *list, ThreadPane *thread, ReplyPane *reply, QObject *parent);
    static bool enabled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readCommands();
    void run(const QByteArray &command);
    void open(int row);
    void focusList();
    void memory(bool trim);
    static int webViews();
    static int objectsAlive(const QObject *session);
    static int pixmapCacheMb();
    void reply();
    void pollEditor();
    void typeProbe();
    void pollText();
    void report(qint64 paintedMs, const QByteArray &paint);
    static void say(const QByteArray &line);

    QPointer<ConversationListView> m_list;
    QPointer<ThreadPane> m_thread;
    QPointer<ReplyPane> m_reply;
    QSocketNotifier *m_stdin;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    qint64 m_loadedMs = -1;
    bool m_waitingThread = false;
    bool m_waitingPaint = false;
    bool m_waitingEditor = false;
    int m_opens = 0;
    qint64 m_readyMs = -1;
    int m_typed = 0; // times the probe was typed; 0 when none is awaited
    static constexpr int kRetypeMs = 50;
    // How long a paint after the load may take before the load's own time counts.
    static constexpr int kPaintWaitMs = 100;
};

} // namespace repdesk
