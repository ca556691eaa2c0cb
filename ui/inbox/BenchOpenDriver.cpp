// First, before any header that may include it without: declares QPixmapCache::totalUsed()
// (see pixmapCacheMb()).
#define Q_TEST_QPIXMAPCACHE
#include <QPixmapCache>
#undef Q_TEST_QPIXMAPCACHE

#include "inbox/BenchOpenDriver.h"

#include "HeapTrimmer.h"
#include "OrganizationSession.h"
#include "inbox/ConversationListView.h"
#include "inbox/InboxWorkspace.h"
#include "inbox/ReplyPane.h"
#include "inbox/ThreadPane.h"
#include "webapi/ReplyEditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>

#include <cstdio>
#include <unistd.h>

namespace repdesk {

bool BenchOpenDriver::enabled()
{
    static const bool on = qEnvironmentVariableIsSet("REPDESK_BENCH_OPEN");
    return on;
}

BenchOpenDriver::BenchOpenDriver(ConversationListView *list, ThreadPane *thread, ReplyPane *reply, QObject *parent)
    : QObject(parent), m_list(list), m_thread(thread), m_reply(reply),
      m_stdin(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    connect(m_stdin, &QSocketNotifier::activated, this, &BenchOpenDriver::readCommands);
    connect(list, &ConversationListView::firstRowsPainted, this,
            [list] { say("list-painted rows=" + QByteArray::number(list->model()->rowCount())); });
    connect(thread, &ThreadPane::rendered, this, [this](bool ok) {
        if (!m_waitingThread || !ok)
            return;
        m_waitingThread = false;
        m_loadedMs = m_clock.elapsed();
        // Wait for the view's next paint: the frame that shows the loaded document.
        QWidget *view = m_thread->findChild<QWidget *>(QStringLiteral("threadView"));
        QWidget *surface = view && view->focusProxy() ? view->focusProxy() : view;
        if (!surface) {
            say("thread-painted ms=" + QByteArray::number(m_loadedMs) + " loaded=" + QByteArray::number(m_loadedMs));
            return;
        }
        surface->installEventFilter(this);
        m_waitingPaint = true;
        // A body replaced in place can reach the screen before its callback reaches
        // us: then no paint follows, and the content was on screen when it reported.
        const int open = m_opens;
        QTimer::singleShot(kPaintWaitMs, this, [this, surface, open] {
            if (!m_waitingPaint || open != m_opens)
                return;
            m_waitingPaint = false;
            surface->removeEventFilter(this);
            report(m_loadedMs, "none");
        });
    });
}

void BenchOpenDriver::say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool BenchOpenDriver::eventFilter(QObject *watched, QEvent *event)
{
    if (m_waitingPaint && event->type() == QEvent::Paint) {
        m_waitingPaint = false;
        watched->removeEventFilter(this);
        // After this paint has gone through, so its cost is counted.
        QTimer::singleShot(0, this, [this] { report(m_clock.elapsed(), "after"); });
    }
    return QObject::eventFilter(watched, event);
}

void BenchOpenDriver::report(qint64 paintedMs, const QByteArray &paint)
{
    say("thread-painted ms=" + QByteArray::number(paintedMs) + " loaded=" + QByteArray::number(m_loadedMs)
        + " paint=" + paint + " shown=" + QByteArray::number(m_thread->shownMessages())
        + " messages=" + QByteArray::number(m_thread->totalMessages()));
}

void BenchOpenDriver::readCommands()
{
    char chunk[256];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_stdin->setEnabled(false);
        return;
    }
    m_buffer.append(chunk, n);
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n')) {
        const QByteArray command = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        run(command);
    }
}

void BenchOpenDriver::run(const QByteArray &command)
{
    if (command.startsWith("open "))
        open(command.mid(5).toInt());
    else if (command == "reply")
        reply();
    else if (command == "memory" || command == "trim")
        memory(command == "trim");
    else if (command == "focus-list")
        focusList();
    else if (command == "quit")
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    else
        say("unknown-command " + command);
}

// The soak's question is whether a growing RSS is memory in use or freed memory the
// allocator keeps: glibc's own figures say which ("trim" first hands free pages back).
// The list's rows and its organization come with them: the open organization's cached
// conversations are held in memory, so memory that follows them is data, bounded by the
// organization's size, not something kept per thread opened. So do the web views alive (by
// class name: this library does not link Qt WebEngine): each holds a page, created once, on
// first use (the review queue's thread view when its first draft shows, say).
void BenchOpenDriver::memory(bool trim)
{
    if (trim)
        HeapTrimmer::trim();
    const HeapTrimmer::Figures heap = HeapTrimmer::figures();
    const auto *inbox = qobject_cast<InboxWorkspace *>(parent());
    const OrganizationSession *session = inbox ? inbox->session() : nullptr;
    say("memory in-use-kb=" + QByteArray::number(heap.inUseBytes / 1024) + " free-kb="
        + QByteArray::number(heap.keptFreeBytes / 1024) + " mapped-kb=" + QByteArray::number(heap.mappedBytes / 1024)
        + " mapped-blocks=" + QByteArray::number(heap.mappedBlocks)
        + " rows="
        + QByteArray::number(m_list && m_list->model() ? m_list->model()->rowCount() : 0) + " org="
        + (session ? session->organizationId().toUtf8() : QByteArray("-")) + " web-views="
        + QByteArray::number(webViews()) + " widgets=" + QByteArray::number(QApplication::allWidgets().size())
        + " objects=" + QByteArray::number(objectsAlive(session))
        + " pixmap-cache-mb=" + QByteArray::number(pixmapCacheMb()));
}

// What Qt's QPixmapCache holds (icons' and the style's pixmaps; bounded by cacheLimit(), 10 MB
// by default), in whole MB rounded up: QPixmapCache::totalUsed() is exported by QtGui but declared
// only for Qt's own tests (Q_TEST_QPIXMAPCACHE, defined above), and it answers no finer.
int BenchOpenDriver::pixmapCacheMb()
{
    return QPixmapCache::totalUsed();
}

// Every QObject in a tree the app keeps: the application's, each parentless window's, and the
// sessions' (their root owns the account and organization sessions, the models and the calls in
// flight). A count that rises with each organization switch is something a closed organization
// left behind; objects without a parent outside those trees are not seen.
int BenchOpenDriver::objectsAlive(const QObject *session)
{
    QSet<const QObject *> roots{qApp};
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *w : windows) {
        if (!w->parent())
            roots.insert(w);
    }
    if (session) {
        while (session->parent())
            session = session->parent();
        roots.insert(session);
    }
    int count = 0;
    for (const QObject *root : std::as_const(roots))
        count += 1 + int(root->findChildren<QObject *>().size());
    return count;
}

int BenchOpenDriver::webViews()
{
    const QWidgetList widgets = QApplication::allWidgets();
    return int(std::count_if(widgets.cbegin(), widgets.cend(), [](const QWidget *w) { return w->inherits("QWebEngineView"); }));
}

// The keys that follow (End, Home) go to the list, as after a click in it.
void BenchOpenDriver::focusList()
{
    if (!m_list || !m_list->model()) {
        say("list-focused rows=0");
        return;
    }
    m_list->activateWindow();
    m_list->setFocus(Qt::OtherFocusReason);
    say("list-focused rows=" + QByteArray::number(m_list->model()->rowCount()));
}

void BenchOpenDriver::open(int row)
{
    if (!m_list || !m_list->model() || row >= m_list->model()->rowCount()) {
        say("no-row " + QByteArray::number(row));
        return;
    }
    const QModelIndex index = m_list->model()->index(row, 0);
    m_list->scrollTo(index);
    const QPoint at = m_list->visualRect(index).center();
    QWidget *viewport = m_list->viewport();
    m_clock.start();
    ++m_opens;
    m_waitingThread = true;
    m_waitingPaint = false;
    // A left click on the row, as the mouse would deliver it.
    for (QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent click(type, at, viewport->mapToGlobal(at), Qt::LeftButton,
                          type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &click);
    }
}

void BenchOpenDriver::reply()
{
    if (!m_list)
        return;
    m_list->setFocus();
    m_clock.start();
    m_waitingEditor = true;
    for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
        QKeyEvent key(type, Qt::Key_R, Qt::NoModifier, QStringLiteral("r"));
        QApplication::sendEvent(m_list, &key);
    }
    pollEditor();
}

void BenchOpenDriver::pollEditor()
{
    if (!m_waitingEditor || !m_reply)
        return;
    ReplyEditor *editor = m_reply->editor();
    // The window's focus widget: without a window manager the window may not be active.
    QWidget *focus = m_reply->window()->focusWidget();
    // Ready: the page is up and keys go to it (what a typed character needs).
    if (editor && editor->isReady() && focus && (focus == editor->widget() || editor->widget()->isAncestorOf(focus))) {
        m_waitingEditor = false;
        m_readyMs = m_clock.elapsed();
        m_typed = 0;
        typeProbe();
        return;
    }
    QTimer::singleShot(1, this, &BenchOpenDriver::pollEditor);
}

void BenchOpenDriver::typeProbe()
{
    // Types two characters where the keyboard is, then asks the page for its text until
    // they are in it; typed again every kRetypeMs (keys can pass the page's own focus
    // call and be lost, as a person's would be), so `typed` says how often it took.
    QWidget *focus = m_reply->window()->focusWidget();
    if (!focus)
        return;
    ++m_typed;
    for (const QChar c : {QChar(u'Z'), QChar(u'q')})
        for (QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            QKeyEvent key(type, c == u'Z' ? Qt::Key_Z : Qt::Key_Q, c == u'Z' ? Qt::ShiftModifier : Qt::NoModifier,
                          QString(c));
            QApplication::sendEvent(focus, &key);
        }
    const int attempt = m_typed;
    QTimer::singleShot(kRetypeMs, this, [this, attempt] {
        if (attempt == m_typed && m_typed > 0 && m_typed < 20)
            typeProbe();
    });
    pollText();
}

void BenchOpenDriver::pollText()
{
    ReplyEditor *editor = m_reply ? m_reply->editor() : nullptr;
    if (!editor || m_typed == 0)
        return;
    editor->requestHtml([this](const QString &html) {
        if (m_typed == 0)
            return;
        if (html.contains(QLatin1String("Zq"))) {
            say("editor-ready ms=" + QByteArray::number(m_readyMs) + " typed-ms="
                + QByteArray::number(m_clock.elapsed()) + " typed=" + QByteArray::number(m_typed));
            m_typed = 0;
            return;
        }
        QTimer::singleShot(2, this, &BenchOpenDriver::pollText);
    });
}

} // namespace repdesk
