#include "settings/GeneralSettingsPage.h"

#include "settings/AppearanceChoice.h"
#include "settings/LanguageChoice.h"

#include "SettingsKeys.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>

namespace repdesk {

namespace {

QSpinBox *spinBox(int min, int max, int step, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAccessibleName(text);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(qint64 cacheSizeBytes, std::function<bool()> clearCache, QWidget *parent)
    : QWidget(parent), m_clearCache(std::move(clearCache))
{
    //: Unit suffix of a spin box counting seconds, with its leading space
    const QString seconds = tr(" s");
    m_pollInterval = spinBox(kMinPollSeconds, kMaxPollSeconds, 15, seconds, this);
    m_pollInterval->setObjectName(QStringLiteral("pollInterval"));
    m_pollInterval->setAccessibleName(tr("Check for new activity every, in seconds"));

    m_notifications = new QCheckBox(tr("Show a desktop notification for new messages"), this);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setAccessibleName(tr("Desktop notifications"));

    //: Unit suffix of a spin box counting megabytes, with its leading space
    m_cacheLimit = spinBox(kMinCacheMegabytes, kMaxCacheMegabytes, 10, tr(" MB"), this);
    m_cacheLimit->setObjectName(QStringLiteral("cacheLimit"));
    m_cacheLimit->setAccessibleName(tr("Cache size limit, in megabytes"));

    m_cacheUsage = new QLabel(cacheUsageText(cacheSizeBytes), this);
    m_cacheUsage->setObjectName(QStringLiteral("cacheUsage"));
    m_cacheUsage->setAccessibleName(m_cacheUsage->text());
    m_clearButton = new QPushButton(tr("Clear cache…"), this);
    m_clearButton->setObjectName(QStringLiteral("clearCache"));
    m_clearButton->setAccessibleName(tr("Clear cache"));
    m_clearButton->setAutoDefault(false);
    m_clearButton->setEnabled(bool(m_clearCache));
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheUsage, 1);
    cacheRow->addWidget(m_clearButton);

    m_undoSend = spinBox(0, kMaxUndoSendSeconds, 1, seconds, this);
    m_undoSend->setObjectName(QStringLiteral("undoSend"));
    m_undoSend->setSpecialValueText(tr("Off"));
    m_undoSend->setAccessibleName(tr("Undo send delay, in seconds"));
    const QString undoHint = tr("After you press Send, the message waits this long so you can undo it. "
                                "0 turns this off and sends at once.");
    m_undoSend->setAccessibleDescription(undoHint);

    // Each day more is one more listing per conversation active in it, on the first discovery.
    m_reviewWindow = spinBox(kMinReviewWindowDays, kMaxReviewWindowDays, 1, QString(), this);
    m_reviewWindow->setObjectName(QStringLiteral("reviewWindow"));
    m_reviewWindow->setAccessibleName(tr("Review queue looks back, in days"));
    const QString reviewHint = tr("The review queue looks for drafted replies in conversations active in this many "
                                  "past days. A longer window takes longer to check the first time.");
    m_reviewWindow->setAccessibleDescription(reviewHint);
    // The suffix follows the value, with its plural: "1 day", "14 days".
    const auto updateSuffix = [this](int days) {
        //: Unit suffix of the review window spin box, with its leading space
        m_reviewWindow->setSuffix(tr(" day(s)", nullptr, days));
    };
    connect(m_reviewWindow, &QSpinBox::valueChanged, this, updateSuffix);
    updateSuffix(SettingsKeys::defaultReviewWindowDays);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const auto &[code, name] : LanguageChoice::choices())
        m_language->addItem(name, code);
    m_language->setAccessibleName(tr("Language"));
    const QString languageHint = tr("Takes effect the next time Repdesk starts.");
    m_language->setAccessibleDescription(languageHint);

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    for (const auto &[code, name] : AppearanceChoice::choices())
        m_appearance->addItem(name, code);
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->setAccessibleDescription(tr("Light or dark colours; the system default follows the desktop."));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Check for new activity &every:"), m_pollInterval);
    form->addRow(tr("&Notifications:"), m_notifications);
    form->addRow(tr("Cache size &limit:"), m_cacheLimit);
    form->addRow(tr("Cache:"), cacheRow);
    form->addRow(tr("&Undo send delay:"), m_undoSend);
    form->addRow(QString(), hintLabel(undoHint, this));
    form->addRow(tr("&Review queue looks back:"), m_reviewWindow);
    form->addRow(QString(), hintLabel(reviewHint, this));
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(QString(), hintLabel(languageHint, this));
    // A bare "Cache:" label has no single field to be the buddy of; the others do.
    for (QWidget *field : {static_cast<QWidget *>(m_pollInterval), static_cast<QWidget *>(m_notifications),
                           static_cast<QWidget *>(m_cacheLimit), static_cast<QWidget *>(m_undoSend),
                           static_cast<QWidget *>(m_reviewWindow), static_cast<QWidget *>(m_appearance)}) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    }
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(cacheRow)))
        label->setBuddy(m_clearButton);

    connect(m_clearButton, &QPushButton::clicked, this, &GeneralSettingsPage::confirmClearCache);
    load();
}

QString GeneralSettingsPage::cacheUsageText(qint64 bytes)
{
    return tr("Cache uses %1").arg(QLocale().formattedDataSize(qMax<qint64>(0, bytes), 1,
                                                               QLocale::DataSizeTraditionalFormat));
}

void GeneralSettingsPage::load()
{
    const QSettings settings;
    m_pollInterval->setValue(
        settings.value(SettingsKeys::pollIntervalSeconds(), SettingsKeys::defaultPollIntervalSeconds).toInt());
    m_notifications->setChecked(settings.value(SettingsKeys::notificationsEnabled(), true).toBool());
    m_cacheLimit->setValue(
        settings.value(SettingsKeys::cacheLimitMegabytes(), SettingsKeys::defaultCacheLimitMegabytes).toInt());
    m_undoSend->setValue(settings.value(SettingsKeys::undoSendSeconds(), SettingsKeys::defaultUndoSendSeconds).toInt());
    m_reviewWindow->setValue(
        settings.value(SettingsKeys::reviewWindowDays(), SettingsKeys::defaultReviewWindowDays).toInt());
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(SettingsKeys::language()).toString())));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(AppearanceChoice::chosen())));
}

void GeneralSettingsPage::save() const
{
    QSettings settings;
    settings.setValue(SettingsKeys::pollIntervalSeconds(), m_pollInterval->value());
    settings.setValue(SettingsKeys::notificationsEnabled(), m_notifications->isChecked());
    settings.setValue(SettingsKeys::cacheLimitMegabytes(), m_cacheLimit->value());
    settings.setValue(SettingsKeys::undoSendSeconds(), m_undoSend->value());
    settings.setValue(SettingsKeys::reviewWindowDays(), m_reviewWindow->value());
    settings.setValue(SettingsKeys::language(), m_language->currentData().toString());
    // Unlike the language, the palette applies at once: everything follows a palette change.
    const QString appearance = m_appearance->currentData().toString();
    if (appearance != AppearanceChoice::chosen()) {
        settings.setValue(SettingsKeys::appearance(), appearance);
        AppearanceChoice::apply(appearance);
    }
}

void GeneralSettingsPage::confirmClearCache()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear cache"), tr("Clear the local cache?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmClearCache"));
    box->setInformativeText(tr("Cached conversations, messages and contacts are removed from this computer "
                               "and downloaded again when needed."));
    QPushButton *clear = box->addButton(tr("Clear cache"), QMessageBox::DestructiveRole);
    clear->setAccessibleName(tr("Clear cache"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop, and tests can drive the box.
    connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *button) {
        if (button == clear)
            clearCacheNow();
    });
    box->open();
}

void GeneralSettingsPage::clearCacheNow()
{
    const bool ok = m_clearCache && m_clearCache();
    m_cacheUsage->setText(ok ? tr("Cache cleared") : tr("Could not clear the cache"));
    m_cacheUsage->setAccessibleName(m_cacheUsage->text());
    if (ok)
        m_clearButton->setEnabled(false);
}

} // namespace repdesk
