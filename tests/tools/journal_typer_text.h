#pragma once

#include <QString>

// The text journal_typer types and tst_journal_crash expects a prefix of:
// mixed scripts, so a torn multi-byte write would show as a mismatch.
inline QString journalTyperText()
{
    const QString line = QStringLiteral("Bonjour Zoë, voici le devis pour 25 postes. \u0645\u0631\u062D\u0628\u0627 "
                                        "\u0431\u0443\u0434\u0435\u043C \u043D\u0430 \u0441\u0432\u044F\u0437\u0438. ");
    QString text;
    for (int i = 0; text.size() < 1500; ++i)
        text += QString::number(i) + QLatin1Char(' ') + line;
    return text;
}
