#include "common/WebPalette.h"

#include "webapi/ReplyEditor.h"
#include "webapi/ThreadDisplay.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace repdesk {

template<typename View>
void WebPalette::followView(View *view)
{
    if (view && view->widget())
        new WebPalette(view->widget(), [view](const QString &window, const QString &text, const QString &base,
                                              const QString &highlight, const QString &mid) {
            view->setColors(window, text, base, highlight, mid);
        });
}

void WebPalette::follow(ReplyEditor *editor)
{
    followView(editor);
}

void WebPalette::follow(ThreadDisplay *display)
{
    followView(display);
}

WebPalette::WebPalette(QWidget *view, Apply apply) : QObject(view), m_apply(std::move(apply))
{
    view->installEventFilter(this);
    this->apply(view->palette());
}

bool WebPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        apply(static_cast<QWidget *>(watched)->palette());
    return QObject::eventFilter(watched, event);
}

void WebPalette::apply(const QPalette &palette) const
{
    const auto css = [&palette](QPalette::ColorRole role) { return palette.color(QPalette::Active, role).name(); };
    m_apply(css(QPalette::Window), css(QPalette::Text), css(QPalette::Base), css(QPalette::Highlight),
            css(QPalette::Mid));
}

} // namespace repdesk
