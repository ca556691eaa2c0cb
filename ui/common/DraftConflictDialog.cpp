#include "common/DraftConflictDialog.h"

#include "HtmlSanitizer.h"
#include "ResponseDraft.h"

#include <QPushButton>

namespace repdesk {

DraftConflictDialog::DraftConflictDialog(const ResponseDraft &server, bool editorHadDraft, QWidget *parent)
    : QMessageBox(parent)
{
    const QString start = HtmlSanitizer::toPlainText(server.bodyHtml, 160);
    setIcon(QMessageBox::Warning);
    setWindowTitle(editorHadDraft ? tr("Draft changed on the server") : tr("A draft is already on the server"));
    setTextFormat(Qt::PlainText); // quotes the server's draft
    setText(editorHadDraft ? tr("Someone changed this draft on the server after you opened it.\n\nTheir version "
                                "starts: “%1”\n\nReplace it with your text?")
                                 .arg(start)
                           : tr("The server has a draft for this conversation that this editor did not load (it "
                                "was saved from elsewhere, or loading it failed).\n\nThat draft starts: “%1”\n\n"
                                "Replace it with your text?")
                                 .arg(start));
    m_mine = addButton(tr("Replace with mine"), QMessageBox::AcceptRole);
    m_servers = addButton(editorHadDraft ? tr("Use theirs") : tr("Use the server's"), QMessageBox::RejectRole);
    setDefaultButton(m_mine);
}

bool DraftConflictDialog::replaceWithMine() const
{
    return clickedButton() == m_mine;
}

bool DraftConflictDialog::ask(const ResponseDraft &server, bool editorHadDraft, QWidget *parent)
{
    DraftConflictDialog dialog(server, editorHadDraft, parent);
    dialog.exec();
    return dialog.replaceWithMine();
}

} // namespace repdesk
