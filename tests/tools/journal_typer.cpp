// Types journalTyperText() into a DraftJournal, one character every 20 ms,
// and prints how many characters it has staged after each one. Used by
// tst_journal_crash, which kills it with SIGKILL halfway through.
// Usage: journal_typer <directory> <accountKey> <organizationId> <key>
#include "DraftJournal.h"
#include "journal_typer_text.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace repdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: journal_typer <directory> <accountKey> <organizationId> <key>\n");
        return 2;
    }
    DraftJournal journal(args.at(1), args.at(2));
    if (!journal.isOpen()) {
        std::fprintf(stderr, "journal_typer: %s\n", qPrintable(journal.lastError()));
        return 1;
    }
    const QString text = journalTyperText();
    int typed = 0;
    QTimer keys;
    keys.setTimerType(Qt::PreciseTimer);
    QObject::connect(&keys, &QTimer::timeout, &app, [&] {
        if (typed == text.size()) {
            app.quit();
            return;
        }
        ++typed;
        JournalEntry e;
        e.organizationId = args.at(3);
        e.key = args.at(4);
        e.html = text.left(typed);
        e.updatedAt = QDateTime::currentDateTimeUtc();
        journal.stage(e);
        // Printed after stage(): the parent never counts a character the journal has not seen.
        std::printf("%d\n", typed);
        std::fflush(stdout);
    });
    keys.start(20);
    return app.exec();
}
