<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountFiles</name>
    <message>
        <location filename="../app/store/AccountFiles.cpp" line="+38"/>
        <source>There is no folder for Repdesk&apos;s files.</source>
        <translation>Es gibt keinen Ordner für die Dateien von Repdesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some files in %1 could not be deleted.</source>
        <translation>Einige Dateien in %1 konnten nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>AppearanceChoice</name>
    <message>
        <location filename="../ui/settings/AppearanceChoice.cpp" line="+15"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/common/ChartExport.cpp" line="+80"/>
        <source>Exported from Repdesk</source>
        <translation>Aus Repdesk exportiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not draw the chart as an image.</source>
        <translation>Das Diagramm konnte nicht als Bild gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not draw the chart as SVG.</source>
        <translation>Das Diagramm konnte nicht als SVG gezeichnet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <location filename="../ui/common/ChartSpec.cpp" line="+49"/>
        <source>Line chart</source>
        <translation>Liniendiagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacked bar chart</source>
        <translation>Gestapeltes Balkendiagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal bar chart</source>
        <translation>Horizontales Balkendiagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pie chart</source>
        <translation>Kreisdiagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donut chart</source>
        <translation>Ringdiagramm</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3</source>
        <extracomment>A point of a chart: %1 = row label (a date, stage or agent), %2 = series, %3 = its value</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>DashboardShortcuts</name>
    <message>
        <location filename="../ui/dashboards/DashboardShortcuts.cpp" line="+12"/>
        <source>Ctrl+PageDown / Ctrl+PageUp</source>
        <translation>Ctrl+PageDown / Ctrl+PageUp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: next / previous page (Organization, agent, Legacy analytics)</source>
        <translation>Dashboards: nächste / vorherige Seite (Organisation, Mitarbeiter, Alte Auswertungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+R</source>
        <translation>Alt+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: choose the date range</source>
        <translation>Dashboards: Zeitraum wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left, Backspace, Esc</source>
        <translation>Alt+Left, Backspace, Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: back (from a stage&apos;s sales to its dashboard, from an agent to the organization)</source>
        <translation>Dashboards: zurück (von den Verkäufen einer Phase zu ihrem Dashboard, von einem Mitarbeiter zur Organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+B</source>
        <translation>Alt+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: the Back button</source>
        <translation>Dashboards: die Schaltfläche „Zurück“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: move between tiles, charts and tables</source>
        <translation>Dashboards: zwischen Kacheln, Diagrammen und Tabellen wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / Right, Home / End</source>
        <translation>Left / Right, Home / End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: move along the points and read each value</source>
        <translation>In einem Diagramm: an den Punkten entlanggehen und jeden Wert vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: move between its series</source>
        <translation>In einem Diagramm: zwischen seinen Datenreihen wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: show it as a table, and back</source>
        <translation>In einem Diagramm: als Tabelle zeigen und zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Menütaste, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart or table: export as PNG, SVG or CSV, or copy</source>
        <translation>In einem Diagramm oder einer Tabelle: als PNG, SVG oder CSV exportieren oder kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in a pipeline chart or its table)</source>
        <translation>Enter (in einem Pipeline-Diagramm oder seiner Tabelle)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the sales in the highlighted stage</source>
        <translation>Die Verkäufe der markierten Phase öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, double-click (in the team leaderboard)</source>
        <translation>Enter, Doppelklick (in der Team-Rangliste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open that agent&apos;s dashboard</source>
        <translation>Das Dashboard dieses Mitarbeiters öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team leaderboard: choose the column it is sorted by</source>
        <translation>Team-Rangliste: Spalte für die Sortierung wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+O</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team leaderboard: switch between ascending and descending order</source>
        <translation>Team-Rangliste: zwischen aufsteigender und absteigender Reihenfolge wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+C / Alt+L</source>
        <translation>Alt+U / Alt+V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent&apos;s dashboard: go to their conversations / sales</source>
        <translation>Dashboard eines Mitarbeiters: zu seinen Unterhaltungen / Verkäufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in an agent&apos;s conversations)</source>
        <translation>Enter (in den Unterhaltungen eines Mitarbeiters)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the conversation in the inbox</source>
        <translation>Die Unterhaltung im Posteingang öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in a stage&apos;s sales)</source>
        <translation>Enter (in den Verkäufen einer Phase)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the sale&apos;s products, totals and status history</source>
        <translation>Produkte, Summen und Statusverlauf des Verkaufs zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (on a failed row or tile&apos;s Retry)</source>
        <translation>Enter (auf einer fehlgeschlagenen Zeile oder „Wiederholen“ einer Kachel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask for that figure again</source>
        <translation>Diese Zahl erneut abfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+U</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legacy analytics: choose the solution</source>
        <translation>Alte Auswertungen: Lösung wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a table: copy the selected cells</source>
        <translation>In einer Tabelle: ausgewählte Zellen kopieren</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <location filename="../app/review/DraftCheck.cpp" line="+103"/>
        <source>This draft was changed on the server; the new version is shown.</source>
        <translation>Dieser Entwurf wurde auf dem Server geändert; die neue Version wird angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is already being sent from elsewhere.</source>
        <translation>Dieser Entwurf wird bereits von anderer Stelle gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft was already sent; it has left the queue.</source>
        <translation>Dieser Entwurf wurde bereits gesendet und hat die Warteschlange verlassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is no longer on the server; it has left the queue.</source>
        <translation>Dieser Entwurf ist nicht mehr auf dem Server und hat die Warteschlange verlassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>DraftDiscard</name>
    <message>
        <location filename="../app/reply/DraftDiscard.cpp" line="+16"/>
        <source>Could not discard the draft.</source>
        <translation>Der Entwurf konnte nicht verworfen werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reply is being sent right now and can&apos;t be discarded.</source>
        <translation>Die Antwort wird gerade gesendet und kann nicht verworfen werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>DraftSave</name>
    <message>
        <location filename="../app/reply/DraftSave.cpp" line="+15"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+28"/>
        <source>Could not save the draft. Your text is kept.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden. Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This conversation no longer exists. Your text is kept.</source>
        <translation>Diese Unterhaltung existiert nicht mehr. Ihr Text bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>EditorContextMenu</name>
    <message>
        <location filename="../ui/web/EditorContextMenu.cpp" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../ui/web/EditorLabels.cpp" line="+17"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear formatting</source>
        <translation>Formatierung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a formatting button: %1 is its name, %2 its keyboard shortcut.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link address</source>
        <translation>Linkadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a web, email or phone address (https:, mailto:, tel:).</source>
        <translation>Geben Sie eine Web-, E-Mail- oder Telefonadresse ein (https:, mailto:, tel:).</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <location filename="../ui/common/ExportFileDialog.cpp" line="+30"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <location filename="../app/models/FolderListModel.cpp" line="+100"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>To review, %n draft(s) waiting</source>
        <translation>
            <numerusform>Zu prüfen, %n Entwurf wartet</numerusform>
            <numerusform>Zu prüfen, %n Entwürfe warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n conversation(s), %2 unread</source>
        <translation>
            <numerusform>%1, %n Unterhaltung, %2 ungelesen</numerusform>
            <numerusform>%1, %n Unterhaltungen, %2 ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxShortcuts</name>
    <message>
        <location filename="../ui/InboxShortcuts.cpp" line="+15"/>
        <source>Up / Down, K / J</source>
        <translation>Up / Down, K / J</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous / next conversation</source>
        <translation>Zur vorherigen / nächsten Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, O</source>
        <translation>Enter, O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected conversation</source>
        <translation>Die ausgewählte Unterhaltung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to the selected conversation</source>
        <translation>Auf die ausgewählte Unterhaltung antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search conversations by contact name or email</source>
        <translation>Unterhaltungen nach Name oder E-Mail des Kontakts durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc (in search)</source>
        <translation>Esc (in der Suche)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search and return to the list</source>
        <translation>Suche leeren und zur Liste zurückkehren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server filters: status, assignee, tag, words and order (Fernand)</source>
        <translation>Serverfilter: Status, Zuständige, Tag, Wörter und Reihenfolge (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a table: sort by the column of the current cell; again: reverse the order</source>
        <translation>In einer Tabelle: nach der Spalte der aktuellen Zelle sortieren; erneut: Reihenfolge umkehren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+1 … 9</source>
        <translation>Ctrl+Shift+1 … 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to folder 1 … 9 (All, Unread, Inbox, …)</source>
        <translation>Zu Ordner 1 … 9 wechseln (Alle, Ungelesen, Inbox, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch organization</source>
        <translation>Organisation wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+A</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account menu: switch, add, sign in again, sign out or remove an account</source>
        <translation>Kontomenü: wechseln, hinzufügen, erneut anmelden, abmelden oder ein Konto entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+H, C</source>
        <translation>Alt+H, D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help &gt; Copy diagnostics: versions, settings without secrets, recent errors, for support</source>
        <translation>Hilfe &gt; Diagnosedaten kopieren: Versionen, Einstellungen ohne Geheimnisse, letzte Fehler, für den Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
</context>
<context>
    <name>KeyboardSort</name>
    <message>
        <location filename="../ui/common/KeyboardSort.cpp" line="+17"/>
        <source>Sort by this column</source>
        <translation>Nach dieser Spalte sortieren</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../ui/settings/LanguageChoice.cpp" line="+23"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/account/LaunchOptions.cpp" line="+16"/>
        <source>Repdesk: a native desktop inbox for HyperRep sales teams.</source>
        <translation>Repdesk: ein nativer Desktop-Posteingang für HyperRep-Vertriebsteams.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a built-in sandbox server with demo data; no account needed.</source>
        <translation>Einen eingebauten Sandbox-Server mit Demodaten starten; kein Konto nötig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HyperRep server URL (default %1).</source>
        <translation>URL des HyperRep-Servers (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization id to open first.</source>
        <translation>ID der Organisation, die zuerst geöffnet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service: hyperrep (default) or fernand (key from FERNAND_API_KEY).</source>
        <translation>Der Dienst: hyperrep (Standard) oder fernand (Schlüssel aus FERNAND_API_KEY).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown provider: %1 (use hyperrep or fernand)</source>
        <translation>Unbekannter Anbieter: %1 (verwenden Sie hyperrep oder fernand)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid server URL: %1</source>
        <translation>Ungültige Server-URL: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing %1: use https (plain http is only allowed on loopback).</source>
        <translation>%1 abgelehnt: Verwenden Sie https (unverschlüsseltes http ist nur auf Loopback erlaubt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <location filename="../app/models/PagedListModel.cpp" line="+53"/>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load more. %1 Press Enter to retry.</source>
        <translation>Weitere konnten nicht geladen werden. %1 Eingabetaste drücken, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>PlainReplyEditor</name>
    <message>
        <location filename="../ui/compose/PlainReplyEditor.cpp" line="+77"/>
        <source>Message body</source>
        <translation>Nachrichtentext</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/LinkOpener.cpp" line="+22"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link opens outside Repdesk:

%1</source>
        <translation>Dieser Link wird außerhalb von Repdesk geöffnet:

%1</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../ui/inbox/contact/RecordFields.cpp" line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy name</source>
        <translation>Name kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy phone number</source>
        <translation>Telefonnummer kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy role</source>
        <translation>Rolle kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy company name</source>
        <translation>Firmennamen kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy domain</source>
        <translation>Domain kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy company %1</source>
        <translation>Firma %1 kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/models/RelativeTime.cpp" line="+16"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMM</source>
        <extracomment>A date this year in the conversation list, as a QLocale date pattern (d = day, MMM = short month)</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy</source>
        <extracomment>A date of another year in the conversation list, as a QLocale date pattern</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ReviewShortcuts</name>
    <message>
        <location filename="../ui/review/ReviewShortcuts.cpp" line="+12"/>
        <source>Up / Down, K / J</source>
        <translation>Up / Down, K / J</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: previous / next draft</source>
        <translation>Prüfung: vorheriger / nächster Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: approve and send the draft as shown, then show the next</source>
        <translation>Prüfung: den Entwurf wie angezeigt freigeben und senden, dann den nächsten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, E</source>
        <translation>Enter, E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: edit the draft in place</source>
        <translation>Prüfung: den Entwurf direkt bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: back to the queue (from the editor or a field); in the queue, hide the changes</source>
        <translation>Prüfung: zurück zur Warteschlange (aus dem Editor oder einem Feld); in der Warteschlange die Änderungen ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: save the draft on the server without sending it</source>
        <translation>Prüfung: den Entwurf auf dem Server speichern, ohne ihn zu senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: discard the draft, then show the next (in the editor it deletes a word: Esc first)</source>
        <translation>Prüfung: den Entwurf verwerfen und den nächsten zeigen (im Editor löscht es ein Wort: zuerst Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, U</source>
        <translation>Ctrl+Z, U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: undo the last approve or discard while its bar shows (nothing is sent)</source>
        <translation>Prüfung: die letzte Freigabe oder das letzte Verwerfen rückgängig machen, solange die Leiste zu sehen ist (es wird nichts gesendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: skip the draft for now (it moves to the end of the queue)</source>
        <translation>Prüfung: den Entwurf vorerst überspringen (er wandert ans Ende der Warteschlange)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D, Alt+G</source>
        <translation>D, Alt+G</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: show or hide the changes against HyperRep&apos;s proposal</source>
        <translation>Prüfung: die Änderungen gegenüber dem Vorschlag von HyperRep zeigen oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: look for new drafts now</source>
        <translation>Prüfung: jetzt nach neuen Entwürfen suchen</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message numerus="yes">
        <location filename="../ui/SyncStatusText.cpp" line="+12"/>
        <source>Offline — %n cached conversation(s)</source>
        <translation>
            <numerusform>Offline – %n zwischengespeicherte Unterhaltung</numerusform>
            <numerusform>Offline – %n zwischengespeicherte Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asked Repdesk to slow down; retrying shortly</source>
        <translation>Der Server hat Repdesk gebeten, langsamer zu werden; neuer Versuch in Kürze</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversation(s) · up to date as of %1</source>
        <translation>
            <numerusform>%n Unterhaltung · aktuell seit %1</numerusform>
            <numerusform>%n Unterhaltungen · aktuell seit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadContextMenu</name>
    <message>
        <location filename="../ui/web/ThreadContextMenu.cpp" line="+20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>ThreadHtmlBuilder</name>
    <message>
        <location filename="../app/thread/MessagePartsHtml.cpp" line="+44"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign (UTM)</source>
        <translation>Kampagne (UTM)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tracked links</source>
        <translation>Verfolgte Links</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not clicked yet</source>
        <translation>noch nicht angeklickt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clicked once</source>
        <translation>einmal angeklickt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>clicked %n times</source>
        <translation>
            <numerusform>%n-mal angeklickt</numerusform>
            <numerusform>%n-mal angeklickt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no content)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <location filename="../app/thread/ArticleWriter.cpp" line="+23"/>
        <location line="+1"/>
        <source>Form submission</source>
        <translation>Formulareinsendung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chat message</source>
        <translation>Live-Chat-Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 received from %2, %3</source>
        <translation>%1 empfangen von %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent by %2, %3</source>
        <translation>%1 gesendet von %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent, %2</source>
        <translation>%1 gesendet, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drafted</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/thread/ThreadHtmlBuilder.cpp" line="+16"/>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No messages in this conversation yet.</source>
        <translation>Diese Unterhaltung enthält noch keine Nachrichten.</translation>
    </message>
    <message>
        <location filename="../app/thread/ThreadTextFormat.cpp" line="+10"/>
        <source>unknown</source>
        <comment>call duration</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 h %2 min %3 s</source>
        <comment>call duration</comment>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <comment>call duration</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <comment>call duration</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <comment>long date, short time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>WebReplyEditor</name>
    <message>
        <location filename="../ui/web/WebReplyEditor.cpp" line="+39"/>
        <source>Reply editor</source>
        <translation>Antworteditor</translation>
    </message>
</context>
<context>
    <name>WebThreadDisplay</name>
    <message>
        <location filename="../ui/web/WebThreadDisplay.cpp" line="+24"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>WebViewsLoader</name>
    <message>
        <location filename="../ui/WebViewsLoader.cpp" line="+101"/>
        <source>Repdesk is running as root, where the Chromium engine behind the message view refuses to start with its sandbox. Showing the plain view instead. Run Repdesk as a normal user, or set QTWEBENGINE_DISABLE_SANDBOX=1 if you accept the risk.</source>
        <translation>Repdesk läuft als root, wo die Chromium-Engine hinter der Nachrichtenansicht nicht mit ihrer Sandbox startet. Stattdessen wird die einfache Ansicht angezeigt. Starten Sie Repdesk als normaler Benutzer oder setzen Sie QTWEBENGINE_DISABLE_SANDBOX=1, wenn Sie das Risiko akzeptieren.</translation>
    </message>
</context>
<context>
    <name>repdesk</name>
    <message>
        <location filename="../app/store/TemplateStore.cpp" line="+37"/>
        <source>Thanks for reaching out</source>
        <translation>Danke für Ihre Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;Thanks for reaching out! I&apos;m looking into this now and will get back to you shortly.&lt;/p&gt;&lt;p&gt;Best,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hallo {contact.first_name},&lt;/p&gt;&lt;p&gt;vielen Dank für Ihre Nachricht! Ich kümmere mich gerade darum und melde mich in Kürze bei Ihnen.&lt;/p&gt;&lt;p&gt;Viele Grüße&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote follow-up</source>
        <translation>Nachfassen zum Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;I wanted to follow up on the quote I sent for {company.name}. Do you have any questions, or is there anything you would like me to adjust?&lt;/p&gt;&lt;p&gt;Best regards,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hallo {contact.first_name},&lt;/p&gt;&lt;p&gt;ich wollte kurz wegen des Angebots nachfragen, das ich für {company.name} geschickt habe. Haben Sie Fragen, oder soll ich etwas anpassen?&lt;/p&gt;&lt;p&gt;Viele Grüße&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book a call</source>
        <translation>Gespräch vereinbaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;Would you have 20 minutes this week for a quick call? Let me know a time that suits you and I&apos;ll send an invite.&lt;/p&gt;&lt;p&gt;Thanks,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hallo {contact.first_name},&lt;/p&gt;&lt;p&gt;hätten Sie diese Woche 20 Minuten für ein kurzes Gespräch? Nennen Sie mir einen passenden Termin, dann schicke ich Ihnen eine Einladung.&lt;/p&gt;&lt;p&gt;Danke&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>repdesk::AccountMenu</name>
    <message>
        <location filename="../ui/account/AccountMenu.cpp" line="+14"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in &amp;again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove account</source>
        <translation>Konto entfe&amp;rnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1 from Repdesk?</source>
        <translation>%1 aus Repdesk entfernen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is deleted from the keyring and its local copy of conversations is deleted from this computer. Nothing changes on the server.</source>
        <translation>Sein Schlüssel wird aus dem Schlüsselbund gelöscht und seine lokale Kopie der Unterhaltungen von diesem Computer entfernt. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reply or message draft(s) that never reached the server will be lost.</source>
        <translation>
            <numerusform>%n Antwort- oder Nachrichtenentwurf, der den Server nie erreicht hat, geht verloren.</numerusform>
            <numerusform>%n Antwort- oder Nachrichtenentwürfe, die den Server nie erreicht haben, gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>repdesk::AccountRegistry</name>
    <message>
        <location filename="../app/account/AccountRegistry.cpp" line="+160"/>
        <source>%1 — %2</source>
        <extracomment>An account in the account menu: organization name, then the server&apos;s host name.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentConversationListModel</name>
    <message>
        <location filename="../app/dashboards/AgentConversationListModel.cpp" line="+73"/>
        <source>%1 — %2</source>
        <extracomment>An agent&apos;s conversation in a list: contact, then when it was last active</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentConversationRows</name>
    <message>
        <location filename="../ui/dashboards/AgentConversationRows.cpp" line="+74"/>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <extracomment>An agent&apos;s conversation in a list: contact, then when it was last active</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDetailPane</name>
    <message>
        <location filename="../ui/directory/AgentDetailPane.cpp" line="+23"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;dashboard</source>
        <translation>&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agent shown</source>
        <translation>Kein Mitarbeiter angezeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an agent in the roster.</source>
        <translation>Wählen Sie einen Mitarbeiter in der Teamliste aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shows this agent&apos;s figures in the dashboards (Ctrl+2)</source>
        <translation>Zeigt die Zahlen dieses Mitarbeiters in den Dashboards (Strg+2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s conversations</source>
        <translation>Die Unterhaltungen des Mitarbeiters</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent %1</source>
        <translation>Mitarbeiter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the dashboard of %1</source>
        <translation>Dashboard von %1 öffnen</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDraftDialog</name>
    <message>
        <location filename="../ui/inbox/AgentDraftDialog.cpp" line="+32"/>
        <location line="+125"/>
        <source>Create draft</source>
        <translation>Entwurf erstellen</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+1"/>
        <source>New draft for a colleague</source>
        <translation>Neuer Entwurf für eine Kollegin oder einen Kollegen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colleague the draft is for, or everyone</source>
        <translation>Für wen der Entwurf ist, oder für alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;or:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Draft:</source>
        <translation>&amp;Entwurf:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft text</source>
        <translation>Entwurfstext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading agents…</source>
        <translation>Mitarbeitende werden geladen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose who the draft is from.</source>
        <translation>Wählen Sie, von wem der Entwurf ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the draft first.</source>
        <translation>Schreiben Sie zuerst den Entwurf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another draft is on its way; try again in a moment.</source>
        <translation>Ein anderer Entwurf ist unterwegs; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create anyway</source>
        <translation>Trotzdem erstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDrafts</name>
    <message>
        <location filename="../app/session/AgentDrafts.cpp" line="+59"/>
        <source>The connection failed before the server answered, so the draft may or may not have been created. The server has no list of drafts to check: look in the conversation before creating it again.</source>
        <translation>Die Verbindung ist abgebrochen, bevor der Server antwortete; der Entwurf wurde also vielleicht erstellt, vielleicht nicht. Der Server bietet keine Entwurfsliste zum Nachsehen: Prüfen Sie die Unterhaltung, bevor Sie ihn noch einmal erstellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was created, but the server&apos;s answer could not be read, so it cannot be deleted from here.</source>
        <translation>Der Entwurf wurde erstellt, aber die Antwort des Servers war nicht lesbar; er kann deshalb hier nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft was not created.</source>
        <translation>Der Entwurf wurde nicht erstellt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The draft was not deleted.</source>
        <translation>Der Entwurf wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentListModel</name>
    <message>
        <location filename="../app/directory/AgentListModel.cpp" line="+38"/>
        <source>Unnamed agent</source>
        <translation>Unbenannter Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentPage</name>
    <message>
        <location filename="../ui/dashboards/AgentPage.cpp" line="+51"/>
        <source>&amp;Conversations</source>
        <translation>&amp;Unterhaltungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;les</source>
        <translation>&amp;Verkäufe</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dashboard</source>
        <extracomment>The agent page&apos;s heading; %1 = the agent&apos;s name</extracomment>
        <translation>%1: Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard of %1</source>
        <translation>Dashboard von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations of %1</source>
        <translation>Unterhaltungen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the conversation in the inbox.</source>
        <translation>Die Eingabetaste öffnet die Unterhaltung im Posteingang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales of %1</source>
        <translation>Verkäufe von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows the sale beside the other sales of its stage.</source>
        <translation>Die Eingabetaste zeigt den Verkauf neben den anderen Verkäufen seiner Phase.</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentSaleListModel</name>
    <message>
        <location filename="../app/dashboards/AgentSaleListModel.cpp" line="+70"/>
        <source>%1 — %2 — %3</source>
        <extracomment>An agent&apos;s sale in a list: products, stage, total</extracomment>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no stage</source>
        <translation>keine Phase</translation>
    </message>
</context>
<context>
    <name>repdesk::AnalyticsFetcher</name>
    <message>
        <location filename="../app/dashboards/AnalyticsFetcher.cpp" line="+67"/>
        <source>Analytics need both a start and an end date.</source>
        <translation>Für Auswertungen werden ein Start- und ein Enddatum benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of the range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of the range is in the future.</source>
        <translation>Das Ende des Zeitraums liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics are not available for this account.</source>
        <translation>Für dieses Konto sind keine Auswertungen verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agent or solution was given.</source>
        <translation>Es wurde kein Mitarbeiter und keine Lösung angegeben.</translation>
    </message>
</context>
<context>
    <name>repdesk::AnalyticsRange</name>
    <message>
        <location filename="../app/dashboards/AnalyticsRange.cpp" line="+52"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <location line="+31"/>
        <source>Choose the first and last day of the range.</source>
        <translation>Wählen Sie den ersten und letzten Tag des Zeitraums.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The first day of the range is after its last day.</source>
        <translation>Der erste Tag des Zeitraums liegt nach seinem letzten Tag.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The range starts in the future.</source>
        <translation>Der Zeitraum beginnt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 – %2</source>
        <extracomment>A custom date range: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>repdesk::ApiCall</name>
    <message>
        <location filename="../app/api/ApiCall.cpp" line="+113"/>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die ganze Antwort angekommen war.</translation>
    </message>
</context>
<context>
    <name>repdesk::ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+153"/>
        <source>Could not reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the API key.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests; try again in %1 s.</source>
        <translation>Zu viele Anfragen; erneut versuchen in %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests; try again shortly.</source>
        <translation>Zu viele Anfragen; bitte gleich erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Der Server hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent data Repdesk could not read.</source>
        <translation>Der Server hat Daten gesendet, die Repdesk nicht lesen konnte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing to send the API key over unencrypted http.</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes HTTP gesendet.</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditChangeText</name>
    <message>
        <location filename="../app/auditlog/AuditChangeText.cpp" line="+33"/>
        <source>(unnamed field)</source>
        <translation>(unbenanntes Feld)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: set to %2</source>
        <extracomment>An audit log change with no old value: &quot;status: set to Accepted&quot;</extracomment>
        <translation>%1: auf %2 gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 removed</source>
        <extracomment>An audit log change with no new value: &quot;notes: Call back removed&quot;</extracomment>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <extracomment>An audit log change: &quot;status: Qualified → Accepted&quot;</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message draft</source>
        <translation>Nachrichtenentwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response draft</source>
        <translation>Antwortentwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown record</source>
        <translation>Unbekannter Datensatz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action</source>
        <translation>Unbekannte Aktion</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogFilter</name>
    <message>
        <location filename="../app/auditlog/AuditLogFilter.cpp" line="+8"/>
        <source>The start date is after the end date.</source>
        <translation>Das Startdatum liegt nach dem Enddatum.</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogFilterBar</name>
    <message>
        <location filename="../ui/auditlog/AuditLogFilterBar.cpp" line="+34"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Through</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through date, inclusive</source>
        <translation>Enddatum, einschließlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message drafts</source>
        <translation>Nachrichtenentwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response drafts</source>
        <translation>Antwortentwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to changes from a date</source>
        <translation>Auf Änderungen ab einem Datum beschränken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to changes through a date</source>
        <translation>Auf Änderungen bis zu einem Datum beschränken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;gent:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All agents</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogListModel</name>
    <message>
        <location filename="../app/auditlog/AuditLogListModel.cpp" line="+50"/>
        <source>No agent</source>
        <extracomment>Who made an audit log change that no agent made (HyperRep itself, an import, ...)</extracomment>
        <translation>Kein Mitarbeiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown time</source>
        <translation>Unbekannte Zeit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2 %3</source>
        <extracomment>An audit log row: who, what they did, to which kind of record</extracomment>
        <translation>%1 – %2 %3</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogWorkspace</name>
    <message>
        <location filename="../ui/auditlog/AuditLogWorkspace.cpp" line="+47"/>
        <location line="+9"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+63"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+128"/>
        <source>Choose a change to see it in full.</source>
        <translation>Wählen Sie eine Änderung aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 %2 — %3, %4</source>
        <extracomment>The audit log detail&apos;s title: &quot;Changed Sale — Maya Chen, 21/05/2026 17:42&quot;</extracomment>
        <translation>%1: %2 – %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unnamed field)</source>
        <translation>(unbenanntes Feld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:
  from: %2
  to:   %3</source>
        <extracomment>One change in the audit log detail: the field, then its old and new values on their own lines</extracomment>
        <translation>%1:
  von: %2
  auf: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No field changes were recorded.</source>
        <translation>Es wurden keine Feldänderungen aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open conversation in the inbox</source>
        <translation>Unterhaltung im Posteingang ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conversation in the inbox</source>
        <translation>Unterhaltung im Posteingang öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show sale</source>
        <translation>&amp;Verkauf anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show sale</source>
        <translation>Verkauf anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open message drafts</source>
        <translation>Nachrichtenentwürfe ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the organization&apos;s message drafts</source>
        <translation>Die Nachrichtenentwürfe der Organisation öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log does not say which conversation this reply draft belongs to, so Repdesk cannot open it from here.</source>
        <translation>Das Audit-Protokoll nennt nicht die Unterhaltung, zu der dieser Antwortentwurf gehört; Repdesk kann ihn deshalb von hier aus nicht öffnen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sale is not among the organization&apos;s sales Repdesk has loaded.</source>
        <translation>Dieser Verkauf gehört nicht zu den Verkäufen der Organisation, die Repdesk geladen hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization is open</source>
        <translation>Keine Organisation geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see who changed what.</source>
        <translation>Melden Sie sich an, um zu sehen, wer was geändert hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No audit log</source>
        <translation>Kein Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This account&apos;s provider does not keep an audit log.</source>
        <translation>Der Anbieter dieses Kontos führt kein Audit-Protokoll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the audit log…</source>
        <translation>Audit-Protokoll wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading more…</source>
        <translation>Weitere werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the audit log: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) loaded</source>
        <translation>
            <numerusform>%n Änderung geladen</numerusform>
            <numerusform>%n Änderungen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n change(s)</source>
        <translation>
            <numerusform>Alle %n Änderung</numerusform>
            <numerusform>Alle %n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n Änderung geladen; für weitere nach unten scrollen</numerusform>
            <numerusform>%n Änderungen geladen; für weitere nach unten scrollen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes match these filters</source>
        <translation>Keine Änderungen passen zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Widen the dates or choose all agents.</source>
        <translation>Erweitern Sie den Zeitraum oder wählen Sie alle Mitarbeiter.</translation>
    </message>
</context>
<context>
    <name>repdesk::Cache</name>
    <message>
        <location filename="../app/store/Cache.cpp" line="+82"/>
        <source>No organization was given to cache.</source>
        <translation>Es wurde keine Organisation zum Zwischenspeichern angegeben.</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>Some cached files in %1 could not be deleted.</source>
        <translation>Einige zwischengespeicherte Dateien in %1 konnten nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>repdesk::ChartPanel</name>
    <message>
        <location filename="../ui/common/ChartPanel.cpp" line="+56"/>
        <source>Show as table</source>
        <translation>Als Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Chart actions</source>
        <translation>Diagrammaktionen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, table</source>
        <extracomment>The accessible name of the table behind &quot;Show as table&quot;; %1 = the chart&apos;s title</extracomment>
        <translation>%1, Tabelle</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%1, %n series, %2 rows. Arrow keys read the values; Ctrl+T shows a table.</source>
        <extracomment>%1 = &quot;Bar chart&quot; etc., %2 = number of rows. Read by screen readers when the chart gets focus.</extracomment>
        <translation>
            <numerusform>%1, %n Datenreihe, %2 Zeilen. Die Pfeiltasten lesen die Werte vor; Strg+T zeigt eine Tabelle.</numerusform>
            <numerusform>%1, %n Datenreihen, %2 Zeilen. Die Pfeiltasten lesen die Werte vor; Strg+T zeigt eine Tabelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ChartPanelPages</name>
    <message>
        <location filename="../ui/common/ChartPanelPages.cpp" line="+52"/>
        <source>No data for this range</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown as a table</source>
        <translation>Als Tabelle angezeigt</translation>
    </message>
</context>
<context>
    <name>repdesk::ChartSkeleton</name>
    <message>
        <location filename="../ui/common/ChartSkeleton.cpp" line="+12"/>
        <source>Loading chart</source>
        <translation>Diagramm wird geladen</translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyCreateDialog</name>
    <message>
        <location filename="../ui/directory/CompanyCreateDialog.cpp" line="+29"/>
        <location line="+116"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+1"/>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>example.com</source>
        <translation>beispiel.de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Written in lower case, without https:// or a path</source>
        <translation>Optional. In Kleinbuchstaben, ohne https:// oder Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owning agent</source>
        <translation>Verantwortlicher Mitarbeiter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create company</source>
        <translation>Firma erstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyDetailPane</name>
    <message>
        <location filename="../ui/directory/CompanyDetailPane.cpp" line="+33"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy domain</source>
        <translation>Domain kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy creation date</source>
        <translation>Erstellungsdatum kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company sales</source>
        <translation>Verkäufe der Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company shown</source>
        <translation>Keine Firma angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a company in the list, or create one with Ctrl+Shift+N.</source>
        <translation>Wählen Sie eine Firma in der Liste aus oder erstellen Sie eine mit Strg+Umschalt+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company&apos;s contacts</source>
        <translation>Die Kontakte der Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s sales</source>
        <translation>Die Verkäufe der Firma</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Company not available</source>
        <translation>Firma nicht verfügbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This company does not exist (any more).</source>
        <translation>Diese Firma existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this company. %1</source>
        <translation>Diese Firma konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owner: none</source>
        <translation>Verantwortlich: niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent owns this company</source>
        <translation>Kein Mitarbeiter ist für diese Firma verantwortlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner: loading…</source>
        <translation>Verantwortlich: wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the owning agent (the name is loading)</source>
        <translation>Verantwortlichen Mitarbeiter öffnen (der Name wird geladen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the owning agent %1</source>
        <translation>Verantwortlichen Mitarbeiter %1 öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts: none known on this computer</source>
        <translation>Kontakte: keine auf diesem Computer bekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) known on this computer</source>
        <translation>
            <numerusform>%n Kontakt auf diesem Computer bekannt</numerusform>
            <numerusform>%n Kontakte auf diesem Computer bekannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales: loading…</source>
        <translation>Verkäufe: werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>Bisher %n Verkauf; wird geladen…</numerusform>
            <numerusform>Bisher %n Verkäufe; wird geladen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales could not be loaded (%1). F5 tries again.</source>
        <translation>Verkäufe konnten nicht geladen werden (%1). F5 versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales: none</source>
        <translation>Verkäufe: keine</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n Verkauf</numerusform>
            <numerusform>%n Verkäufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyListModel</name>
    <message>
        <location filename="../app/directory/CompanyListModel.cpp" line="+43"/>
        <source>Unnamed company</source>
        <translation>Unbenannte Firma</translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeActions</name>
    <message>
        <location filename="../ui/ComposeActions.cpp" line="+68"/>
        <source>Message drafts — Repdesk</source>
        <translation>Nachrichtenentwürfe – Repdesk</translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeForm</name>
    <message>
        <location filename="../ui/compose/ComposeForm.cpp" line="+35"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt message</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient name</source>
        <translation>Name des Empfängers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Diana Prince</source>
        <translation>z. B. Diana Prince</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient email address</source>
        <translation>E-Mail-Adresse des Empfängers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. diana@example.com</source>
        <translation>z. B. diana@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient phone number</source>
        <translation>Telefonnummer des Empfängers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. +1 513 867 5309</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc addresses</source>
        <translation>Cc-Adressen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Separate addresses with commas</source>
        <translation>Adressen mit Kommas trennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bcc addresses</source>
        <translation>Bcc-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;automatically</source>
        <translation>A&amp;utomatisch senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otify me</source>
        <translation>Benachrichti&amp;gen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send as email</source>
        <translation>Als E-Mail senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send as text message</source>
        <translation>Als SMS senden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new name to create a folder; the server turns it into a lowercase slug.</source>
        <translation>Geben Sie einen neuen Namen ein, um einen Ordner anzulegen; der Server macht daraus einen Kurznamen in Kleinbuchstaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the message in Drafts to review and send later.</source>
        <translation>Die Nachricht bleibt in den Entwürfen, um sie später zu prüfen und zu senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send automatically</source>
        <translation>Automatisch senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HyperRep sends the message as soon as it is saved.</source>
        <translation>HyperRep sendet die Nachricht, sobald sie gespeichert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notify me about this draft</source>
        <translation>Über diesen Entwurf benachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a HyperRep notification for this draft. Not available when sending automatically.</source>
        <translation>Eine HyperRep-Benachrichtigung zu diesem Entwurf erhalten. Nicht verfügbar bei automatischem Senden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;name:</source>
        <translation>Empfänger&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;email:</source>
        <translation>Empfänger-E-Mai&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;phone:</source>
        <translation>Empfänger&amp;telefon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When saved:</source>
        <translation>Nach dem S&amp;peichern:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Enter the recipient&apos;s email address: an email needs one.</source>
        <translation>Geben Sie die E-Mail-Adresse des Empfängers ein: Eine E-Mail braucht eine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid email address. Use the form name@example.com.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse. Verwenden Sie die Form name@example.com.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the recipient&apos;s phone number: a text message needs one.</source>
        <translation>Geben Sie die Telefonnummer des Empfängers ein: Eine SMS braucht eine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid phone number. Use 7 to 15 digits, optionally starting with +.</source>
        <translation>„%1“ ist keine gültige Telefonnummer. Verwenden Sie 7 bis 15 Ziffern, optional mit + am Anfang.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not a valid email address: %1. Separate addresses with commas or semicolons.</source>
        <translation>
            <numerusform>Keine gültige E-Mail-Adresse: %1. Trennen Sie Adressen mit Kommas oder Semikolons.</numerusform>
            <numerusform>Keine gültigen E-Mail-Adressen: %1. Trennen Sie Adressen mit Kommas oder Semikolons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeWindow</name>
    <message>
        <location filename="../ui/compose/ComposeWindow.cpp" line="+44"/>
        <source>&amp;Template…</source>
        <translation>&amp;Vorlage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disca&amp;rd</source>
        <translation>Ve&amp;rwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert a template</source>
        <translation>Vorlage einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply at the cursor (Ctrl+Shift+T)</source>
        <translation>Gespeicherte Antwort an der Cursorposition einfügen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard this message</source>
        <translation>Diese Nachricht verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and throw away what you wrote (Esc closes and asks first)</source>
        <translation>Schließen und das Geschriebene verwerfen (Esc schließt mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messa&amp;ge:</source>
        <translation>Nachric&amp;ht:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Edit draft</source>
        <translation>Entwurf bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit draft: %1</source>
        <translation>Entwurf bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving creates a new draft and deletes the old one, because drafts can&apos;t be edited in place.</source>
        <translation>Beim Speichern wird ein neuer Entwurf angelegt und der alte gelöscht, da Entwürfe nicht direkt bearbeitet werden können.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restored a message you had not saved.</source>
        <translation>Eine nicht gespeicherte Nachricht wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HyperRep sends it right away (Ctrl+Enter)</source>
        <translation>HyperRep sendet sie sofort (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation>Als Entwurf speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Write the text message first.</source>
        <translation>Schreiben Sie zuerst die SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a subject or a message first.</source>
        <translation>Schreiben Sie zuerst einen Betreff oder eine Nachricht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The new draft was saved, but the old draft could not be deleted: %1 Both drafts now exist; delete the old one from the Drafts list.</source>
        <translation>Der neue Entwurf wurde gespeichert, aber der alte konnte nicht gelöscht werden: %1 Jetzt gibt es beide Entwürfe; löschen Sie den alten in der Entwurfsliste.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved message</source>
        <translation>Nicht gespeicherte Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this message as a draft before closing?</source>
        <translation>Diese Nachricht vor dem Schließen als Entwurf speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you discard it, what you wrote is lost.</source>
        <translation>Wenn Sie sie verwerfen, geht das Geschriebene verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactConversationListModel</name>
    <message>
        <location filename="../app/directory/ContactConversationListModel.cpp" line="+50"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — unread</source>
        <extracomment>A contact&apos;s conversation in a list: when it was last active, its folder, and whether it is unread</extracomment>
        <translation>%1 – %2 – ungelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactCreateDialog</name>
    <message>
        <location filename="../ui/directory/ContactCreateDialog.cpp" line="+31"/>
        <location line="+145"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact needs at least a name, an email address or a phone number.</source>
        <translation>Ein Kontakt braucht mindestens einen Namen, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role at the company:</source>
        <translation>&amp;Rolle in der Firma:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role at the company</source>
        <translation>Rolle in der Firma</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create contact</source>
        <translation>Kontakt erstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No company</source>
        <translation>Keine Firma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation&apos;s company</source>
        <translation>Die Firma der Unterhaltung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactDetailPane</name>
    <message>
        <location filename="../ui/directory/ContactDetailPane.cpp" line="+29"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy phone number</source>
        <translation>Telefonnummer kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role at the company</source>
        <translation>Rolle in der Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy role</source>
        <translation>Rolle kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy creation date</source>
        <translation>Erstellungsdatum kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact sales</source>
        <translation>Verkäufe des Kontakts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact shown</source>
        <translation>Kein Kontakt angezeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a contact in the list, or create one with Ctrl+N.</source>
        <translation>Wählen Sie einen Kontakt in der Liste aus oder erstellen Sie einen mit Strg+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact&apos;s conversations</source>
        <translation>Die Unterhaltungen des Kontakts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact&apos;s sales</source>
        <translation>Die Verkäufe des Kontakts</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contact not available</source>
        <translation>Kontakt nicht verfügbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This contact does not exist (any more).</source>
        <translation>Dieser Kontakt existiert nicht (mehr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this contact. %1</source>
        <translation>Dieser Kontakt konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company: loading…</source>
        <translation>Firma: wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the company (its name is loading)</source>
        <translation>Firma öffnen (der Name wird geladen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the company %1</source>
        <translation>Firma %1 öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales: loading…</source>
        <translation>Verkäufe: werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>Bisher %n Verkauf; wird geladen…</numerusform>
            <numerusform>Bisher %n Verkäufe; wird geladen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales could not be loaded (%1). F5 tries again.</source>
        <translation>Verkäufe konnten nicht geladen werden (%1). F5 versucht es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales: none</source>
        <translation>Verkäufe: keine</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n Verkauf</numerusform>
            <numerusform>%n Verkäufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ContactDetails</name>
    <message>
        <location filename="../app/models/ContactDetails.cpp" line="+90"/>
        <source>No contact for this conversation</source>
        <translation>Kein Kontakt zu dieser Unterhaltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>No company</source>
        <translation>Keine Firma</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+121"/>
        <source>No other conversations</source>
        <translation>Keine weiteren Unterhaltungen</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+66"/>
        <source>Not connected to an account.</source>
        <translation>Mit keinem Konto verbunden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still indexing this organization&apos;s sales: more may appear.</source>
        <translation>Die Verkäufe dieser Organisation werden noch indiziert: Es können weitere erscheinen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sales of this organization could not be looked up yet.</source>
        <translation>Die Verkäufe dieser Organisation konnten noch nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales linked to this conversation</source>
        <translation>Keine Verkäufe mit dieser Unterhaltung verknüpft</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactListModel</name>
    <message>
        <location filename="../app/directory/ContactListModel.cpp" line="+45"/>
        <source>Unnamed contact</source>
        <translation>Unbenannter Kontakt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown company</source>
        <translation>Unbekannte Firma</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactPanel</name>
    <message>
        <location filename="../ui/inbox/ContactPanel.cpp" line="+30"/>
        <source>Select a conversation</source>
        <translation>Wählen Sie eine Unterhaltung aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details about the contact appear here.</source>
        <translation>Hier erscheinen Details zum Kontakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the arrow keys to scroll</source>
        <translation>Mit den Pfeiltasten blättern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other conversations</source>
        <translation>Weitere Unterhaltungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Create &amp;contact…</source>
        <translation>&amp;Kontakt erstellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open in director&amp;y</source>
        <translation>Im &amp;Verzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this contact in the directory</source>
        <translation>Diesen Kontakt im Verzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a contact for this conversation</source>
        <translation>Einen Kontakt für diese Unterhaltung erstellen</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationDelegate</name>
    <message>
        <location filename="../ui/inbox/ConversationDelegate.cpp" line="+19"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading more conversations…</source>
        <translation>Weitere Unterhaltungen werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load more — press Enter or click to retry</source>
        <translation>Weitere konnten nicht geladen werden – Eingabetaste drücken oder klicken, um es erneut zu versuchen</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationLinkList</name>
    <message>
        <location filename="../ui/inbox/contact/ConversationLinkList.cpp" line="+24"/>
        <source>Other conversations</source>
        <translation>Weitere Unterhaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected conversation</source>
        <translation>Eingabetaste drücken, um die ausgewählte Unterhaltung zu öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <extracomment>A row of the contact&apos;s other conversations: folder, then last activity</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Started %1
Last activity %2</source>
        <translation>Begonnen %1
Letzte Aktivität %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, last activity %2, unread</source>
        <translation>%1, letzte Aktivität %2, ungelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, last activity %2</source>
        <translation>%1, letzte Aktivität %2</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationListModel</name>
    <message>
        <location filename="../app/models/ConversationListModel.cpp" line="+400"/>
        <source>Loading contact…</source>
        <translation>Kontakt wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationListView</name>
    <message>
        <location filename="../ui/inbox/ConversationListView.cpp" line="+22"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conversations in this folder</source>
        <translation>Keine Unterhaltungen in diesem Ordner</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationQueryBar</name>
    <message>
        <location filename="../ui/inbox/ConversationQueryBar.cpp" line="+35"/>
        <source>Server filters</source>
        <translation>Serverfilter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee filter</source>
        <translation>Filter nach Zuständigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose yourself to see the conversations assigned to you</source>
        <translation>Wählen Sie sich selbst, um die Ihnen zugewiesenen Unterhaltungen zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gned:</source>
        <translation>&amp;Zugewiesen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words filter</source>
        <translation>Wortfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, then Enter</source>
        <translation>Wörter, dann Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Words:</source>
        <translation>&amp;Wörter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest activity</source>
        <translation>Neueste Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting longest</source>
        <translation>Am längsten wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rder:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Niemand (nicht zugewiesen)</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationWorkflow</name>
    <message>
        <location filename="../app/session/ConversationWorkflow.cpp" line="+45"/>
        <source>Conversation closed.</source>
        <translation>Unterhaltung geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation marked as spam.</source>
        <translation>Unterhaltung als Spam markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation reopened.</source>
        <translation>Unterhaltung wieder geöffnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conversation snoozed until %1.</source>
        <translation>Unterhaltung zurückgestellt bis %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversation unassigned.</source>
        <translation>Zuweisung der Unterhaltung aufgehoben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversation assigned to %1.</source>
        <translation>Unterhaltung %1 zugewiesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conversation was not changed: %1</source>
        <translation>Die Unterhaltung wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In one hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationWorkflowMenu</name>
    <message>
        <location filename="../ui/inbox/ConversationWorkflowMenu.cpp" line="+21"/>
        <source>Conversat&amp;ion</source>
        <translation>Unterhaltung (&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as s&amp;pam</source>
        <translation>Als S&amp;pam markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snooze</source>
        <translation>Z&amp;urückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to</source>
        <translation>Zuweisen &amp;an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;draft for a colleague…</source>
        <translation>Neuer &amp;Entwurf für Kolleg*innen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete a draft for a colleague</source>
        <translation>Entwurf für Kolleg*innen &amp;löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the conversation (Fernand)</source>
        <translation>Unterhaltung schließen (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen the conversation (Fernand)</source>
        <translation>Unterhaltung wieder öffnen (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snooze the conversation (Fernand)</source>
        <translation>Unterhaltung zurückstellen (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign the conversation (Fernand)</source>
        <translation>Unterhaltung zuweisen (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft for a colleague: title, from, for (Fernand)</source>
        <translation>Neuer Entwurf für Kolleg*innen: Titel, von, für (Fernand)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft created.</source>
        <translation>Entwurf erstellt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft &quot;%1&quot; created.</source>
        <translation>Entwurf „%1“ erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft deleted.</source>
        <translation>Entwurf gelöscht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a conversation first.</source>
        <translation>Öffnen Sie zuerst eine Unterhaltung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <extracomment>A snooze choice: its name, then when it ends.
----------
A draft in the delete menu: its title (or &quot;Untitled&quot;), then when it was created.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Until a date and time…</source>
        <translation>&amp;Bis zu Datum und Uhrzeit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wake up at:</source>
        <translation>&amp;Wieder vorlegen um:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No draft created here in this conversation</source>
        <translation>Kein hier erstellter Entwurf in dieser Unterhaltung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another draft is on its way; try again in a moment.</source>
        <translation>Ein anderer Entwurf ist unterwegs; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Nobody</source>
        <translation>&amp;Niemand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading agents…</source>
        <translation>Mitarbeiter werden geladen…</translation>
    </message>
</context>
<context>
    <name>repdesk::CopyableField</name>
    <message>
        <location filename="../ui/common/CopyableField.cpp" line="+37"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the value to the clipboard</source>
        <translation>Kopiert den Wert in die Zwischenablage</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>repdesk::CreateValidation</name>
    <message>
        <location filename="../app/directory/CreateValidation.cpp" line="+40"/>
        <source>Enter at least a name, an email address or a phone number.</source>
        <translation>Geben Sie mindestens einen Namen, eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen der Firma ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a domain with a dot, such as example.com.</source>
        <translation>Geben Sie eine Domain mit Punkt ein, z. B. example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an agent of this organization.</source>
        <translation>Wählen Sie einen Mitarbeiter dieser Organisation.</translation>
    </message>
</context>
<context>
    <name>repdesk::CredentialStore</name>
    <message>
        <location filename="../app/account/CredentialStore.cpp" line="+79"/>
        <source>Repdesk could not use the keyring: no account was given.</source>
        <translation>Repdesk konnte den Schlüsselbund nicht verwenden: Es wurde kein Konto angegeben.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No API key is saved for this account. Sign in again with your key.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel gespeichert. Melden Sie sich erneut mit Ihrem Schlüssel an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot read your saved key.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund (Secret Service) verfügbar, daher kann Repdesk Ihren gespeicherten Schlüssel nicht lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot store your key.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund (Secret Service) verfügbar, daher kann Repdesk Ihren Schlüssel nicht speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot remove your saved key.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund (Secret Service) verfügbar, daher kann Repdesk Ihren gespeicherten Schlüssel nicht entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring refused access to your key. Unlock your keyring (or allow Repdesk to use it) and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf Ihren Schlüssel verweigert. Entsperren Sie Ihren Schlüsselbund (oder erlauben Sie Repdesk den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repdesk could not read your key from the keyring: %1</source>
        <translation>Repdesk konnte Ihren Schlüssel nicht aus dem Schlüsselbund lesen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repdesk could not store your key in the keyring: %1</source>
        <translation>Repdesk konnte Ihren Schlüssel nicht im Schlüsselbund speichern: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repdesk could not remove your key from the keyring: %1</source>
        <translation>Repdesk konnte Ihren Schlüssel nicht aus dem Schlüsselbund entfernen: %1</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardExportMenu</name>
    <message>
        <location filename="../ui/dashboards/DashboardExportMenu.cpp" line="+38"/>
        <source>Export failed</source>
        <extracomment>An export that could not be written; %1 = file path, %2 = why</extracomment>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Chart as PNG image…</source>
        <translation>Diagramm als PNG-Bild…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as SVG image…</source>
        <translation>Diagramm als SVG-Bild…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 as CSV…</source>
        <extracomment>File &gt; Export entry for a table; %1 = its title</extracomment>
        <translation>%1 als CSV…</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardPages</name>
    <message>
        <location filename="../ui/dashboards/DashboardPages.cpp" line="+36"/>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Legacy analytics</source>
        <translation>Alte Auswertungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard pages</source>
        <translation>Dashboard-Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+PageDown and Ctrl+PageUp switch pages.</source>
        <translation>Strg+Bild ab und Strg+Bild auf wechseln die Seite.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the organization</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Back to the organization</source>
        <translation>Zurück zur Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the dashboard of %1</source>
        <translation>Zurück zum Dashboard von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Alt+Left, Backspace or Esc)</source>
        <translation>%1 (Alt+Links, Rücktaste oder Esc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization open</source>
        <translation>Keine Organisation geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in and open an organization to see its dashboards.</source>
        <translation>Melden Sie sich an und öffnen Sie eine Organisation, um ihre Dashboards zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboards are not available</source>
        <translation>Dashboards sind nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are drawn from HyperRep&apos;s analytics, which this account does not offer.</source>
        <translation>Sie beruhen auf den Auswertungen von HyperRep, die dieses Konto nicht bietet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to see the dashboards</source>
        <translation>Melden Sie sich erneut an, um die Dashboards zu sehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer accepts this account&apos;s key.</source>
        <translation>Der Server akzeptiert den Schlüssel dieses Kontos nicht mehr.</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardSession</name>
    <message>
        <location filename="../app/dashboards/DashboardSession.cpp" line="+262"/>
        <source>The range ends in the future: figures run up to now (%1).</source>
        <translation>Der Zeitraum endet in der Zukunft: Die Zahlen reichen bis jetzt (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures up to now (%1).</source>
        <translation>Zahlen bis jetzt (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardWorkspace</name>
    <message>
        <location filename="../ui/dashboards/DashboardWorkspace.cpp" line="+37"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectoryListPane</name>
    <message>
        <location filename="../ui/directory/DirectoryListPane.cpp" line="+34"/>
        <source>Rows loaded</source>
        <translation>Geladene Zeilen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search loaded contacts (Ctrl+F)</source>
        <translation>Geladene Kontakte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters the contacts loaded so far by name, email, phone, company or role</source>
        <translation>Filtert die bisher geladenen Kontakte nach Name, E-Mail, Telefon, Firma oder Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>Search all contacts</source>
        <translation>Alle Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Loads the rest of the contacts so the search covers every one</source>
        <translation>Lädt die restlichen Kontakte, damit die Suche alle umfasst</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not load the list. %1</source>
        <translation>Die Liste konnte nicht geladen werden. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n match(es) among all contacts</source>
        <translation>
            <numerusform>%n Treffer unter allen Kontakten</numerusform>
            <numerusform>%n Treffer unter allen Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es) among the %1 contacts loaded so far; scroll down to load more</source>
        <translation>
            <numerusform>%n Treffer unter den %1 bisher geladenen Kontakten; nach unten scrollen, um mehr zu laden</numerusform>
            <numerusform>%n Treffer unter den %1 bisher geladenen Kontakten; nach unten scrollen, um mehr zu laden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) loaded so far</source>
        <translation>
            <numerusform>Bisher %n Zeile geladen</numerusform>
            <numerusform>Bisher %n Zeilen geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading every contact…</source>
        <translation>Alle Kontakte werden geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No loaded contact matches “%1”</source>
        <translation>Kein geladener Kontakt passt zu „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the contacts loaded so far are searched.</source>
        <translation>Durchsucht werden nur die bisher geladenen Kontakte.</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectorySession</name>
    <message>
        <location filename="../app/directory/DirectorySession.cpp" line="+326"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown company</source>
        <translation>Unbekannte Firma</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectoryWorkspace</name>
    <message>
        <location filename="../ui/directory/DirectoryWorkspace.cpp" line="+49"/>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company…</source>
        <translation>Neue Firma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a contact (Ctrl+N)</source>
        <translation>Einen Kontakt erstellen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a company (Ctrl+Shift+N)</source>
        <translation>Eine Firma erstellen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the lists again (F5)</source>
        <translation>Die Listen neu laden (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the directory</source>
        <translation>Verzeichnis aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory lists</source>
        <translation>Verzeichnislisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>Ko&amp;ntakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;panies</source>
        <translation>&amp;Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gents</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact “%1” was created after all (the server had taken it).</source>
        <translation>Der Kontakt „%1“ wurde doch erstellt (der Server hatte ihn angenommen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company “%1” was created after all (the server had taken it).</source>
        <translation>Die Firma „%1“ wurde doch erstellt (der Server hatte sie angenommen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+36"/>
        <location line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New contact (Ctrl+N).</source>
        <translation>Erstellen Sie einen mit „Neuer Kontakt“ (Strg+N).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No companies yet</source>
        <translation>Noch keine Firmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New company (Ctrl+Shift+N).</source>
        <translation>Erstellen Sie eine mit „Neue Firma“ (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+80"/>
        <source>Agents</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>No agents</source>
        <translation>Keine Mitarbeiter</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The contact&apos;s sales</source>
        <translation>Die Verkäufe des Kontakts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s sales</source>
        <translation>Die Verkäufe der Firma</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alt+C / Alt+P / Alt+G</source>
        <translation>Alt+N / Alt+F / Alt+M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: contacts, companies, agents</source>
        <translation>Verzeichnis: Kontakte, Firmen, Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: search the loaded contacts (Esc clears, Down goes to the results)</source>
        <translation>Verzeichnis: geladene Kontakte durchsuchen (Esc leert, Pfeil nach unten geht zu den Ergebnissen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: open the selected record; on a failed row, retry</source>
        <translation>Verzeichnis: ausgewählten Datensatz öffnen; bei einer fehlgeschlagenen Zeile erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: new contact (instead of a new message while the directory has the focus)</source>
        <translation>Verzeichnis: neuer Kontakt (statt einer neuen Nachricht, solange das Verzeichnis den Fokus hat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: new company</source>
        <translation>Verzeichnis: neue Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Menütaste, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: export the table as CSV or copy it</source>
        <translation>Verzeichnis: Tabelle als CSV exportieren oder kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: load the lists again</source>
        <translation>Verzeichnis: Listen neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: move between the search, the list and the record</source>
        <translation>Verzeichnis: zwischen Suche, Liste und Datensatz wechseln</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftConflictDialog</name>
    <message>
        <location filename="../ui/common/DraftConflictDialog.cpp" line="+15"/>
        <source>Draft changed on the server</source>
        <translation>Entwurf auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A draft is already on the server</source>
        <translation>Auf dem Server liegt bereits ein Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this draft on the server after you opened it.

Their version starts: “%1”

Replace it with your text?</source>
        <translation>Jemand hat diesen Entwurf auf dem Server geändert, nachdem Sie ihn geöffnet haben.

Dessen Version beginnt: „%1“

Durch Ihren Text ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has a draft for this conversation that this editor did not load (it was saved from elsewhere, or loading it failed).

That draft starts: “%1”

Replace it with your text?</source>
        <translation>Auf dem Server liegt ein Entwurf für diese Unterhaltung, den dieser Editor nicht geladen hat (er wurde anderswo gespeichert, oder das Laden ist fehlgeschlagen).

Dieser Entwurf beginnt: „%1“

Durch Ihren Text ersetzen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with mine</source>
        <translation>Durch meinen ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use theirs</source>
        <translation>Den anderen übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the server&apos;s</source>
        <translation>Den Entwurf vom Server übernehmen</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftItemDelegate</name>
    <message>
        <location filename="../ui/compose/DraftItemDelegate.cpp" line="+115"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recipient</source>
        <translation>Kein Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1 · %2</source>
        <translation>An %1 · %2</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftPreview</name>
    <message>
        <location filename="../ui/compose/DraftPreview.cpp" line="+30"/>
        <source>Select a draft to see it here.</source>
        <translation>Wählen Sie einen Entwurf aus, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft preview</source>
        <translation>Entwurfsvorschau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft text</source>
        <translation>Entwurfstext</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recipient</source>
        <translation>Kein Empfänger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc: %1</source>
        <translation>Bcc: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · folder %2 · created %3</source>
        <translation>%1 · Ordner %2 · erstellt %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued to send %1</source>
        <translation>Zum Senden eingeplant %1</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftSubmission</name>
    <message>
        <location filename="../app/compose/DraftSubmission.cpp" line="+73"/>
        <source>Checking whether the server got the earlier attempt…</source>
        <translation>Es wird geprüft, ob der Server den früheren Versuch erhalten hat…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An earlier version of this message is already being sent; this version was not sent. Send once more to send it as well.</source>
        <translation>Eine frühere Version dieser Nachricht wird bereits gesendet; diese Version wurde nicht gesendet. Senden Sie noch einmal, um auch sie zu senden.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The server may still be working on the earlier attempt; checking again in %n second(s)…</source>
        <translation>
            <numerusform>Der Server bearbeitet den früheren Versuch möglicherweise noch; erneute Prüfung in %n Sekunde…</numerusform>
            <numerusform>Der Server bearbeitet den früheren Versuch möglicherweise noch; erneute Prüfung in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Repdesk could not find out from the server whether the earlier attempt arrived: %1 Nothing was sent again; your text is kept.</source>
        <translation>Repdesk konnte vom Server nicht erfahren, ob der frühere Versuch angekommen ist: %1 Es wurde nichts erneut gesendet; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk cannot tell whether the earlier attempt was sent: it is not among the drafts, and a message that went out is no longer a draft. Check the recipient&apos;s conversation before sending this one.</source>
        <translation>Repdesk kann nicht feststellen, ob der frühere Versuch gesendet wurde: Er ist nicht unter den Entwürfen, und eine versendete Nachricht ist kein Entwurf mehr. Prüfen Sie die Unterhaltung des Empfängers, bevor Sie diese senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk cannot tell whether the earlier attempt was saved: a draft that may be it could not be read. Look in Drafts before saving this one.</source>
        <translation>Repdesk kann nicht feststellen, ob der frühere Versuch gespeichert wurde: Ein Entwurf, der es sein könnte, ließ sich nicht lesen. Sehen Sie in den Entwürfen nach, bevor Sie diesen speichern.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>No account is connected.</source>
        <translation>Es ist kein Konto verbunden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message may or may not have been sent.</source>
        <translation>Die Nachricht wurde möglicherweise gesendet, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft may or may not have been saved.</source>
        <translation>Der Entwurf wurde möglicherweise gespeichert, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry first asks the server, so it is not sent twice.</source>
        <translation>„Wiederholen“ fragt zuerst beim Server nach, damit nichts doppelt gesendet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry first asks the server, so it is not saved twice.</source>
        <translation>„Wiederholen“ fragt zuerst beim Server nach, damit nichts doppelt gespeichert wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 Your text is kept. %3</source>
        <translation>%1 %2 Ihr Text bleibt erhalten. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message was not sent.</source>
        <translation>Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The draft was not saved.</source>
        <translation>Der Entwurf wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 This organization has no %2 credentials set up in HyperRep (%3). Your text is kept: choose another channel, or ask an administrator to connect one.</source>
        <translation>%1 Für diese Organisation sind in HyperRep keine Zugangsdaten für %2 eingerichtet (%3). Ihr Text bleibt erhalten: Wählen Sie einen anderen Kanal oder bitten Sie einen Administrator, einen einzurichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 Your text is kept.</source>
        <translation>%1 %2 Ihr Text bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftsView</name>
    <message>
        <location filename="../ui/compose/DraftsView.cpp" line="+76"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New message (Ctrl+N)</source>
        <translation>Neue Nachricht (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected draft (Enter)</source>
        <translation>Ausgewählten Entwurf bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+302"/>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Delete the selected draft (Del)</source>
        <translation>Ausgewählten Entwurf löschen (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the drafts (F5)</source>
        <translation>Entwürfe neu laden (F5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drafts by folder</source>
        <translation>Entwürfe nach Ordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages you save as drafts appear here. Press New to write one.</source>
        <translation>Als Entwurf gespeicherte Nachrichten erscheinen hier. Klicken Sie auf „Neu“, um eine zu schreiben.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No organization is open, so there are no drafts to show.</source>
        <translation>Es ist keine Organisation geöffnet, daher gibt es keine Entwürfe anzuzeigen.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>Den Entwurf „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is deleted in HyperRep for everyone in the organization. This cannot be undone.</source>
        <translation>Er wird in HyperRep für alle in der Organisation gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Could not delete the draft. %1</source>
        <translation>Der Entwurf konnte nicht gelöscht werden. %1</translation>
    </message>
</context>
<context>
    <name>repdesk::DurationFormatter</name>
    <message>
        <location filename="../app/dashboards/DurationFormatter.cpp" line="+17"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;45 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 min %2 s</source>
        <extracomment>A duration, e.g. &quot;12 min&quot; or &quot;12 min 5 s&quot;</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 h %2 min</source>
        <extracomment>A duration, e.g. &quot;1 h&quot; or &quot;1 h 12 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 d %2 h</source>
        <extracomment>A duration, e.g. &quot;3 d&quot; or &quot;3 d 4 h&quot;</extracomment>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
</context>
<context>
    <name>repdesk::ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+36"/>
        <location line="+17"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandDraftRequest</name>
    <message>
        <location filename="../app/providers/fernand/records/FernandDraftRequest.cpp" line="+12"/>
        <source>A draft needs some content.</source>
        <translation>Ein Entwurf braucht Inhalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft&apos;s title has at most 250 characters.</source>
        <translation>Der Titel eines Entwurfs hat höchstens 250 Zeichen.</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandProvider</name>
    <message>
        <location filename="../app/providers/fernand/FernandProvider.cpp" line="+245"/>
        <source>Fernand has no company records.</source>
        <translation>Fernand hat keine Firmendatensätze.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Fernand accounts cannot start new conversations here.</source>
        <translation>Fernand-Konten können hier keine neuen Unterhaltungen beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fernand accounts have no message drafts.</source>
        <translation>Fernand-Konten haben keine Nachrichtenentwürfe.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose who the draft is from.</source>
        <translation>Wählen Sie, von wem der Entwurf ist.</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandReplyRequest</name>
    <message>
        <location filename="../app/providers/fernand/records/FernandReplyRequest.cpp" line="+12"/>
        <source>An empty reply cannot be sent.</source>
        <translation>Eine leere Antwort kann nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>repdesk::FieldErrorLabel</name>
    <message>
        <location filename="../ui/directory/FieldErrorLabel.cpp" line="+14"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureChange</name>
    <message>
        <location filename="../app/dashboards/FigureChange.cpp" line="+41"/>
        <source>%1 from none</source>
        <extracomment>The previous period had nothing, so no percentage can be given</extracomment>
        <translation>%1 (vorher keine)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 pts</source>
        <extracomment>A change of a rate of less than one percentage point, e.g. &quot;0.4 pts&quot;</extracomment>
        <translation>%1&#xa0;Pkt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pt(s)</source>
        <extracomment>A change of a rate in whole percentage points, e.g. &quot;3 pts&quot;</extracomment>
        <translation>
            <numerusform>%Ln&#xa0;Pkt.</numerusform>
            <numerusform>%Ln&#xa0;Pkt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::FigureFormatter</name>
    <message>
        <location filename="../app/dashboards/FigureFormatter.cpp" line="+22"/>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number in the locale&apos;s digits</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <extracomment>An amount of money in a currency that is not the locale&apos;s own: amount, then ISO code</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ago</source>
        <extracomment>How long ago a figure was fetched, e.g. &quot;5 min ago&quot;</extracomment>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureState</name>
    <message>
        <location filename="../app/dashboards/FigureState.h" line="+67"/>
        <source>Repdesk asks again by itself.</source>
        <translation>Repdesk fragt von selbst erneut.</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureStatus</name>
    <message>
        <location filename="../ui/dashboards/FigureStatus.cpp" line="+15"/>
        <source>Could not load this chart: %1</source>
        <translation>Dieses Diagramm konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not refresh (%1): showing figures from %2</source>
        <extracomment>%1 = why the refresh failed, %2 = &quot;5 min ago&quot;</extracomment>
        <translation>Aktualisierung fehlgeschlagen (%1): Zahlen von %2 werden angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <extracomment>%1 = &quot;5 min ago&quot;</extracomment>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>repdesk::FolderGroupingProxy</name>
    <message numerus="yes">
        <location filename="../app/models/FolderGroupingProxy.cpp" line="+222"/>
        <source>Folder %1, %n draft(s)</source>
        <translation>
            <numerusform>Ordner %1, %n Entwurf</numerusform>
            <numerusform>Ordner %1, %n Entwürfe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::FunnelModel</name>
    <message>
        <location filename="../ui/dashboards/FunnelModel.cpp" line="+83"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>repdesk::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="+49"/>
        <source> s</source>
        <extracomment>Unit suffix of a spin box counting seconds, with its leading space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check for new activity every, in seconds</source>
        <translation>Auf neue Aktivität prüfen alle, in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a desktop notification for new messages</source>
        <translation>Bei neuen Nachrichten eine Desktop-Benachrichtigung anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MB</source>
        <extracomment>Unit suffix of a spin box counting megabytes, with its leading space</extracomment>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache size limit, in megabytes</source>
        <translation>Größenbegrenzung des Zwischenspeichers, in Megabyte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear cache…</source>
        <translation>Zwischenspeicher leeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>Clear cache</source>
        <translation>Zwischenspeicher leeren</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo send delay, in seconds</source>
        <translation>Verzögerung zum Rückgängigmachen des Sendens, in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press Send, the message waits this long so you can undo it. 0 turns this off and sends at once.</source>
        <translation>Nach dem Klick auf „Senden“ wartet die Nachricht so lange, damit Sie das Senden rückgängig machen können. 0 schaltet das aus und sendet sofort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review queue looks back, in days</source>
        <translation>Rückblick der Prüfwarteschlange, in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review queue looks for drafted replies in conversations active in this many past days. A longer window takes longer to check the first time.</source>
        <translation>Die Prüfwarteschlange sucht Antwortentwürfe in Unterhaltungen, die in so vielen zurückliegenden Tagen aktiv waren. Ein längerer Zeitraum braucht bei der ersten Prüfung länger.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> day(s)</source>
        <extracomment>Unit suffix of the review window spin box, with its leading space</extracomment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect the next time Repdesk starts.</source>
        <translation>Wird beim nächsten Start von Repdesk wirksam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark colours; the system default follows the desktop.</source>
        <translation>Helle oder dunkle Farben; der Systemstandard folgt dem Desktop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check for new activity &amp;every:</source>
        <translation>Auf neue Aktivität prüfen &amp;alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications:</source>
        <translation>&amp;Benachrichtigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache size &amp;limit:</source>
        <translation>&amp;Größe des Zwischenspeichers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache:</source>
        <translation>Zwischenspeicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo send delay:</source>
        <translation>&amp;Senden rückgängig machen innerhalb:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review queue looks back:</source>
        <translation>&amp;Prüfung blickt zurück:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cache uses %1</source>
        <translation>Zwischenspeicher belegt %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Clear the local cache?</source>
        <translation>Lokalen Zwischenspeicher leeren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cached conversations, messages and contacts are removed from this computer and downloaded again when needed.</source>
        <translation>Zwischengespeicherte Unterhaltungen, Nachrichten und Kontakte werden von diesem Computer entfernt und bei Bedarf erneut heruntergeladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cache cleared</source>
        <translation>Zwischenspeicher geleert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not clear the cache</source>
        <translation>Der Zwischenspeicher konnte nicht geleert werden</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxProvider</name>
    <message>
        <location filename="../app/providers/InboxProvider.cpp" line="+12"/>
        <source>This account&apos;s provider has no conversation status or assignment.</source>
        <translation>Der Anbieter dieses Kontos kennt keinen Unterhaltungsstatus und keine Zuweisung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>This account&apos;s provider has no drafts for colleagues.</source>
        <translation>Der Dienst dieses Kontos hat keine Entwürfe für Kolleg*innen.</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxToolBar</name>
    <message>
        <location filename="../ui/InboxToolBar.cpp" line="+20"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization (Ctrl+Shift+O)</source>
        <translation>Organisation (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Nach Name oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New message (Ctrl+N)</source>
        <translation>Neue Nachricht (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxWorkspace</name>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="+42"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not signed in. Use Account &gt; Sign in… to connect your HyperRep account.</source>
        <translation>Nicht angemeldet. Verbinden Sie Ihr HyperRep-Konto über Konto &gt; Anmelden….</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>Sign in again to see this account&apos;s conversations.</source>
        <translation>Melden Sie sich erneut an, um die Unterhaltungen dieses Kontos zu sehen.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Could not load your organizations. %1</source>
        <translation>Ihre Organisationen konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load your organizations. Repdesk asks again by itself; F5 asks now.</source>
        <translation>Ihre Organisationen konnten nicht geladen werden. Repdesk fragt von selbst erneut nach; F5 fragt sofort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading your organizations…</source>
        <translation>Ihre Organisationen werden geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unnamed organization</source>
        <translation>Unbenannte Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has no organizations.</source>
        <translation>Dieser API-Schlüssel hat keine Organisationen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a conversation to read it.</source>
        <translation>Wählen Sie eine Unterhaltung aus, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <source>No conversations in this folder</source>
        <translation>Keine Unterhaltungen in diesem Ordner</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No unread conversations. Nice work!</source>
        <translation>Keine ungelesenen Unterhaltungen. Gut gemacht!</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not load the conversation. %1</source>
        <translation>Die Unterhaltung konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation could not be loaded.</source>
        <translation>Diese Unterhaltung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
</context>
<context>
    <name>repdesk::KeyVerifier</name>
    <message>
        <location filename="../app/account/KeyVerifier.cpp" line="+43"/>
        <location line="+140"/>
        <source>%1 did not answer in time. Check the server address and your internet connection, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Serveradresse und Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Enter the server address, for example https://api.hyperrep.ai.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://api.hyperrep.ai.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Could not reach %1 (%2). Check the server address and your internet connection.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Serveradresse und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is busy right now. Try again in a moment.</source>
        <translation>%1 ist gerade ausgelastet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had a problem (HTTP %2). Try again later.</source>
        <translation>%1 hatte ein Problem (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer like a HyperRep server. Check the server address.</source>
        <translation>%1 hat nicht wie ein HyperRep-Server geantwortet. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This API key is not valid. Check that you copied all of it.</source>
        <translation>Dieser API-Schlüssel ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has been deactivated. Ask your HyperRep administrator to reactivate it or create a new one.</source>
        <translation>Dieser API-Schlüssel wurde deaktiviert. Bitten Sie Ihren HyperRep-Administrator, ihn wieder zu aktivieren oder einen neuen zu erstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has expired. Create a new key in HyperRep.</source>
        <translation>Dieser API-Schlüssel ist abgelaufen. Erstellen Sie in HyperRep einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your API key.</source>
        <translation>Geben Sie Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repdesk sends your key only over a secure connection. Use an https:// address (plain http is allowed only for this computer).</source>
        <translation>Repdesk sendet Ihren Schlüssel nur über eine sichere Verbindung. Verwenden Sie eine https://-Adresse (unverschlüsseltes http ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server address, for example https://api.hyperrep.ai.</source>
        <translation>Prüfen Sie die Serveradresse, z. B. https://api.hyperrep.ai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused this API key.</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this API key: &quot;%1&quot;</source>
        <translation>Der Server hat diesen API-Schlüssel abgelehnt: „%1“</translation>
    </message>
</context>
<context>
    <name>repdesk::KpiTile</name>
    <message>
        <location filename="../ui/dashboards/KpiTile.cpp" line="+49"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>updating…</source>
        <translation>wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated %1</source>
        <extracomment>The age of a figure on a tile: %1 = &quot;5 min ago&quot;</extracomment>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not refresh: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry %1</source>
        <extracomment>The Retry button of one KPI tile; %1 = the tile&apos;s title</extracomment>
        <translation>%1 erneut laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>up %1 on the previous period</source>
        <translation>%1 mehr als im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down %1 on the previous period</source>
        <translation>%1 weniger als im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged on the previous period</source>
        <translation>unverändert gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (better)</source>
        <translation> (besser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (worse)</source>
        <translation> (schlechter)</translation>
    </message>
</context>
<context>
    <name>repdesk::KpiTileModel</name>
    <message>
        <location filename="../app/dashboards/KpiTileModel.cpp" line="+99"/>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average response time</source>
        <translation>Durchschnittliche Antwortzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received</source>
        <translation>Empfangene Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations responded to</source>
        <translation>Beantwortete Unterhaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation>Pipeline-Wert</translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%1 of %n conversation(s) responded to</source>
        <extracomment>Under the response rate: &quot;14 of 20 conversations responded to&quot;</extracomment>
        <translation>
            <numerusform>%1 von %n Unterhaltung beantwortet</numerusform>
            <numerusform>%1 von %n Unterhaltungen beantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardModel</name>
    <message>
        <location filename="../app/dashboards/LeaderboardModel.cpp" line="+35"/>
        <source>(unnamed agent)</source>
        <translation>(unbenannter Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation>Pipeline-Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales rate</source>
        <translation>Quote</translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardProxy</name>
    <message>
        <location filename="../ui/dashboards/LeaderboardProxy.cpp" line="+42"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not refresh: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversations responded to in the range</source>
        <translation>Im Zeitraum beantwortete Unterhaltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent in the range</source>
        <translation>Im Zeitraum gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales over every pipeline stage</source>
        <translation>Verkäufe über alle Pipeline-Phasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of the sales over every pipeline stage</source>
        <translation>Wert der Verkäufe über alle Pipeline-Phasen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s sales rate in the range</source>
        <translation>Die Abschlussquote des Mitarbeiters im Zeitraum</translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardView</name>
    <message>
        <location filename="../ui/dashboards/LeaderboardView.cpp" line="+40"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Team leaderboard</source>
        <translation>Team-Rangliste</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>One row per agent. Enter opens the agent&apos;s dashboard.</source>
        <translation>Eine Zeile pro Mitarbeiter. Die Eingabetaste öffnet das Dashboard des Mitarbeiters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry this row</source>
        <translation>Diese Zeile erneut laden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort the team by</source>
        <translation>Team sortieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>Reihen&amp;folge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest first</source>
        <translation>Höchste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest first</source>
        <translation>Niedrigste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not refresh the list of agents: %1</source>
        <translation>Die Mitarbeiterliste konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the list of agents: %1</source>
        <translation>Die Mitarbeiterliste konnte nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n Mitarbeiter konnte nicht geladen werden: %1</numerusform>
            <numerusform>%n Mitarbeiter konnten nicht geladen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the team…</source>
        <translation>Team wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agents in this organization.</source>
        <translation>Keine Mitarbeiter in dieser Organisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) still loading…</source>
        <translation>
            <numerusform>%n Mitarbeiter wird noch geladen…</numerusform>
            <numerusform>%n Mitarbeiter werden noch geladen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens an agent&apos;s dashboard.</source>
        <translation>Die Eingabetaste öffnet das Dashboard eines Mitarbeiters.</translation>
    </message>
</context>
<context>
    <name>repdesk::LegacyAnalytics</name>
    <message>
        <location filename="../app/dashboards/LegacyAnalytics.cpp" line="+53"/>
        <location line="+30"/>
        <source>Legacy analytics are not available for this account.</source>
        <translation>Alte Auswertungen sind für dieses Konto nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not check for legacy analytics: %1</source>
        <translation>Alte Auswertungen konnten nicht abgefragt werden: %1</translation>
    </message>
</context>
<context>
    <name>repdesk::LegacyPage</name>
    <message>
        <location filename="../ui/dashboards/LegacyPage.cpp" line="+31"/>
        <source>Funnel: source → response → outcome → sale</source>
        <translation>Trichter: Quelle → Antwort → Ergebnis → Verkauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy analytics</source>
        <translation>Alte Auswertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol&amp;ution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is made of</source>
        <translation>Woraus sie sich zusammensetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Solution figures</source>
        <translation>Kennzahlen der Lösung</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Could not refresh this solution: %1</source>
        <translation>Diese Lösung konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this solution: %1</source>
        <translation>Diese Lösung konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>repdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+45"/>
        <location line="+162"/>
        <location line="+22"/>
        <source>Repdesk</source>
        <translation>Repdesk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The local cache had a problem and was reset: %1</source>
        <translation>Der lokale Zwischenspeicher hatte ein Problem und wurde zurückgesetzt: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>You are offline. Showing cached conversations; Repdesk will reconnect automatically.</source>
        <translation>Sie sind offline. Angezeigt werden zwischengespeicherte Unterhaltungen; Repdesk verbindet sich automatisch neu.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New message…</source>
        <translation>&amp;Neue Nachricht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;drafts</source>
        <translation>Nachrichten&amp;entwürfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to export here</source>
        <translation>Hier gibt es nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dashboards</source>
        <translation>Dash&amp;boards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sales</source>
        <translation>&amp;Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>P&amp;rüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dire&amp;ctory</source>
        <translation>Ver&amp;zeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;organization</source>
        <translation>&amp;Organisation wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folders</source>
        <translation>Or&amp;dner</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy diagnostics</source>
        <translation>Diagnose&amp;daten kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics copied to the clipboard. They hold no API key.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert. Sie enthalten keinen API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Repdesk</source>
        <translation>Ü&amp;ber Repdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Repdesk</source>
        <translation>Über Repdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Repdesk %1&lt;/b&gt;&lt;br&gt;A native desktop inbox for HyperRep sales teams.</source>
        <translation>&lt;b&gt;Repdesk %1&lt;/b&gt;&lt;br&gt;Ein nativer Desktop-Posteingang für HyperRep-Vertriebsteams.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server no longer accepts the key of %1. %2 Your unsent drafts are kept on this computer.</source>
        <translation>Der Server akzeptiert den Schlüssel von %1 nicht mehr. %2 Ihre nicht gesendeten Entwürfe bleiben auf diesem Computer erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in &amp;again</source>
        <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign &amp;in…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n neue Unterhaltung</numerusform>
            <numerusform>%n neue Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to open it in Repdesk.</source>
        <translation>Klicken, um sie in Repdesk zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked a link with an unsupported address: %1</source>
        <translation>Link mit nicht unterstützter Adresse blockiert: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales pipeline</source>
        <translation>Vertriebspipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
</context>
<context>
    <name>repdesk::MessageDraftListModel</name>
    <message>
        <location filename="../app/models/MessageDraftListModel.cpp" line="+145"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <extracomment>A message draft in a list: subject, then recipient</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no subject</source>
        <translation>kein Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message draft</source>
        <translation>SMS-Entwurf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a recipient, subject %2</source>
        <translation>%1 ohne Empfänger, Betreff %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, subject %3</source>
        <translation>%1 an %2, Betreff %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in folder %1, created %2.</source>
        <translation>, im Ordner %1, erstellt %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued to send.</source>
        <translation>Zum Senden eingeplant.</translation>
    </message>
</context>
<context>
    <name>repdesk::MessageDrafts</name>
    <message>
        <location filename="../app/compose/MessageDrafts.cpp" line="+55"/>
        <source>No account is connected.</source>
        <translation>Es ist kein Konto verbunden.</translation>
    </message>
</context>
<context>
    <name>repdesk::ModalityModel</name>
    <message>
        <location filename="../app/dashboards/ModalityModel.cpp" line="+38"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chats</source>
        <translation>Live-Chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form requests</source>
        <translation>Formularanfragen</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>repdesk::OrganizationPage</name>
    <message>
        <location filename="../ui/dashboards/OrganizationPage.cpp" line="+20"/>
        <source>Organization dashboard</source>
        <translation>Organisations-Dashboard</translation>
    </message>
</context>
<context>
    <name>repdesk::Outbox</name>
    <message>
        <location filename="../app/store/Outbox.cpp" line="+153"/>
        <source>This server does not support this kind of draft.</source>
        <translation>Dieser Server unterstützt diese Art von Entwurf nicht.</translation>
    </message>
</context>
<context>
    <name>repdesk::PanelSection</name>
    <message>
        <location filename="../ui/inbox/contact/PanelSection.cpp" line="+32"/>
        <source>Retry: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineCharts</name>
    <message>
        <location filename="../ui/dashboards/PipelineCharts.cpp" line="+29"/>
        <source>No sales in this range</source>
        <translation>Keine Verkäufe in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pipeline: sales per stage</source>
        <translation>Pipeline: Verkäufe je Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Pipeline: value per stage</source>
        <extracomment>The pipeline value chart&apos;s title with its currency code, e.g. &quot;Pipeline: value per stage (EUR)&quot;</extracomment>
        <translation>Pipeline: Wert je Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline: value per stage (%1)</source>
        <translation>Pipeline: Wert je Phase (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales rate: %1</source>
        <extracomment>%1 = &quot;23%&quot;</extracomment>
        <translation>Abschlussquote: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter or click on a stage lists its sales.</source>
        <translation>Eingabetaste oder Klick auf eine Phase listet ihre Verkäufe auf.</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineModel</name>
    <message>
        <location filename="../app/dashboards/PipelineModel.cpp" line="+28"/>
        <source>Values in the sales&apos; own currencies</source>
        <translation>Werte in der jeweiligen Währung der Verkäufe</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(unnamed stage)</source>
        <translation>(unbenannte Phase)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineRule</name>
    <message numerus="yes">
        <location filename="../app/dashboards/PipelineRule.cpp" line="+100"/>
        <source>%n sale(s) created in %1 and now in this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n Verkauf, erstellt in %1 und jetzt in dieser Phase.</numerusform>
            <numerusform>%n Verkäufe, erstellt in %1 und jetzt in dieser Phase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) created in %1 that reached this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n Verkauf, erstellt in %1, der diese Phase erreicht hat.</numerusform>
            <numerusform>%n Verkäufe, erstellt in %1, die diese Phase erreicht haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1 and are still in it.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n Verkauf, der in %1 in diese Phase kam und noch darin ist.</numerusform>
            <numerusform>%n Verkäufe, die in %1 in diese Phase kamen und noch darin sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n Verkauf, der in %1 in diese Phase kam.</numerusform>
            <numerusform>%n Verkäufe, die in %1 in diese Phase kamen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::RangeBar</name>
    <message>
        <location filename="../ui/dashboards/RangeBar.cpp" line="+23"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the custom range</source>
        <translation>Benutzerdefinierten Zeitraum anwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range problem</source>
        <translation>Problem mit dem Zeitraum</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range not applied: %1 The figures shown are still for %2.</source>
        <extracomment>A refused date range; %1 = the session&apos;s reason (&quot;The start is after the end.&quot;)</extracomment>
        <translation>Zeitraum nicht übernommen: %1 Die angezeigten Zahlen gelten weiterhin für %2.</translation>
    </message>
</context>
<context>
    <name>repdesk::RecordCreate</name>
    <message>
        <location filename="../app/directory/RecordCreate.cpp" line="+48"/>
        <location line="+20"/>
        <source>Nothing was sent: correct what is marked.</source>
        <translation>Es wurde nichts gesendet: Korrigieren Sie die markierten Angaben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating records needs a HyperRep account.</source>
        <translation>Zum Anlegen von Datensätzen ist ein HyperRep-Konto nötig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the contact…</source>
        <translation>Kontakt wird erstellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating the company…</source>
        <translation>Firma wird erstellt…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused it: correct what is marked and try again.</source>
        <translation>Der Server hat es abgelehnt: Korrigieren Sie die markierten Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy and created nothing. Try again in a moment.</source>
        <translation>Der Server ist ausgelastet und hat nichts erstellt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No answer from the server. Checking whether the contact was created…</source>
        <translation>Keine Antwort vom Server. Es wird geprüft, ob der Kontakt erstellt wurde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the server. Checking whether the company was created…</source>
        <translation>Keine Antwort vom Server. Es wird geprüft, ob die Firma erstellt wurde…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server did not create the contact. Press Create to send it again (Repdesk checks once more first).</source>
        <translation>Der Server hat den Kontakt nicht erstellt. Klicken Sie auf „Erstellen“, um ihn erneut zu senden (Repdesk prüft vorher noch einmal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk could not find out whether the contact was created (%1). Press Check again: nothing is sent before Repdesk knows.</source>
        <translation>Repdesk konnte nicht feststellen, ob der Kontakt erstellt wurde (%1). Klicken Sie auf „Erneut prüfen“: Es wird nichts gesendet, bevor Repdesk Bescheid weiß.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server did not create the company. Press Create to send it again (Repdesk checks once more first).</source>
        <translation>Der Server hat die Firma nicht erstellt. Klicken Sie auf „Erstellen“, um sie erneut zu senden (Repdesk prüft vorher noch einmal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk could not find out whether the company was created (%1). Press Check again: nothing is sent before Repdesk knows.</source>
        <translation>Repdesk konnte nicht feststellen, ob die Firma erstellt wurde (%1). Klicken Sie auf „Erneut prüfen“: Es wird nichts gesendet, bevor Repdesk Bescheid weiß.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact created.</source>
        <translation>Kontakt erstellt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company created.</source>
        <translation>Firma erstellt.</translation>
    </message>
</context>
<context>
    <name>repdesk::RecordSalesModel</name>
    <message>
        <location filename="../app/directory/RecordSalesModel.cpp" line="+56"/>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>repdesk::RepdeskApplication</name>
    <message>
        <location filename="../ui/main.cpp" line="+85"/>
        <location line="+13"/>
        <source>Could not start the demo server: %1</source>
        <translation>Der Demoserver konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/RepdeskApplication.cpp" line="+57"/>
        <source>Repdesk</source>
        <translation>Repdesk</translation>
    </message>
</context>
<context>
    <name>repdesk::ReplyController</name>
    <message>
        <location filename="../app/reply/ReplyController.cpp" line="+92"/>
        <location line="+17"/>
        <location line="+30"/>
        <location line="+63"/>
        <source>Not saved to server</source>
        <translation>Nicht auf dem Server gespeichert</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Queued for sending</source>
        <translation>Zum Senden eingeplant</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This reply is being sent; it can&apos;t be saved as a draft now.</source>
        <translation>Diese Antwort wird gerade gesendet; sie kann jetzt nicht als Entwurf gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reply before saving.</source>
        <translation>Schreiben Sie vor dem Speichern eine Antwort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft changed on the server</source>
        <translation>Der Entwurf wurde auf dem Server geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft is already on the server</source>
        <translation>Auf dem Server liegt bereits ein Entwurf</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Repdesk first has to find out whether this reply was sent; it can&apos;t be discarded yet.</source>
        <translation>Repdesk muss zuerst herausfinden, ob diese Antwort gesendet wurde; sie kann noch nicht verworfen werden.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: saved on this computer, will be sent to the server when it is reachable</source>
        <translation>Offline: auf diesem Computer gespeichert, wird an den Server übertragen, sobald er erreichbar ist</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+34"/>
        <source>Write a reply before sending.</source>
        <translation>Schreiben Sie vor dem Senden eine Antwort.</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Wird in %n Sekunde gesendet…</numerusform>
            <numerusform>Wird in %n Sekunden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending cancelled; your reply is still here</source>
        <translation>Senden abgebrochen; Ihre Antwort ist noch da</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Draft discarded</source>
        <translation>Entwurf verworfen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This reply was already sent</source>
        <translation>Diese Antwort wurde bereits gesendet</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Draft saved (from the outbox)</source>
        <translation>Entwurf gespeichert (aus dem Postausgang)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a draft saved while offline. Your text is kept.</source>
        <translation>Der Server hat einen offline gespeicherten Entwurf abgelehnt. Ihr Text bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>repdesk::ReplyPane</name>
    <message>
        <location filename="../ui/inbox/ReplyPane.cpp" line="+28"/>
        <location line="+325"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>name@example.com, …</source>
        <translation>name@example.com, …</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Undo send</source>
        <translation>Senden &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo send</source>
        <translation>Senden rückgängig machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notify me about this draft</source>
        <translation>Mich be&amp;nachrichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for saved drafts: a sent reply never notifies.</source>
        <translation>Nur für gespeicherte Entwürfe: Eine gesendete Antwort löst keine Benachrichtigung aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the draft on the server for review (Ctrl+S)</source>
        <translation>Entwurf zur Prüfung auf dem Server speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+282"/>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Send the reply automatically (Ctrl+Enter); you can undo for a few seconds</source>
        <translation>Antwort automatisch senden (Strg+Eingabe); einige Sekunden lang rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this draft</source>
        <translation>Diesen Entwurf löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft status</source>
        <translation>Entwurfsstatus</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Wird in %n Sekunde gesendet…</numerusform>
            <numerusform>Wird in %n Sekunden gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+158"/>
        <source>Write your reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+158"/>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+82"/>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not a valid email address: %1</source>
        <translation>Keine gültige E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Discard draft?</source>
        <translation>Entwurf verwerfen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply draft? This can&apos;t be undone.</source>
        <translation>Diesen Antwortentwurf löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queued for sending at %1</source>
        <translation>Zum Senden um %1 eingeplant</translation>
    </message>
</context>
<context>
    <name>repdesk::ReplySender</name>
    <message>
        <location filename="../app/reply/ReplySender.cpp" line="+89"/>
        <source>Could not send: not connected. Your reply is kept.</source>
        <translation>Senden nicht möglich: keine Verbindung. Ihre Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+76"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server did not get your reply; sending it again…</source>
        <translation>Der Server hat Ihre Antwort nicht erhalten; sie wird erneut gesendet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No answer from the server; checking whether your reply went out…</source>
        <translation>Keine Antwort vom Server; es wird geprüft, ob Ihre Antwort hinausging…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This conversation no longer exists. Your reply was not sent.</source>
        <translation>Diese Unterhaltung existiert nicht mehr. Ihre Antwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Could not send. Your reply is kept.</source>
        <translation>Senden nicht möglich. Ihre Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your reply was not sent: the server is busy. Your reply is kept; try again in a moment.</source>
        <translation>Ihre Antwort wurde nicht gesendet: Der Server ist ausgelastet. Ihre Antwort bleibt erhalten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking whether your reply was sent…</source>
        <translation>Es wird geprüft, ob Ihre Antwort gesendet wurde…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The draft was removed on the server; your text is kept.</source>
        <translation>Der Entwurf wurde auf dem Server entfernt; Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your earlier Send did not reach the server: the reply was not sent. Your text is kept.</source>
        <translation>Ihr früheres Senden hat den Server nicht erreicht: Die Antwort wurde nicht gesendet. Ihr Text bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Repdesk could not confirm yet whether your reply was sent: the server may still be working on it. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk konnte noch nicht bestätigen, ob Ihre Antwort gesendet wurde: Der Server bearbeitet sie möglicherweise noch. Ihre Antwort bleibt erhalten; Repdesk prüft in %n Sekunde erneut.</numerusform>
            <numerusform>Repdesk konnte noch nicht bestätigen, ob Ihre Antwort gesendet wurde: Der Server bearbeitet sie möglicherweise noch. Ihre Antwort bleibt erhalten; Repdesk prüft in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reply sent</source>
        <translation>Antwort gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="-69"/>
        <source>Your reply was not sent: the server failed %n time(s). Your reply is kept.</source>
        <translation>
            <numerusform>Ihre Antwort wurde nicht gesendet: Der Server ist %n-mal gescheitert. Ihre Antwort bleibt erhalten.</numerusform>
            <numerusform>Ihre Antwort wurde nicht gesendet: Der Server ist %n-mal gescheitert. Ihre Antwort bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk konnte nicht bestätigen, ob Ihre Antwort gesendet wurde. Ihre Antwort bleibt erhalten; Repdesk prüft in %n Sekunde erneut.</numerusform>
            <numerusform>Repdesk konnte nicht bestätigen, ob Ihre Antwort gesendet wurde. Ihre Antwort bleibt erhalten; Repdesk prüft in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queued for sending at %1</source>
        <translation>Zum Senden um %1 eingeplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued for sending</source>
        <translation>Zum Senden eingeplant</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewAction</name>
    <message>
        <location filename="../app/review/ReviewAction.cpp" line="+85"/>
        <location line="+49"/>
        <source>The draft could not be reached.</source>
        <translation>Der Entwurf war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This draft changed on the server before it was sent, so nothing was sent. Review the new version.</source>
        <translation>Dieser Entwurf wurde vor dem Senden auf dem Server geändert, daher wurde nichts gesendet. Prüfen Sie die neue Version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft changed on the server before it was discarded, so it was kept. Review the new version.</source>
        <translation>Dieser Entwurf wurde vor dem Verwerfen auf dem Server geändert, daher wurde er behalten. Prüfen Sie die neue Version.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The draft could not be checked.</source>
        <translation>Der Entwurf konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not discard the draft.</source>
        <translation>Der Entwurf konnte nicht verworfen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline: the draft will be discarded when the server is reachable.</source>
        <translation>Offline: Der Entwurf wird verworfen, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reply was not sent.</source>
        <translation>Die Antwort wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewActions</name>
    <message>
        <location filename="../app/review/ReviewActions.cpp" line="+17"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discarding…</source>
        <translation>Wird verworfen…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Wird in %n Sekunde gesendet…</numerusform>
            <numerusform>Wird in %n Sekunden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding in %n second(s)…</source>
        <translation>
            <numerusform>Wird in %n Sekunde verworfen…</numerusform>
            <numerusform>Wird in %n Sekunden verworfen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Queued for sending</source>
        <translation>Zum Senden eingeplant</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewChanges</name>
    <message>
        <location filename="../app/review/ReviewChanges.cpp" line="+60"/>
        <source>This draft was changed on the server while you were editing it. Your text is kept; the changes are now shown against the new version.</source>
        <translation>Dieser Entwurf wurde auf dem Server geändert, während Sie ihn bearbeitet haben. Ihr Text bleibt erhalten; die Änderungen werden jetzt gegenüber der neuen Version angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queued for sending</source>
        <translation>Zum Senden eingeplant</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewChangesView</name>
    <message>
        <location filename="../ui/review/ReviewChangesView.cpp" line="+15"/>
        <source>Changes to the proposal</source>
        <translation>Änderungen am Vorschlag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the changes</source>
        <translation>Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal with your changes: insertions underlined, deletions struck through</source>
        <translation>Vorschlag mit Ihren Änderungen: Einfügungen unterstrichen, Löschungen durchgestrichen</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n Wort hinzugefügt</numerusform>
            <numerusform>%n Wörter hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n Wort entfernt</numerusform>
            <numerusform>%n Wörter entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes: this is the text HyperRep proposed.</source>
        <translation>Keine Änderungen: Das ist der Text, den HyperRep vorgeschlagen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spacing changed</source>
        <translation>Abstände geändert</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewDiscovery</name>
    <message>
        <location filename="../app/review/ReviewDiscovery.cpp" line="+121"/>
        <source>Queued for sending</source>
        <translation>Zum Senden eingeplant</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewDraftPane</name>
    <message>
        <location filename="../ui/review/ReviewDraftPane.cpp" line="+30"/>
        <source>Draft under review</source>
        <translation>Entwurf in Prüfung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your text differs from HyperRep&apos;s proposal</source>
        <translation>Ihr Text weicht vom Vorschlag von HyperRep ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+178"/>
        <source>Show chan&amp;ges</source>
        <translation>Änderun&amp;gen zeigen</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Show changes</source>
        <translation>Änderungen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the text with HyperRep&apos;s proposal, word by word (D in the queue)</source>
        <translation>Den Text Wort für Wort mit dem Vorschlag von HyperRep vergleichen (D in der Warteschlange)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>name@example.com, …</source>
        <translation>name@example.com, …</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Draft status</source>
        <translation>Entwurfsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disca&amp;rd</source>
        <translation>Ve&amp;rwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this draft, then show the next (Ctrl+Delete); you can undo for a few seconds</source>
        <translation>Diesen Entwurf löschen und den nächsten zeigen (Strg+Entf); einige Sekunden lang rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this draft for later: it moves to the end of the queue (S)</source>
        <translation>Diesen Entwurf für später lassen: Er wandert ans Ende der Warteschlange (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes on the server without sending (Ctrl+S)</source>
        <translation>Ihre Änderungen auf dem Server speichern, ohne zu senden (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve and sen&amp;d</source>
        <translation>Freigeben und sen&amp;den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply as shown, then show the next (Ctrl+Enter); you can undo for a few seconds</source>
        <translation>Diese Antwort wie angezeigt senden und die nächste zeigen (Strg+Eingabe); einige Sekunden lang rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The reply HyperRep proposed</source>
        <translation>Die von HyperRep vorgeschlagene Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft text</source>
        <translation>Entwurfstext</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not a valid email address: %1</source>
        <translation>Keine gültige E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide chan&amp;ges</source>
        <translation>Änderun&amp;gen ausblenden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking for a newer version…</source>
        <translation>Es wird nach einer neueren Version gesucht…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the conversation&apos;s contact</source>
        <translation>der Kontakt der Unterhaltung</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueDelegate</name>
    <message>
        <location filename="../ui/review/ReviewQueueDelegate.cpp" line="+58"/>
        <source>Loading name…</source>
        <translation>Name wird geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No message from the contact yet</source>
        <translation>Noch keine Nachricht vom Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueModel</name>
    <message>
        <location filename="../app/review/ReviewQueueModel.cpp" line="+250"/>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueProxy</name>
    <message>
        <location filename="../ui/review/ReviewQueueProxy.cpp" line="+14"/>
        <source>Loading the contact&apos;s name</source>
        <translation>Name des Kontakts wird geladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last activity %1</source>
        <translation>letzte Aktivität %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>they wrote: %1</source>
        <translation>schrieb: %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueView</name>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="+19"/>
        <source>Drafts to review</source>
        <translation>Zu prüfende Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter approves and sends the draft shown, Enter edits it, S skips it, Ctrl+Delete discards it</source>
        <translation>Strg+Eingabe gibt den angezeigten Entwurf frei und sendet ihn, Eingabe bearbeitet ihn, S überspringt ihn, Strg+Entf verwirft ihn</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewSummary</name>
    <message>
        <location filename="../ui/review/ReviewSummary.cpp" line="+56"/>
        <source>To review (%1)</source>
        <translation>Zu prüfen (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s) to review</source>
        <translation>
            <numerusform>%n Entwurf zu prüfen</numerusform>
            <numerusform>%n Entwürfe zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing sent from this queue yet</source>
        <translation>Aus dieser Warteschlange wurde noch nichts gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: %1 as proposed, %2 edited (%3% edited)</source>
        <translation>Gesendet: %1 wie vorgeschlagen, %2 bearbeitet (%3 % bearbeitet)</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewThreadPane</name>
    <message>
        <location filename="../ui/review/ReviewThreadPane.cpp" line="+19"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This conversation could not be loaded.</source>
        <translation>Diese Unterhaltung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewUndoBar</name>
    <message>
        <location filename="../ui/review/ReviewUndoBar.cpp" line="+14"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pending action</source>
        <translation>Ausstehende Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the draft back: nothing is sent or deleted (Ctrl+Z, or U in the queue)</source>
        <translation>Den Entwurf zurückholen: Es wird nichts gesendet oder gelöscht (Strg+Z oder U in der Warteschlange)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Sending the reply to %1 in %n second(s)…</source>
        <translation>
            <numerusform>Antwort an %1 wird in %n Sekunde gesendet…</numerusform>
            <numerusform>Antwort an %1 wird in %n Sekunden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding the draft for %1 in %n second(s)…</source>
        <translation>
            <numerusform>Entwurf für %1 wird in %n Sekunde verworfen…</numerusform>
            <numerusform>Entwurf für %1 wird in %n Sekunden verworfen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n weitere wartet)</numerusform>
            <numerusform>(%n weitere warten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="+32"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not look through every conversation for drafts. %1</source>
        <translation>Nicht alle Unterhaltungen konnten nach Entwürfen durchsucht werden. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not load the conversation. %1</source>
        <translation>Die Unterhaltung konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No organization is open</source>
        <translation>Keine Organisation geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to review the replies HyperRep drafted for you.</source>
        <translation>Melden Sie sich an, um die Antworten zu prüfen, die HyperRep für Sie entworfen hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to review drafts</source>
        <translation>Melden Sie sich erneut an, um Entwürfe zu prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts to review appear here once Repdesk reaches the server again.</source>
        <translation>Zu prüfende Entwürfe erscheinen hier, sobald Repdesk den Server wieder erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for drafts to review…</source>
        <translation>Zu prüfende Entwürfe werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking the conversations of the last %n day(s).</source>
        <translation>
            <numerusform>Die Unterhaltungen von %n Tag werden geprüft.</numerusform>
            <numerusform>Die Unterhaltungen der letzten %n Tage werden geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies HyperRep drafts for your conversations appear here, for you to approve, edit or discard.</source>
        <translation>Antworten, die HyperRep für Ihre Unterhaltungen entwirft, erscheinen hier, damit Sie sie freigeben, bearbeiten oder verwerfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing left to review</source>
        <translation>Nichts mehr zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every draft in the queue was sent or discarded. New ones appear here as HyperRep writes them.</source>
        <translation>Jeder Entwurf in der Warteschlange wurde gesendet oder verworfen. Neue erscheinen hier, sobald HyperRep sie schreibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the next draft…</source>
        <translation>Nächster Entwurf wird geöffnet…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This draft is being saved or sent; try again in a moment.</source>
        <translation>Dieser Entwurf wird gerade gespeichert oder gesendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not send the reply to %1. %2</source>
        <translation>Die Antwort an %1 konnte nicht gesendet werden. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not discard the draft for %1. %2</source>
        <translation>Der Entwurf für %1 konnte nicht verworfen werden. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleCard</name>
    <message>
        <location filename="../ui/inbox/contact/SaleCard.cpp" line="+22"/>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Stage changed %1</source>
        <translation>Phase geändert %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy total</source>
        <translation>Summe kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy products</source>
        <translation>Produkte kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale, %1</source>
        <translation>Verkauf, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale, %1, %2</source>
        <translation>Verkauf, %1, %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2</source>
        <extracomment>A sale total: %1 is the ISO currency code, %2 the amount</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unnamed product</source>
        <translation>Unbenanntes Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleCardDelegate</name>
    <message>
        <location filename="../ui/sales/SaleCardDelegate.cpp" line="+52"/>
        <source>%1 · %2</source>
        <extracomment>On a sale&apos;s card: the primary contact, then the owner</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleDetailPane</name>
    <message>
        <location filename="../ui/dashboards/SaleDetailPane.cpp" line="+54"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>Zeilensumme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products of the sale</source>
        <translation>Produkte des Verkaufs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status history of the sale</source>
        <translation>Statusverlauf des Verkaufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale details</source>
        <translation>Verkaufsdetails</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote details</source>
        <translation>Angebotsdetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Enter on a sale to see its products and history.</source>
        <translation>Drücken Sie bei einem Verkauf die Eingabetaste, um seine Produkte und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an unknown agent</source>
        <translation>ein unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stage %1, owned by %2, created %3.</source>
        <extracomment>A sale&apos;s summary: %1 = stage, %2 = owner&apos;s name, %3 = when it was created</extracomment>
        <translation>In Phase %1, verantwortlich: %2, erstellt %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unnamed product)</source>
        <translation>(unbenanntes Produkt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No products quoted yet.</source>
        <translation>Noch keine Produkte angeboten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote total: %1</source>
        <extracomment>%1 = the quote&apos;s total with its currency</extracomment>
        <translation>Angebotssumme: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum of the lines: %1</source>
        <translation>Summe der Zeilen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lines do not add up to the quote total.</source>
        <translation>Die Zeilen ergeben nicht die Angebotssumme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale names no currency.</source>
        <translation>Der Verkauf nennt keine Währung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <extracomment>One detail of a sale&apos;s quote, e.g. &quot;agent overrides › discount percent: 5&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quote details:</source>
        <translation>Angebotsdetails:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No custom fields.</source>
        <translation>Keine benutzerdefinierten Felder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No status changes recorded.</source>
        <translation>Keine Statusänderungen erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up who made each change…</source>
        <translation>Es wird ermittelt, wer die einzelnen Änderungen vorgenommen hat…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n change(s) say who made them.</source>
        <translation>
            <numerusform>Bei %1 von %n Änderung ist bekannt, wer sie vorgenommen hat.</numerusform>
            <numerusform>Bei %1 von %n Änderungen ist bekannt, wer sie vorgenommen hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::SaleFilterBar</name>
    <message>
        <location filename="../ui/sales/SaleFilterBar.cpp" line="+33"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created f&amp;rom</source>
        <translation>&amp;Erstellt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from date</source>
        <translation>Erstellt ab Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thro&amp;ugh</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created through date, inclusive</source>
        <translation>Erstellt bis Datum, einschließlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only sales created from a date</source>
        <translation>Nur Verkäufe, die ab einem Datum erstellt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only sales created through a date</source>
        <translation>Nur Verkäufe, die bis zu einem Datum erstellt wurden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All companies</source>
        <translation>Alle Firmen</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleListModel</name>
    <message>
        <location filename="../app/sales/SaleListModel.cpp" line="+142"/>
        <source>%1, %2, owner %3, %4</source>
        <extracomment>A sale in the sales table, read as one line: company, stage, owner, total</extracomment>
        <translation>%1, %2, verantwortlich %3, %4</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleNames</name>
    <message>
        <location filename="../app/sales/SaleNames.cpp" line="+49"/>
        <source>No company</source>
        <translation>Keine Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unknown company</source>
        <translation>Unbekannte Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company not loaded</source>
        <translation>Firma nicht geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact not loaded</source>
        <translation>Kontakt nicht geladen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesBoardModel</name>
    <message>
        <location filename="../app/sales/SalesBoardModel.cpp" line="+41"/>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>time in stage unknown</source>
        <translation>Dauer in der Phase unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <extracomment>How long a sale has been in its stage: &quot;for 3 days&quot;</extracomment>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2, owner %3, %4, %5</source>
        <extracomment>A sale&apos;s card on the pipeline board, read as one sentence</extracomment>
        <translation>%1, %2, verantwortlich %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesTablePage</name>
    <message>
        <location filename="../ui/sales/SalesTablePage.cpp" line="+35"/>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales table</source>
        <translation>Verkaufstabelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the sales again</source>
        <translation>Verkäufe neu laden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No organization is open</source>
        <translation>Keine Organisation geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see the sales.</source>
        <translation>Melden Sie sich an, um die Verkäufe zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load more sales: %1</source>
        <translation>Weitere Verkäufe konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) shown; loading more…</source>
        <translation>
            <numerusform>%n Verkauf angezeigt; weitere werden geladen…</numerusform>
            <numerusform>%n Verkäufe angezeigt; weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n loaded sale(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%1 von %n geladenen Verkauf angezeigt; für weitere nach unten scrollen</numerusform>
            <numerusform>%1 von %n geladenen Verkäufen angezeigt; für weitere nach unten scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n sale(s) shown</source>
        <translation>
            <numerusform>%1 von %n Verkauf angezeigt</numerusform>
            <numerusform>%1 von %n Verkäufen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(asked from HyperRep for this owner or first day)</source>
        <translation>(für diesen Verantwortlichen oder ersten Tag bei HyperRep abgefragt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the sales</source>
        <translation>Die Verkäufe konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press Retry below, or F5.</source>
        <translation>Klicken Sie unten auf „Wiederholen“ oder drücken Sie F5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales yet</source>
        <translation>Noch keine Verkäufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales appear here as they are created in HyperRep.</source>
        <translation>Verkäufe erscheinen hier, sobald sie in HyperRep angelegt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sale matches these filters</source>
        <translation>Kein Verkauf passt zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose all stages, owners or companies, or widen the dates.</source>
        <translation>Wählen Sie alle Phasen, Verantwortlichen oder Firmen, oder erweitern Sie den Zeitraum.</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesWorkspace</name>
    <message>
        <location filename="../ui/sales/SalesWorkspace.cpp" line="+40"/>
        <source>Open its &amp;conversation</source>
        <translation>&amp;Unterhaltung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+279"/>
        <source>Open its co&amp;ntact</source>
        <translation>Ko&amp;ntakt öffnen</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Pipeline board</source>
        <translation>Pipeline-Board</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the sale&apos;s conversation in the inbox</source>
        <translation>Die Unterhaltung des Verkaufs im Posteingang öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the sale&apos;s contact in the directory</source>
        <translation>Den Kontakt des Verkaufs im Verzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sales views</source>
        <translation>Verkaufsansichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+T</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+B</source>
        <translation>Alt+B</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pipeline board (Alt+B)</source>
        <translation>Das Pipeline-Board (Alt+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales as a table with filters (Alt+T)</source>
        <translation>Die Verkäufe als Tabelle mit Filtern (Alt+T)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Alt+B / Alt+T</source>
        <translation>Alt+B / Alt+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: the pipeline board / the sales table</source>
        <translation>Verkäufe: Pipeline-Board / Verkaufstabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales board: Up/Down within a stage, Left/Right to the next stage</source>
        <translation>Pipeline-Board: Auf/Ab innerhalb einer Phase, Links/Rechts zur nächsten Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: show the selected sale beside the board or table</source>
        <translation>Verkäufe: den ausgewählten Verkauf neben Board oder Tabelle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+S, Alt+O, Alt+M</source>
        <translation>Alt+P, Alt+V, Alt+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: filter by stage, owner, company</source>
        <translation>Verkaufstabelle: nach Phase, Verantwortlichem, Firma filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+R, Alt+U</source>
        <translation>Alt+E, Alt+I</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: only sales created from / through a day</source>
        <translation>Verkaufstabelle: nur Verkäufe, die ab / bis zu einem Tag erstellt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+C / Alt+N</source>
        <translation>Alt+U / Alt+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: open the shown sale&apos;s conversation (inbox) / contact (directory)</source>
        <translation>Verkäufe: Unterhaltung (Posteingang) / Kontakt (Verzeichnis) des angezeigten Verkaufs öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Menütaste, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: export as CSV or copy</source>
        <translation>Verkaufstabelle: als CSV exportieren oder kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: load the sales again</source>
        <translation>Verkäufe: Verkäufe neu laden</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 (%2)</source>
        <extracomment>A pipeline board column&apos;s title: the stage, then how many sales are in it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n sale(s)</source>
        <translation>
            <numerusform>%1: %n Verkauf</numerusform>
            <numerusform>%1: %n Verkäufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No organization is open</source>
        <translation>Keine Organisation geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see the sales pipeline.</source>
        <translation>Melden Sie sich an, um die Vertriebspipeline zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading sales…</source>
        <translation>Verkäufe werden geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No sales yet</source>
        <translation>Noch keine Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales appear here as they are created in HyperRep.</source>
        <translation>Verkäufe erscheinen hier, sobald sie in HyperRep angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) so far; loading the rest…</source>
        <translation>
            <numerusform>Bisher %n Verkauf; der Rest wird geladen…</numerusform>
            <numerusform>Bisher %n Verkäufe; der Rest wird geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sale(s) in %1 stage(s)</source>
        <translation>
            <numerusform>%n Verkauf in %1 Phasen</numerusform>
            <numerusform>%n Verkäufe in %1 Phasen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open a co&amp;ntact</source>
        <translation>Einen Ko&amp;ntakt öffnen</translation>
    </message>
</context>
<context>
    <name>repdesk::ScopeView</name>
    <message>
        <location filename="../ui/dashboards/ScopeView.cpp" line="+36"/>
        <source>Messages by channel</source>
        <translation>Nachrichten nach Kanal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No messages in this range</source>
        <translation>Keine Nachrichten in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>repdesk::SessionManager</name>
    <message>
        <location filename="../app/session/SessionManager.cpp" line="+41"/>
        <source>The key could not be removed from the keyring: %1</source>
        <translation>Der Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer has no folder where Repdesk may keep its data (no home or cache folder).</source>
        <translation>Dieser Computer hat keinen Ordner, in dem Repdesk seine Daten ablegen darf (kein Home- oder Cache-Ordner).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repdesk could not create its private data folder: %1</source>
        <translation>Repdesk konnte seinen privaten Datenordner nicht anlegen: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (key from FERNAND_API_KEY)</source>
        <translation>%1 (Schlüssel aus FERNAND_API_KEY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (key from HYPERREP_API_KEY)</source>
        <translation>%1 (Schlüssel aus HYPERREP_API_KEY)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Repdesk has no key for %1 on this computer. Enter it to sign in again.</source>
        <translation>Repdesk hat auf diesem Computer keinen Schlüssel für %1. Geben Sie ihn ein, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Some local files of %1 could not be deleted: %2</source>
        <translation>Einige lokale Dateien von %1 konnten nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>repdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+18"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>repdesk::ShortcutsDialog</name>
    <message>
        <location filename="../ui/settings/ShortcutsDialog.cpp" line="+25"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No shortcuts match</source>
        <translation>Keine passenden Tastenkürzel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try another word.</source>
        <translation>Versuchen Sie ein anderes Wort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>repdesk::SignInDialog</name>
    <message>
        <location filename="../ui/account/SignInDialog.cpp" line="+37"/>
        <source>Sign in to Repdesk</source>
        <translation>Bei Repdesk anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect your HyperRep or Fernand account. Repdesk checks the key with the server, then keeps it in your system keyring, never in a file.</source>
        <translation>Verbinden Sie Ihr HyperRep- oder Fernand-Konto. Repdesk prüft den Schlüssel beim Server und bewahrt ihn dann im Schlüsselbund Ihres Systems auf, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste your API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key:</source>
        <translation>API-Sch&amp;lüssel:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your key with the server…</source>
        <translation>Ihr Schlüssel wird beim Server geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use for this session only</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in memory until Repdesk quits; you will be asked again next time.</source>
        <translation>Den Schlüssel bis zum Beenden von Repdesk im Speicher halten; beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>repdesk::SolutionModel</name>
    <message>
        <location filename="../app/dashboards/SolutionModel.cpp" line="+51"/>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time in business hours</source>
        <translation>Antwortzeit in Geschäftszeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed to sale</source>
        <translation>Zeit bis zum Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales value</source>
        <translation>Verkaufswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote value</source>
        <translation>Angebotswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads in</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses sent</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Quoted</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autonomy rate</source>
        <translation>Autonomiequote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead response score</source>
        <translation>Lead-Antwortwert</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Direct email</source>
        <translation>Direkte E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indirect email</source>
        <translation>Indirekte E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form request</source>
        <translation>Formularanfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response sent</source>
        <translation>Antwort gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead responded</source>
        <translation>Lead hat geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghosted</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending outreach</source>
        <translation>Kontaktaufnahme ausstehend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent without changes</source>
        <translation>Ohne Änderungen gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent with changes</source>
        <translation>Mit Änderungen gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n chat(s) sent</source>
        <translation>
            <numerusform>%n Chat gesendet</numerusform>
            <numerusform>%n Chats gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>over %n response(s)</source>
        <translation>
            <numerusform>bei %n Antwort</numerusform>
            <numerusform>bei %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>over %n sale(s)</source>
        <translation>
            <numerusform>bei %n Verkauf</numerusform>
            <numerusform>bei %n Verkäufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy analytics give no currency</source>
        <translation>Alte Auswertungen nennen keine Währung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>One part of a funnel stage: &quot;Direct email: 12&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesModel</name>
    <message>
        <location filename="../app/dashboards/StageSalesModel.cpp" line="+242"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown company</source>
        <translation>Unbekannte Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown agent</source>
        <translation>Unbekannter Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company</source>
        <translation>Keine Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+48"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The name could not be loaded; it is asked again when the list changes.</source>
        <translation>Der Name konnte nicht geladen werden; er wird erneut abgefragt, wenn sich die Liste ändert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In this stage since</source>
        <translation>In dieser Phase seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesPage</name>
    <message>
        <location filename="../ui/dashboards/StageSalesPage.cpp" line="+61"/>
        <source>Enter shows the sale&apos;s products and status history.</source>
        <translation>Die Eingabetaste zeigt die Produkte und den Statusverlauf des Verkaufs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage sales</source>
        <translation>Verkäufe der Phase</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales in “%1”, %2</source>
        <extracomment>The drill-down heading: %1 = stage name, %2 = &quot;the organization&quot; or an agent&apos;s name</extracomment>
        <translation>Verkäufe in „%1“, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sales in %1</source>
        <translation>Verkäufe in %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Updating the sales on this computer to match the chart…</source>
        <translation>Die Verkäufe auf diesem Computer werden an das Diagramm angeglichen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not all loaded yet</source>
        <translation>noch nicht alle geladen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The chart counts %n sale(s) in this stage, by a rule the sales on this computer (%1) do not reproduce: this list may differ from it.</source>
        <extracomment>%n = the stage&apos;s figure on the chart; %1 = &quot;updated 5 min ago&quot; or &quot;not all loaded yet&quot;</extracomment>
        <translation>
            <numerusform>Das Diagramm zählt %n Verkauf in dieser Phase, nach einer Regel, die die Verkäufe auf diesem Computer (%1) nicht nachbilden: Diese Liste kann davon abweichen.</numerusform>
            <numerusform>Das Diagramm zählt %n Verkäufe in dieser Phase, nach einer Regel, die die Verkäufe auf diesem Computer (%1) nicht nachbilden: Diese Liste kann davon abweichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter on a sale shows its products and history.</source>
        <translation>Die Eingabetaste zeigt bei einem Verkauf seine Produkte und seinen Verlauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sales in this stage</source>
        <translation>Keine Verkäufe in dieser Phase</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesTable</name>
    <message>
        <location filename="../ui/dashboards/StageSalesTable.cpp" line="+109"/>
        <source>In this stage since %1</source>
        <extracomment>When the sale reached its current stage; %1 = date and time</extracomment>
        <translation>In dieser Phase seit %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Hauptkontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age in stage</source>
        <translation>Dauer in der Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>repdesk::StatusIndicators</name>
    <message>
        <location filename="../ui/StatusIndicators.cpp" line="+25"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Waiting for %1&apos;s rate limit: %n s</source>
        <extracomment>The provider&apos;s name, then seconds until waiting requests may go.</extracomment>
        <translation>
            <numerusform>Warten auf das Anfragelimit von %1: %n s</numerusform>
            <numerusform>Warten auf das Anfragelimit von %1: %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out: the key was refused</source>
        <translation>Abgemeldet: Der Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Outbox (%1)</source>
        <translation>Postausgang (%1)</translation>
    </message>
</context>
<context>
    <name>repdesk::TableExportActions</name>
    <message>
        <location filename="../ui/common/TableExportActions.cpp" line="+34"/>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the table to the clipboard, tab-separated, for pasting into a spreadsheet</source>
        <translation>Die Tabelle tabulatorgetrennt in die Zwischenablage kopieren, zum Einfügen in eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy selected cells</source>
        <translation>Ausgewählte Zellen kopieren</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
</context>
<context>
    <name>repdesk::TemplatePicker</name>
    <message>
        <location filename="../ui/compose/TemplatePicker.cpp" line="+33"/>
        <location line="+1"/>
        <source>Insert template</source>
        <translation>Vorlage einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter templates</source>
        <translation>Vorlagen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter by name or text</source>
        <translation>Tippen, um nach Name oder Text zu filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template preview</source>
        <translation>Vorlagenvorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No templates yet. Add saved replies in Settings, Templates.</source>
        <translation>Noch keine Vorlagen. Fügen Sie gespeicherte Antworten unter Einstellungen, Vorlagen hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the selected template</source>
        <translation>Ausgewählte Vorlage einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No template matches the filter.</source>
        <translation>Keine Vorlage passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>repdesk::TemplatesSettingsPage</name>
    <message>
        <location filename="../ui/compose/TemplatesSettingsPage.cpp" line="+32"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template body, HTML</source>
        <translation>Text der Vorlage, HTML</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTML, for example &lt;p&gt;Hi {contact.first_name},&lt;/p&gt;. Placeholders: {contact.name}, {contact.first_name}, {agent.name}, {company.name}.</source>
        <translation>HTML, zum Beispiel &lt;p&gt;Hallo {contact.first_name},&lt;/p&gt;. Platzhalter: {contact.name}, {contact.first_name}, {agent.name}, {company.name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a template</source>
        <translation>Eine Vorlage hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected template</source>
        <translation>Ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save templates</source>
        <translation>Vorlagen speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;
&lt;p&gt;&lt;/p&gt;
&lt;p&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hallo {contact.first_name},&lt;/p&gt;
&lt;p&gt;&lt;/p&gt;
&lt;p&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled template</source>
        <translation>Unbenannte Vorlage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Die Vorlage „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>repdesk::ThreadPane</name>
    <message>
        <location filename="../ui/inbox/ThreadPane.cpp" line="+74"/>
        <source>Load remote images</source>
        <translation>Externe Bilder laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load remote images for this conversation</source>
        <translation>Externe Bilder für diese Unterhaltung laden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conversation thread</source>
        <translation>Verlauf der Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conversation to read it.</source>
        <translation>Wählen Sie eine Unterhaltung aus, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown contact</source>
        <translation>Unbekannter Kontakt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n Nachricht</numerusform>
            <numerusform>%1 · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>%n frühere Nachricht anzeigen</numerusform>
            <numerusform>%n frühere Nachrichten anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n externes Bild zum Schutz Ihrer Privatsphäre blockiert.</numerusform>
            <numerusform>%n externe Bilder zum Schutz Ihrer Privatsphäre blockiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="+18"/>
        <location line="+19"/>
        <source>Repdesk</source>
        <translation>Repdesk</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Repdesk — %n unread conversation(s)</source>
        <translation>
            <numerusform>Repdesk – %n ungelesene Unterhaltung</numerusform>
            <numerusform>Repdesk – %n ungelesene Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To review (%1)</source>
        <translation>Zu prüfen (%1)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Repdesk (%1)</source>
        <translation>Repdesk (%1)</translation>
    </message>
</context>
<context>
    <name>repdesk::TrendCharts</name>
    <message>
        <location filename="../ui/dashboards/TrendCharts.cpp" line="+34"/>
        <source>No data for this range</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Response rate (%)</source>
        <translation>Antwortquote (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time (minutes)</source>
        <translation>Antwortzeit (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry failed buckets</source>
        <translation>Fehlgeschlagene Abschnitte erneut laden</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not load the trends: %1</source>
        <translation>Die Trends konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Loading %n week(s)…</source>
        <translation>
            <numerusform>%n Woche wird geladen…</numerusform>
            <numerusform>%n Wochen werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Loading %n day(s)…</source>
        <translation>
            <numerusform>%n Tag wird geladen…</numerusform>
            <numerusform>%n Tage werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n Woche konnte nicht geladen werden: %1</numerusform>
            <numerusform>%n Wochen konnten nicht geladen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n Tag konnte nicht geladen werden: %1</numerusform>
            <numerusform>%n Tage konnten nicht geladen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>repdesk::TrendModel</name>
    <message>
        <location filename="../app/dashboards/TrendModel.cpp" line="+148"/>
        <source>Week %1</source>
        <extracomment>A week bucket of a trend chart, by ISO week number</extracomment>
        <translation>KW %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 – %2</source>
        <extracomment>The days a week bucket covers: first – last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to</source>
        <translation>Beantwortet</translation>
    </message>
</context>
</TS>
