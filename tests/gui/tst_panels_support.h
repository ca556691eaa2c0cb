#pragma once

// Shared by the tst_panels* tests: an offscreen QApplication with a fixed
// style, isolated QSettings, light/dark palettes for screenshots, and small
// widget lookups.

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

inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x21), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x33, 0x33, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
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
