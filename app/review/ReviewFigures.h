#pragma once

#include <QObject>
#include <QString>

namespace repdesk {

// How many drafts this computer sent from the review queue of one
// organization, as proposed and after changes: the figure that tells a
// manager whether the proposals are used as they are. The queue's header
// shows this session's figure (session*(): since this object was made, i.e.
// since the organization was opened); the totals are kept in the settings
// (SettingsKeys::reviewSentUnchanged/Edited), keyed by the account's storage
// id and a hash of the organization id, so "Clear cache" does not reset it
// and no organization id sits in the settings file in clear.
class ReviewFigures : public QObject
{
    Q_OBJECT
public:
    // An empty `accountKey` (a one-run key) still counts, under "session".
    ReviewFigures(const QString &accountKey, const QString &organizationId, QObject *parent = nullptr);

    int sentUnchanged() const { return m_unchanged; }
    int sentEdited() const { return m_edited; }
    int sentTotal() const { return m_unchanged + m_edited; }
    // Percent of sent drafts that were edited first, 0..100; -1 before the first send.
    int editedPercent() const;
    // The same, counted since this object was created (this session of the queue).
    int sessionSentUnchanged() const { return m_sessionUnchanged; }
    int sessionSentEdited() const { return m_sessionEdited; }
    int sessionSentTotal() const { return m_sessionUnchanged + m_sessionEdited; }

    // A draft approved from the queue was delivered; `edited`: its text was not the proposal's.
    void recordSent(bool edited);

Q_SIGNALS:
    void changed();

private:
    QString m_unchangedKey;
    QString m_editedKey;
    int m_unchanged = 0;
    int m_edited = 0;
    int m_sessionUnchanged = 0;
    int m_sessionEdited = 0;
};

} // namespace repdesk
