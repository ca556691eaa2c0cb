#include "dashboards/KpiTile.h"

#include "common/ChartSkeleton.h"
#include "common/ElidedLines.h"
#include "common/ThemeColors.h"
#include "FigureState.h"
#include "KpiTileModel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

namespace {
// A QFrame reads as "Border" to screen readers; a tile is a group (its figure, and its Retry).
QAccessibleInterface *tileAccessible(const QString &, QObject *object)
{
    if (auto *tile = qobject_cast<KpiTile *>(object))
        return new QAccessibleWidget(tile, QAccessible::Grouping);
    return nullptr;
}

constexpr int kErrorLines = 3;

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

KpiTile::KpiTile(QWidget *parent)
    : QFrame(parent),
      m_title(plainLabel(this)),
      m_value(plainLabel(this)),
      m_skeleton(new ChartSkeleton(this)),
      m_detail(plainLabel(this)),
      m_change(plainLabel(this)),
      m_age(plainLabel(this)),
      m_error(plainLabel(this)),
      m_retry(new QPushButton(tr("Retry"), this))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(tileAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Tiles of a line share its height; the change and age sit at the bottom of each.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMinimumWidth(150);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont valueFont = m_value->font();
    m_valuePointSize = valueFont.pointSizeF() * 1.8;
    valueFont.setPointSizeF(m_valuePointSize);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setWordWrap(false);
    // The figure shrinks to the tile (fitValue) rather than widening it.
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_value->setMinimumHeight(QFontMetrics(valueFont).height());
    // The placeholder takes the place of the figure, so the tile keeps its height.
    m_skeleton->setFixedHeight(QFontMetrics(valueFont).height());
    m_skeleton->setMaximumWidth(120);
    QFont small = m_age->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_age->setFont(small);
    m_detail->setFont(small);
    m_error->setFont(small);
    m_retry->setVisible(false);
    m_error->setVisible(false);
    // Shown after a failure, the label gets its width from the layout without the tile resizing.
    m_error->installEventFilter(this);
    m_skeleton->setVisible(false);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_index.isValid())
            Q_EMIT retryRequested(m_index.row());
    });

    auto *changeRow = new QHBoxLayout;
    changeRow->setContentsMargins(0, 0, 0, 0);
    changeRow->addWidget(m_change);
    changeRow->addStretch(1);
    changeRow->addWidget(m_age);
    // The failure gets the tile's whole width (beside Retry it had two words a line), Retry under it.
    auto *retryRow = new QHBoxLayout;
    retryRow->setContentsMargins(0, 0, 0, 0);
    retryRow->addStretch(1);
    retryRow->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_skeleton);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addLayout(changeRow);
    layout->addWidget(m_error);
    layout->addLayout(retryRow);
    applyColors();
}

void KpiTile::setIndex(const QModelIndex &index)
{
    m_index = index;
    updateFromModel();
}

void KpiTile::updateFromModel()
{
    const QModelIndex i = m_index;
    const QString title = i.data(KpiTileModel::TitleRole).toString();
    const auto state = FigureState::Value(i.data(KpiTileModel::StateRole).toInt());
    const bool hasFigure = i.data(KpiTileModel::FetchedAtRole).toDateTime().isValid();
    const bool loading = !hasFigure && (state == FigureState::Loading || state == FigureState::Idle);
    const bool failed = state == FigureState::Error;

    m_title->setText(title);
    m_valueText = i.data(KpiTileModel::ValueTextRole).toString();
    fitValue();
    // A failure with no figure to show takes the figure's place.
    m_value->setVisible(!loading && !(failed && !hasFigure));
    m_skeleton->setVisible(loading);
    const QString detail = i.data(KpiTileModel::DetailTextRole).toString();
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty() && !loading);
    m_change->setText(i.data(KpiTileModel::ChangeTextRole).toString());
    m_sentiment = i.data(KpiTileModel::ChangeSentimentRole).toInt();

    QString age;
    if (i.data(KpiTileModel::RefreshingRole).toBool() && hasFigure)
        age = tr("updating…");
    else if (hasFigure)
        //: The age of a figure on a tile: %1 = "5 min ago"
        age = tr("updated %1").arg(i.data(KpiTileModel::AgeTextRole).toString());
    m_age->setText(age);

    const QString why = i.data(KpiTileModel::ErrorTextRole).toString();
    m_errorText = failed ? (hasFigure ? tr("Could not refresh: %1").arg(why) : tr("Could not load: %1").arg(why))
                         : QString();
    m_error->setAccessibleName(m_errorText);
    m_error->setVisible(failed);
    fitError();
    m_retry->setVisible(failed);
    //: The Retry button of one KPI tile; %1 = the tile's title
    m_retry->setAccessibleName(tr("Retry %1").arg(title));
    m_retry->setAccessibleDescription(m_errorText);
    applyColors();

    // What a screen reader says when the tile gets focus: the whole tile in one sentence.
    QStringList parts{title};
    if (loading)
        parts << tr("loading");
    else
        parts << m_valueText;
    if (!detail.isEmpty() && !loading)
        parts << detail;
    if (!spokenChange().isEmpty())
        parts << spokenChange();
    if (!age.isEmpty())
        parts << age;
    if (failed)
        parts << m_errorText;
    const QString name = parts.join(QStringLiteral(", "));
    if (name != accessibleName()) {
        setAccessibleName(name);
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void KpiTile::fitValue()
{
    QFont font = m_value->font();
    const int room = m_value->contentsRect().width();
    const qreal smallest = KpiTile::font().pointSizeF();
    qreal size = m_valuePointSize;
    font.setPointSizeF(size);
    while (room > 0 && size > smallest && QFontMetrics(font).horizontalAdvance(m_valueText) > room) {
        size = std::max(smallest, size - 1);
        font.setPointSizeF(size);
    }
    m_value->setFont(font);
    // Still too long at the text's own size: cut, with the whole figure in the tooltip.
    const QString shown = room > 0 ? QFontMetrics(font).elidedText(m_valueText, Qt::ElideRight, room) : m_valueText;
    m_value->setText(shown);
    m_value->setToolTip(shown == m_valueText ? QString() : m_valueText);
}

void KpiTile::fitError()
{
    const int room = m_error->contentsRect().width();
    const QString shown = ElidedLines::fit(m_errorText, m_error->font(), room, kErrorLines);
    m_error->setText(shown);
    m_error->setToolTip(shown == m_errorText ? QString() : m_errorText);
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitValue();
    fitError();
}

QString KpiTile::spokenChange() const
{
    QString amount = m_change->text();
    if (amount.isEmpty())
        return {};
    amount.remove(QChar(0x25B2)).remove(QChar(0x25BC));
    amount = amount.trimmed();
    const int direction = m_index.data(KpiTileModel::ChangeDirectionRole).toInt();
    QString sentence = direction > 0 ? tr("up %1 on the previous period").arg(amount)
                     : direction < 0 ? tr("down %1 on the previous period").arg(amount)
                                     : tr("unchanged on the previous period");
    if (m_sentiment > 0)
        sentence += tr(" (better)");
    else if (m_sentiment < 0)
        sentence += tr(" (worse)");
    return sentence;
}

void KpiTile::applyColors()
{
    // Computed from the tile's own (inherited) palette, set on the labels only.
    const QPalette p = palette();
    ThemeColors::setTextColor(m_title, ThemeColors::muted(p));
    ThemeColors::setTextColor(m_age, ThemeColors::muted(p));
    ThemeColors::setTextColor(m_detail, ThemeColors::muted(p));
    ThemeColors::setTextColor(m_error, ThemeColors::errorText(p));
    ThemeColors::setTextColor(m_change, ThemeColors::sentiment(m_sentiment, p));
}

void KpiTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

bool KpiTile::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_error && event->type() == QEvent::Resize)
        fitError();
    return QFrame::eventFilter(watched, event);
}

void KpiTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor text = p.color(QPalette::WindowText);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    painter.setBrush(ThemeColors::mix(window, text, ThemeColors::isDark(p) ? 0.07 : 0.035));
    painter.setPen(hasFocus() ? QPen(p.color(QPalette::Highlight), 2) : QPen(ThemeColors::mix(window, text, 0.18), 1));
    painter.drawRoundedRect(box, 6, 6);
}

QString KpiTile::valueText() const
{
    return isSkeletonShown() ? QString() : m_valueText;
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

QString KpiTile::ageText() const
{
    return m_age->text();
}

QString KpiTile::errorText() const
{
    return m_error->isHidden() ? QString() : m_errorText;
}

bool KpiTile::isSkeletonShown() const
{
    return !m_skeleton->isHidden();
}

bool KpiTile::isErrorShown() const
{
    return !m_error->isHidden();
}

} // namespace repdesk
