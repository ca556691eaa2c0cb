#pragma once

// Shared by the tst_panels* tests: an offscreen QApplication with a fixed
// style, isolated QSettings, light/dark palettes for screenshots, and small
// widget lookups.

#include "common/ThemeColors.h"

#include <QAbstractButton>
#include <QApplication>
#include <QColor>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace repdesk::test {

inline QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// The dark palette Repdesk ships (Settings > General > Appearance).
inline QPalette darkPalette()
{
    return ThemeColors::darkPalette();
}

// Points QSettings (IniFormat) at a private temporary directory.
inline void isolateSettings(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RepdeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_panels"));
}

template<typename T = QAbstractButton>
T *findByAccessibleName(const QWidget *root, const QString &name)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *w : all)
        if (w->accessibleName() == name)
            return w;
    return nullptr;
}

inline QString screenshotPath(const QString &name)
{
    return QDir::temp().filePath(name);
}

} // namespace repdesk::test

// QTEST_MAIN cannot set the platform before QApplication exists.
#define REPDESK_PANELS_TEST_MAIN(TestClass)                                                                           \
    int main(int argc, char **argv)                                                                                   \
    {                                                                                                                 \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                                           \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                                  \
        QApplication app(argc, argv);                                                                                 \
        QApplication::setStyle(QStringLiteral("Fusion"));                                                             \
        TestClass tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                    \
        return QTest::qExec(&tc, argc, argv);                                                                         \
    }
