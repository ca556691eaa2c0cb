#pragma once

#include "AnalyticsAnswer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace repdesk {

// Where one dashboard figure (a tile, a trend bucket, a leaderboard row, a
// small table) stands. A figure shown from the cache stays shown while it
// refreshes and when the refresh fails: only its state says what happened.
//   Idle --ask--> Loading --answer--> Loaded
//                         --failure-> Error --retry--> Loading (or Loaded + refreshing)
class FigureState
{
    Q_GADGET
public:
    enum Value { Idle, Loading, Loaded, Error };
    Q_ENUM(Value)

    Value value = Idle;
    QString errorText;     // Error: a sentence for people
    QDateTime fetchedAt;   // when the shown figure came from the server (UTC); invalid: none shown
    bool fromDisk = false; // the shown figure was read from the cache, not fetched in this session
    bool refreshing = false; // a request for it is in flight while a figure is shown

    bool hasFigure() const { return fetchedAt.isValid(); }

    // A request leaves: Loading, or Loaded + refreshing while a figure is shown.
    void ask()
    {
        refreshing = true;
        if (!hasFigure())
            value = Loading;
        else if (value == Error)
            value = Loaded;
        errorText.clear();
    }
    // An answer (fresh or from disk) arrived; false for a failure.
    bool take(const AnalyticsAnswer &answer)
    {
        refreshing = false;
        if (!answer.ok()) {
            value = Error;
            errorText = failureText(answer.error.message(), answer.asksAgain);
            return false;
        }
        value = Loaded;
        errorText.clear();
        fetchedAt = answer.fetchedAt;
        fromDisk = answer.fromDisk;
        return true;
    }
    // A failure in words, saying so when it is asked again by itself (RetryLater).
    static QString failureText(QString message, bool asksAgain)
    {
        if (!asksAgain)
            return message;
        // The message may end in the server's own words ("... Connection refused").
        if (!message.isEmpty() && !QStringLiteral(".!?\u2026").contains(message.back()))
            message += QLatin1Char('.');
        return message + QLatin1Char(' ')
            + QCoreApplication::translate("repdesk::FigureState", "Repdesk asks again by itself.");
    }

    // A figure painted from the cache before any request.
    void show(const AnalyticsAnswer &cached)
    {
        value = Loaded;
        fetchedAt = cached.fetchedAt;
        fromDisk = true;
    }
};

} // namespace repdesk

Q_DECLARE_METATYPE(repdesk::FigureState)
