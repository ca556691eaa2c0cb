#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace repdesk {

// The "General" tab: sync, notifications, cache, undo-send, the review window and the language. Reads
// QSettings on construction and writes only on save(), so Cancel leaves
// everything as it was. Clearing the cache is the exception: it happens as
// soon as the user confirms it, because it cannot be staged.
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT
public:
    GeneralSettingsPage(qint64 cacheSizeBytes, std::function<bool()> clearCache, QWidget *parent = nullptr);

    void load();
    void save() const;

    static constexpr int kMinPollSeconds = 15;
    static constexpr int kMaxPollSeconds = 3600;
    static constexpr int kMinCacheMegabytes = 20;
    static constexpr int kMaxCacheMegabytes = 5000;
    static constexpr int kMaxUndoSendSeconds = 30;
    static constexpr int kMinReviewWindowDays = 1;
    static constexpr int kMaxReviewWindowDays = 90;

    static QString cacheUsageText(qint64 bytes);

private:
    void confirmClearCache();
    void clearCacheNow();

    std::function<bool()> m_clearCache;
    QSpinBox *m_pollInterval;
    QCheckBox *m_notifications;
    QSpinBox *m_cacheLimit;
    QLabel *m_cacheUsage;
    QPushButton *m_clearButton;
    QSpinBox *m_undoSend;
    QSpinBox *m_reviewWindow;
    QComboBox *m_language;
    QComboBox *m_appearance;
};

} // namespace repdesk
