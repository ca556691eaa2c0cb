#include "compose/PlainReplyEditor.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>

namespace repdesk {

namespace {

// A QTextEdit whose paste/drop goes through the sanitiser and whose editor
// shortcuts reach the ReplyEditor callbacks before QTextEdit can eat them.
class SanitizingTextEdit : public QTextEdit
{
public:
    using QTextEdit::QTextEdit;

    std::function<QString(const QString &)> cleanHtml;
    std::function<bool(QKeyEvent *, bool dispatch)> shortcut;

protected:
    bool event(QEvent *e) override
    {
        // Claim the editor shortcuts so a window-level QShortcut with the same
        // keys does not fire too: the callback then runs exactly once.
        if (e->type() == QEvent::ShortcutOverride && shortcut && shortcut(static_cast<QKeyEvent *>(e), false)) {
            e->accept();
            return true;
        }
        return QTextEdit::event(e);
    }

    void keyPressEvent(QKeyEvent *e) override
    {
        if (shortcut && shortcut(e, true)) {
            e->accept();
            return;
        }
        QTextEdit::keyPressEvent(e);
    }

    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasHtml() && cleanHtml) {
            textCursor().insertHtml(cleanHtml(source->html()));
            ensureCursorVisible();
            return;
        }
        if (source->hasText()) {
            textCursor().insertText(source->text());
            ensureCursorVisible();
            return;
        }
        // Images, files and other payloads have no place in a draft.
    }
};

bool isEnter(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

PlainReplyEditor::PlainReplyEditor(QWidget *parent)
{
    auto *edit = new SanitizingTextEdit(parent);
    m_edit = edit;
    edit->setObjectName(QStringLiteral("plainReplyEditor"));
    edit->setAcceptRichText(true);
    edit->setTabChangesFocus(true); // keyboard users must be able to leave the body with Tab
    edit->setAccessibleName(QCoreApplication::translate("PlainReplyEditor", "Message body"));
    edit->cleanHtml = [this](const QString &html) { return clean(html); };
    edit->shortcut = [this](QKeyEvent *e, bool dispatch) {
        return handleShortcut(e->key(), e->modifiers(), dispatch);
    };
    QObject::connect(edit, &QTextEdit::textChanged, edit, [this] { handleTextChanged(); });
    // The web editor reports readiness asynchronously; do the same so hosts have one code path.
    QMetaObject::invokeMethod(edit, [this] {
        if (onReady)
            onReady();
    }, Qt::QueuedConnection);
}

PlainReplyEditor::~PlainReplyEditor()
{
    // The widget belongs to its Qt parent; if it outlives us it must stop calling back.
    if (m_edit) {
        m_edit->disconnect();
        auto *edit = static_cast<SanitizingTextEdit *>(m_edit.data());
        edit->cleanHtml = nullptr;
        edit->shortcut = nullptr;
        delete m_edit.data();
    }
}

QWidget *PlainReplyEditor::widget()
{
    return m_edit;
}

QTextEdit *PlainReplyEditor::textEdit() const
{
    return m_edit;
}

QString PlainReplyEditor::clean(const QString &html) const
{
    return sanitize ? sanitize(html) : html;
}

void PlainReplyEditor::setHtml(const QString &html)
{
    m_loading = true;
    m_edit->setHtml(clean(html));
    m_edit->document()->clearUndoRedoStacks();
    m_edit->moveCursor(QTextCursor::End);
    m_loading = false;
    m_htmlStale = true;
    m_dirty = false;
}

QString PlainReplyEditor::html() const
{
    if (m_htmlStale) {
        // An empty editor must read as empty, not as QTextDocument's "<p><br></p>" boilerplate.
        m_htmlCache = m_edit->toPlainText().trimmed().isEmpty() ? QString() : clean(m_edit->toHtml());
        m_htmlStale = false;
    }
    return m_htmlCache;
}

void PlainReplyEditor::requestHtml(std::function<void(const QString &)> callback)
{
    QMetaObject::invokeMethod(m_edit, [this, callback = std::move(callback)] { callback(html()); },
                              Qt::QueuedConnection);
}

int PlainReplyEditor::wordCount() const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString text = m_edit->toPlainText().trimmed();
    return text.isEmpty() ? 0 : int(text.split(spaces, Qt::SkipEmptyParts).size());
}

void PlainReplyEditor::insertHtml(const QString &html)
{
    m_edit->textCursor().insertHtml(clean(html));
    m_edit->ensureCursorVisible();
}

void PlainReplyEditor::execCommand(const QString &command)
{
    QTextCursor cursor = m_edit->textCursor();
    QTextCharFormat format;
    if (command == QLatin1String("bold")) {
        format.setFontWeight(m_edit->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
        m_edit->mergeCurrentCharFormat(format);
    } else if (command == QLatin1String("italic")) {
        m_edit->setFontItalic(!m_edit->fontItalic());
    } else if (command == QLatin1String("underline")) {
        m_edit->setFontUnderline(!m_edit->fontUnderline());
    } else if (command == QLatin1String("insertUnorderedList")) {
        cursor.createList(QTextListFormat::ListDisc);
    } else if (command == QLatin1String("insertOrderedList")) {
        cursor.createList(QTextListFormat::ListDecimal);
    } else if (command.startsWith(QLatin1String("createLink:"))) {
        const QString url = command.mid(int(qstrlen("createLink:")));
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setFontUnderline(true);
        if (!cursor.hasSelection())
            cursor.insertText(url, format);
        else
            cursor.mergeCharFormat(format);
    } else if (command == QLatin1String("formatBlock:blockquote")) {
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(block.indent() + 1);
        cursor.setBlockFormat(block);
    } else if (command == QLatin1String("removeFormat")) {
        cursor.setCharFormat(QTextCharFormat());
    } else if (command == QLatin1String("undo")) {
        m_edit->undo();
    } else if (command == QLatin1String("redo")) {
        m_edit->redo();
    }
}

void PlainReplyEditor::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void PlainReplyEditor::setPlaceholder(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void PlainReplyEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void PlainReplyEditor::setColors(const QString &, const QString &, const QString &, const QString &, const QString &)
{
    // A QTextEdit already follows the application palette; only the web page needs telling.
}

void PlainReplyEditor::handleTextChanged()
{
    m_htmlStale = true;
    if (m_loading)
        return;
    m_dirty = true;
    if (onChanged)
        onChanged(html(), m_dirty, wordCount());
}

bool PlainReplyEditor::handleShortcut(int key, Qt::KeyboardModifiers modifiers, bool dispatch)
{
    const Qt::KeyboardModifiers mods = modifiers & ~Qt::KeypadModifier;
    std::function<void()> *target = nullptr;
    if (mods == Qt::ControlModifier && key == Qt::Key_S)
        target = &onSaveRequested;
    else if (mods == Qt::ControlModifier && isEnter(key))
        target = &onSendRequested;
    else if (mods == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_T)
        target = &onTemplateRequested;
    if (!target || !*target)
        return false;
    if (dispatch)
        (*target)();
    return true;
}

} // namespace repdesk
