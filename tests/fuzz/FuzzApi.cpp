// The API plumbing targets: the pagination envelope with the cursor walk over
// it, and the ISO date parser every record's timestamps go through.

#include "FuzzTargets.h"
#include "PageChecks.h"

#include "ApiError.h"
#include "IsoDateTime.h"
#include "PageWalk.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>

namespace repdesk::fuzz {

namespace {

// Items are not this target's business: any object decodes, anything else is
// a bad item, so the fuzzer spends its time on the envelope.
struct Item
{
    static Decoded<Item> fromJson(const QJsonValue &json)
    {
        if (!json.isObject())
            return Decoded<Item>::failure(QStringLiteral("expected object"));
        return Item{};
    }
};

// Input: one or more response bodies separated by 0x1E (record separator),
// the pages a server answers one after another to a walk.
QString checkPageWalk(QByteArrayView input)
{
    auto *walk = new PageWalk;
    QPointer<PageWalk> alive(walk);
    int finished = 0;
    QObject::connect(walk, &PageWalk::finished, [&finished](const ApiError &) { ++finished; });

    QString problem;
    QSet<QString> seen;
    int pages = 0, items = 0;
    for (QByteArrayView body : QByteArray(input.toByteArray()).split('\x1e')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
        const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const Decoded<Page<Item>> page = Page<Item>::fromJson(json);
        if (error.error != QJsonParseError::NoError || !page.ok()) {
            walk->fail(ApiError(ApiError::Kind::Decode, page.ok() ? error.errorString() : page.error()));
            break;
        }
        problem = fuzz::checkPage<Item>(json, page);
        if (!problem.isEmpty())
            break;
        ++pages;
        items += int(page->items.size());
        const bool more = walk->advance(page->nextCursor, page->hasMore, int(page->items.size()));
        const bool repeated = seen.contains(page->nextCursor);
        if (more && (repeated || page->isLast())) {
            problem = QStringLiteral("the walk went on after a last page or a repeated cursor");
            break;
        }
        if (!more && !page->isLast() && !repeated) {
            problem = QStringLiteral("the walk stopped on a new cursor");
            break;
        }
        if (!more)
            break;
        seen.insert(page->nextCursor);
    }
    if (problem.isEmpty() && alive && alive->isDone()
        && (alive->pagesFetched() != pages || alive->itemsFetched() != items)) {
        problem = QStringLiteral("the walk counted %1 pages / %2 items, %3 / %4 were fetched")
                      .arg(alive->pagesFetched()).arg(alive->itemsFetched()).arg(pages).arg(items);
    }
    if (alive && !alive->isDone())
        alive->cancel();
    if (problem.isEmpty() && finished != 1)
        problem = QStringLiteral("the walk finished %1 times").arg(finished);
    // A finished walk deletes itself later; without an event loop that is here.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete alive.data();
    return problem;
}

QString checkIsoDate(QByteArrayView input)
{
    const QString text = QString::fromUtf8(input);
    const QDateTime parsed = IsoDateTime::parse(text);
    // The fast path takes only exact shapes and leaves the rest to the regex,
    // which trims: padding the text makes the regex decide, so both must agree.
    const QDateTime padded = IsoDateTime::parse(QLatin1Char(' ') + text + QLatin1Char('\n'));
    if (parsed.isValid() != padded.isValid() || (parsed.isValid() && parsed != padded))
        return QStringLiteral("fast path and regex disagree: %1 vs %2")
            .arg(parsed.toString(Qt::ISODateWithMs), padded.toString(Qt::ISODateWithMs));
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() != Qt::UTC)
        return QStringLiteral("not UTC");
    // What format() writes (the API's start_date/end_date) parses back to the
    // same second.
    const QString formatted = IsoDateTime::format(parsed);
    if (IsoDateTime::parse(formatted) != parsed.addMSecs(-parsed.time().msec()))
        return QStringLiteral("format/parse round trip changed %1 into %2")
            .arg(parsed.toString(Qt::ISODateWithMs), formatted);
    return {};
}

} // namespace

QList<Target> apiTargets()
{
    return {{"page", &checkPageWalk}, {"iso_date", &checkIsoDate}};
}

} // namespace repdesk::fuzz
