#include "EditorLabels.h"

#include <QCoreApplication>
#include <QKeySequence>

namespace repdesk {

QJsonObject EditorLabels::options()
{
    struct Button
    {
        const char *command;
        const char *label;
        QKeySequence shortcut;
    };
    const Button buttons[] = {
        {"bold", QT_TRANSLATE_NOOP("EditorLabels", "Bold"), QKeySequence(Qt::CTRL | Qt::Key_B)},
        {"italic", QT_TRANSLATE_NOOP("EditorLabels", "Italic"), QKeySequence(Qt::CTRL | Qt::Key_I)},
        {"underline", QT_TRANSLATE_NOOP("EditorLabels", "Underline"), QKeySequence(Qt::CTRL | Qt::Key_U)},
        {"insertUnorderedList", QT_TRANSLATE_NOOP("EditorLabels", "Bulleted list"), {}},
        {"insertOrderedList", QT_TRANSLATE_NOOP("EditorLabels", "Numbered list"), {}},
        {"link", QT_TRANSLATE_NOOP("EditorLabels", "Link"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {"quote", QT_TRANSLATE_NOOP("EditorLabels", "Quote"), {}},
        {"removeFormat", QT_TRANSLATE_NOOP("EditorLabels", "Clear formatting"), {}},
        {"undo", QT_TRANSLATE_NOOP("EditorLabels", "Undo"), QKeySequence(QKeySequence::Undo)},
        {"redo", QT_TRANSLATE_NOOP("EditorLabels", "Redo"), QKeySequence(QKeySequence::Redo)},
    };
    QJsonObject labels;
    QJsonObject titles;
    for (const Button &b : buttons) {
        const QString label = QCoreApplication::translate("EditorLabels", b.label);
        labels.insert(QLatin1String(b.command), label);
        //: Tooltip of a formatting button: %1 is its name, %2 its keyboard shortcut.
        const QString title = QCoreApplication::translate("EditorLabels", "%1 (%2)");
        titles.insert(QLatin1String(b.command),
                      b.shortcut.isEmpty() ? label : title.arg(label, b.shortcut.toString(QKeySequence::NativeText)));
    }
    labels.insert(QStringLiteral("toolbar"), QCoreApplication::translate("EditorLabels", "Formatting"));
    labels.insert(QStringLiteral("body"), QCoreApplication::translate("EditorLabels", "Reply"));
    labels.insert(QStringLiteral("linkUrl"), QCoreApplication::translate("EditorLabels", "Link address"));
    labels.insert(QStringLiteral("linkOk"), QCoreApplication::translate("EditorLabels", "OK"));
    labels.insert(QStringLiteral("linkCancel"), QCoreApplication::translate("EditorLabels", "Cancel"));
    labels.insert(QStringLiteral("linkInvalid"),
                  QCoreApplication::translate("EditorLabels", "Enter a web, email or phone address (https:, mailto:, tel:)."));
    return QJsonObject{{QStringLiteral("labels"), labels}, {QStringLiteral("titles"), titles}};
}

} // namespace repdesk
