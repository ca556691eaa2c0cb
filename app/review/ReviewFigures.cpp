#include "ReviewFigures.h"

#include "SettingsKeys.h"

#include <QCryptographicHash>
#include <QSettings>

namespace repdesk {

ReviewFigures::ReviewFigures(const QString &accountKey, const QString &organizationId, QObject *parent)
    : QObject(parent)
{
    const QString account = accountKey.isEmpty() ? QStringLiteral("session") : accountKey;
    const QString org = QString::fromLatin1(
        QCryptographicHash::hash(organizationId.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    m_unchangedKey = SettingsKeys::reviewSentUnchanged(account, org);
    m_editedKey = SettingsKeys::reviewSentEdited(account, org);
    QSettings settings;
    m_unchanged = qMax(0, settings.value(m_unchangedKey, 0).toInt());
    m_edited = qMax(0, settings.value(m_editedKey, 0).toInt());
}

int ReviewFigures::editedPercent() const
{
    const int total = sentTotal();
    return total == 0 ? -1 : int((qint64(m_edited) * 100 + total / 2) / total);
}

void ReviewFigures::recordSent(bool edited)
{
    // Re-read first: another window of the same account may have counted meanwhile.
    QSettings settings;
    const QString &key = edited ? m_editedKey : m_unchangedKey;
    const int value = qMax(0, settings.value(key, 0).toInt()) + 1;
    settings.setValue(key, value);
    (edited ? m_edited : m_unchanged) = value;
    ++(edited ? m_sessionEdited : m_sessionUnchanged);
    Q_EMIT changed();
}

} // namespace repdesk
