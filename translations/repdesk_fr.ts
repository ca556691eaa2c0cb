<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountFiles</name>
    <message>
        <location filename="../app/store/AccountFiles.cpp" line="+38"/>
        <source>There is no folder for Repdesk&apos;s files.</source>
        <translation>Il n&apos;existe aucun dossier pour les fichiers de Repdesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some files in %1 could not be deleted.</source>
        <translation>Certains fichiers de %1 n&apos;ont pas pu être supprimés.</translation>
    </message>
</context>
<context>
    <name>AppearanceChoice</name>
    <message>
        <location filename="../ui/settings/AppearanceChoice.cpp" line="+15"/>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/common/ChartExport.cpp" line="+80"/>
        <source>Exported from Repdesk</source>
        <translation>Exporté depuis Repdesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not draw the chart as an image.</source>
        <translation>Impossible de dessiner le graphique sous forme d&apos;image.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not draw the chart as SVG.</source>
        <translation>Impossible de dessiner le graphique en SVG.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <location filename="../ui/common/ChartSpec.cpp" line="+49"/>
        <source>Line chart</source>
        <translation>Graphique en courbes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bar chart</source>
        <translation>Graphique en barres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacked bar chart</source>
        <translation>Graphique en barres empilées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal bar chart</source>
        <translation>Graphique en barres horizontales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pie chart</source>
        <translation>Graphique en secteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donut chart</source>
        <translation>Graphique en anneau</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2: %3</source>
        <extracomment>A point of a chart: %1 = row label (a date, stage or agent), %2 = series, %3 = its value</extracomment>
        <translation>%1, %2 : %3</translation>
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
        <translation>Tableaux de bord : page suivante / précédente (Organisation, agent, Anciennes statistiques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+R</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: choose the date range</source>
        <translation>Tableaux de bord : choisir la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left, Backspace, Esc</source>
        <translation>Alt+Left, Backspace, Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: back (from a stage&apos;s sales to its dashboard, from an agent to the organization)</source>
        <translation>Tableaux de bord : retour (des ventes d&apos;une étape à son tableau de bord, d&apos;un agent à l&apos;organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+B</source>
        <translation>Alt+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: the Back button</source>
        <translation>Tableaux de bord : le bouton Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: move between tiles, charts and tables</source>
        <translation>Tableaux de bord : passer d&apos;une tuile, d&apos;un graphique ou d&apos;un tableau à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / Right, Home / End</source>
        <translation>Left / Right, Home / End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: move along the points and read each value</source>
        <translation>Dans un graphique : parcourir les points et lire chaque valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: move between its series</source>
        <translation>Dans un graphique : passer d&apos;une série à l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: show it as a table, and back</source>
        <translation>Dans un graphique : l&apos;afficher sous forme de tableau, et revenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Touche Menu, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart or table: export as PNG, SVG or CSV, or copy</source>
        <translation>Dans un graphique ou un tableau : exporter en PNG, SVG ou CSV, ou copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in a pipeline chart or its table)</source>
        <translation>Enter (dans un graphique du pipeline ou son tableau)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the sales in the highlighted stage</source>
        <translation>Ouvrir les ventes de l&apos;étape en surbrillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, double-click (in the team leaderboard)</source>
        <translation>Enter, double-clic (dans le classement de l&apos;équipe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open that agent&apos;s dashboard</source>
        <translation>Ouvrir le tableau de bord de cet agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+S</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team leaderboard: choose the column it is sorted by</source>
        <translation>Classement de l&apos;équipe : choisir la colonne de tri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+O</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team leaderboard: switch between ascending and descending order</source>
        <translation>Classement de l&apos;équipe : basculer entre ordre croissant et décroissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+C / Alt+L</source>
        <translation>Alt+V / Alt+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent&apos;s dashboard: go to their conversations / sales</source>
        <translation>Tableau de bord d&apos;un agent : aller à ses conversations / ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in an agent&apos;s conversations)</source>
        <translation>Enter (dans les conversations d&apos;un agent)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the conversation in the inbox</source>
        <translation>Ouvrir la conversation dans la boîte de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in a stage&apos;s sales)</source>
        <translation>Enter (dans les ventes d&apos;une étape)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the sale&apos;s products, totals and status history</source>
        <translation>Afficher les produits, les totaux et l&apos;historique des étapes de la vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (on a failed row or tile&apos;s Retry)</source>
        <translation>Enter (sur une ligne en échec ou le bouton Réessayer d&apos;une tuile)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask for that figure again</source>
        <translation>Redemander ce chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+U</source>
        <translation>Alt+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legacy analytics: choose the solution</source>
        <translation>Anciennes statistiques : choisir la solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a table: copy the selected cells</source>
        <translation>Dans un tableau : copier les cellules sélectionnées</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <location filename="../app/review/DraftCheck.cpp" line="+103"/>
        <source>This draft was changed on the server; the new version is shown.</source>
        <translation>Ce brouillon a été modifié sur le serveur ; la nouvelle version est affichée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is already being sent from elsewhere.</source>
        <translation>Ce brouillon est déjà en cours d&apos;envoi depuis un autre poste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft was already sent; it has left the queue.</source>
        <translation>Ce brouillon a déjà été envoyé ; il a quitté la file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is no longer on the server; it has left the queue.</source>
        <translation>Ce brouillon n&apos;est plus sur le serveur ; il a quitté la file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>DraftDiscard</name>
    <message>
        <location filename="../app/reply/DraftDiscard.cpp" line="+16"/>
        <source>Could not discard the draft.</source>
        <translation>Impossible d&apos;abandonner le brouillon.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reply is being sent right now and can&apos;t be discarded.</source>
        <translation>La réponse est en cours d&apos;envoi et ne peut pas être abandonnée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
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
        <translation>Impossible d&apos;enregistrer le brouillon. Votre texte est conservé.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This conversation no longer exists. Your text is kept.</source>
        <translation>Cette conversation n&apos;existe plus. Votre texte est conservé.</translation>
    </message>
</context>
<context>
    <name>EditorContextMenu</name>
    <message>
        <location filename="../ui/web/EditorContextMenu.cpp" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Link Address</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../ui/web/EditorLabels.cpp" line="+17"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear formatting</source>
        <translation>Effacer la mise en forme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
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
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a web, email or phone address (https:, mailto:, tel:).</source>
        <translation>Saisissez une adresse web, e-mail ou téléphonique (https:, mailto:, tel:).</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <location filename="../ui/common/ExportFileDialog.cpp" line="+30"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <location filename="../app/models/FolderListModel.cpp" line="+100"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>To review, %n draft(s) waiting</source>
        <translation>
            <numerusform>À relire, %n brouillon en attente</numerusform>
            <numerusform>À relire, %n brouillons en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n conversation(s), %2 unread</source>
        <translation>
            <numerusform>%1, %n conversation, %2 non lues</numerusform>
            <numerusform>%1, %n conversations, %2 non lues</numerusform>
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
        <translation>Aller à la conversation précédente / suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, O</source>
        <translation>Enter, O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected conversation</source>
        <translation>Ouvrir la conversation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to the selected conversation</source>
        <translation>Répondre à la conversation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search conversations by contact name or email</source>
        <translation>Rechercher des conversations par nom ou e-mail du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc (in search)</source>
        <translation>Échap (dans la recherche)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search and return to the list</source>
        <translation>Effacer la recherche et revenir à la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server filters: status, assignee, tag, words and order (Fernand)</source>
        <translation>Filtres du serveur : statut, assignation, étiquette, mots et ordre (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a table: sort by the column of the current cell; again: reverse the order</source>
        <translation>Dans un tableau : trier selon la colonne de la cellule courante ; à nouveau : inverser l&apos;ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+1 … 9</source>
        <translation>Ctrl+Shift+1 … 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to folder 1 … 9 (All, Unread, Inbox, …)</source>
        <translation>Aller au dossier 1 … 9 (Toutes, Non lues, Inbox, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch organization</source>
        <translation>Changer d&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+A</source>
        <translation>Alt+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account menu: switch, add, sign in again, sign out or remove an account</source>
        <translation>Menu Compte : changer, ajouter, se reconnecter, se déconnecter ou supprimer un compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+H, C</source>
        <translation>Alt+I, D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help &gt; Copy diagnostics: versions, settings without secrets, recent errors, for support</source>
        <translation>Aide &gt; Copier les diagnostics : versions, paramètres sans secrets, erreurs récentes, pour l&apos;assistance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
</context>
<context>
    <name>KeyboardSort</name>
    <message>
        <location filename="../ui/common/KeyboardSort.cpp" line="+17"/>
        <source>Sort by this column</source>
        <translation>Trier selon cette colonne</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../ui/settings/LanguageChoice.cpp" line="+23"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/account/LaunchOptions.cpp" line="+16"/>
        <source>Repdesk: a native desktop inbox for HyperRep sales teams.</source>
        <translation>Repdesk : une boîte de réception de bureau native pour les équipes commerciales HyperRep.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a built-in sandbox server with demo data; no account needed.</source>
        <translation>Démarrer un serveur bac à sable intégré avec des données de démonstration ; aucun compte requis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HyperRep server URL (default %1).</source>
        <translation>URL du serveur HyperRep (par défaut %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization id to open first.</source>
        <translation>Identifiant de l&apos;organisation à ouvrir en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service: hyperrep (default) or fernand (key from FERNAND_API_KEY).</source>
        <translation>Le service : hyperrep (par défaut) ou fernand (clé issue de FERNAND_API_KEY).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown provider: %1 (use hyperrep or fernand)</source>
        <translation>Fournisseur inconnu : %1 (utilisez hyperrep ou fernand)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid server URL: %1</source>
        <translation>URL de serveur non valide : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing %1: use https (plain http is only allowed on loopback).</source>
        <translation>%1 refusé : utilisez https (le http non chiffré n&apos;est autorisé qu&apos;en boucle locale).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <location filename="../app/models/PagedListModel.cpp" line="+53"/>
        <source>Loading more…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load more. %1 Press Enter to retry.</source>
        <translation>Impossible d&apos;en charger davantage. %1 Appuyez sur Entrée pour réessayer.</translation>
    </message>
</context>
<context>
    <name>PlainReplyEditor</name>
    <message>
        <location filename="../ui/compose/PlainReplyEditor.cpp" line="+77"/>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/LinkOpener.cpp" line="+22"/>
        <source>Open link?</source>
        <translation>Ouvrir le lien ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link opens outside Repdesk:

%1</source>
        <translation>Ce lien s&apos;ouvre en dehors de Repdesk :

%1</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../ui/inbox/contact/RecordFields.cpp" line="+11"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy name</source>
        <translation>Copier le nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>Copier l&apos;adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy phone number</source>
        <translation>Copier le numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy role</source>
        <translation>Copier la fonction</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy company name</source>
        <translation>Copier le nom de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy domain</source>
        <translation>Copier le domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy company %1</source>
        <translation>Copier l&apos;entreprise %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/models/RelativeTime.cpp" line="+16"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMM</source>
        <extracomment>A date this year in the conversation list, as a QLocale date pattern (d = day, MMM = short month)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>d MMM yyyy</source>
        <extracomment>A date of another year in the conversation list, as a QLocale date pattern</extracomment>
        <translation>d MMM yyyy</translation>
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
        <translation>Relecture : brouillon précédent / suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: approve and send the draft as shown, then show the next</source>
        <translation>Relecture : approuver et envoyer le brouillon tel qu&apos;affiché, puis afficher le suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, E</source>
        <translation>Enter, E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: edit the draft in place</source>
        <translation>Relecture : modifier le brouillon sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: back to the queue (from the editor or a field); in the queue, hide the changes</source>
        <translation>Relecture : retour à la file (depuis l&apos;éditeur ou un champ) ; dans la file, masquer les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: save the draft on the server without sending it</source>
        <translation>Relecture : enregistrer le brouillon sur le serveur sans l&apos;envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: discard the draft, then show the next (in the editor it deletes a word: Esc first)</source>
        <translation>Relecture : abandonner le brouillon puis afficher le suivant (dans l&apos;éditeur, cela supprime un mot : Échap d&apos;abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, U</source>
        <translation>Ctrl+Z, U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: undo the last approve or discard while its bar shows (nothing is sent)</source>
        <translation>Relecture : annuler la dernière approbation ou le dernier abandon tant que sa barre est affichée (rien n&apos;est envoyé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: skip the draft for now (it moves to the end of the queue)</source>
        <translation>Relecture : passer le brouillon pour l&apos;instant (il va en fin de file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D, Alt+G</source>
        <translation>D, Alt+M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: show or hide the changes against HyperRep&apos;s proposal</source>
        <translation>Relecture : afficher ou masquer les modifications par rapport à la proposition de HyperRep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: look for new drafts now</source>
        <translation>Relecture : rechercher de nouveaux brouillons maintenant</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message numerus="yes">
        <location filename="../ui/SyncStatusText.cpp" line="+12"/>
        <source>Offline — %n cached conversation(s)</source>
        <translation>
            <numerusform>Hors ligne — %n conversation en cache</numerusform>
            <numerusform>Hors ligne — %n conversations en cache</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asked Repdesk to slow down; retrying shortly</source>
        <translation>Le serveur a demandé à Repdesk de ralentir ; nouvel essai sous peu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversation(s) · up to date as of %1</source>
        <translation>
            <numerusform>%n conversation · à jour à %1</numerusform>
            <numerusform>%n conversations · à jour à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadContextMenu</name>
    <message>
        <location filename="../ui/web/ThreadContextMenu.cpp" line="+20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>ThreadHtmlBuilder</name>
    <message>
        <location filename="../app/thread/MessagePartsHtml.cpp" line="+44"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Form fields</source>
        <translation>Champs du formulaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign (UTM)</source>
        <translation>Campagne (UTM)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tracked links</source>
        <translation>Liens suivis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not clicked yet</source>
        <translation>pas encore cliqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clicked once</source>
        <translation>cliqué une fois</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>clicked %n times</source>
        <translation>
            <numerusform>cliqué %n fois</numerusform>
            <numerusform>cliqué %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no content)</source>
        <translation>(aucun contenu)</translation>
    </message>
    <message>
        <location filename="../app/thread/ArticleWriter.cpp" line="+23"/>
        <location line="+1"/>
        <source>Form submission</source>
        <translation>Envoi de formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Chat en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chat message</source>
        <translation>Message de chat en direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 received from %2, %3</source>
        <translation>%1 reçu de %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent by %2, %3</source>
        <translation>%1 envoyé par %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent, %2</source>
        <translation>%1 envoyé, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drafted</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/thread/ThreadHtmlBuilder.cpp" line="+16"/>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No messages in this conversation yet.</source>
        <translation>Aucun message dans cette conversation pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/thread/ThreadTextFormat.cpp" line="+10"/>
        <source>unknown</source>
        <comment>call duration</comment>
        <translation>inconnue</translation>
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
        <translation>date inconnue</translation>
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
        <translation>Contact inconnu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
</context>
<context>
    <name>WebReplyEditor</name>
    <message>
        <location filename="../ui/web/WebReplyEditor.cpp" line="+39"/>
        <source>Reply editor</source>
        <translation>Éditeur de réponse</translation>
    </message>
</context>
<context>
    <name>WebThreadDisplay</name>
    <message>
        <location filename="../ui/web/WebThreadDisplay.cpp" line="+24"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>WebViewsLoader</name>
    <message>
        <location filename="../ui/WebViewsLoader.cpp" line="+101"/>
        <source>Repdesk is running as root, where the Chromium engine behind the message view refuses to start with its sandbox. Showing the plain view instead. Run Repdesk as a normal user, or set QTWEBENGINE_DISABLE_SANDBOX=1 if you accept the risk.</source>
        <translation>Repdesk s&apos;exécute en tant que root, où le moteur Chromium de l&apos;affichage des messages refuse de démarrer avec son bac à sable. L&apos;affichage simple est utilisé à la place. Lancez Repdesk en tant qu&apos;utilisateur normal, ou définissez QTWEBENGINE_DISABLE_SANDBOX=1 si vous acceptez le risque.</translation>
    </message>
</context>
<context>
    <name>repdesk</name>
    <message>
        <location filename="../app/store/TemplateStore.cpp" line="+37"/>
        <source>Thanks for reaching out</source>
        <translation>Merci de nous avoir contactés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;Thanks for reaching out! I&apos;m looking into this now and will get back to you shortly.&lt;/p&gt;&lt;p&gt;Best,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bonjour {contact.first_name},&lt;/p&gt;&lt;p&gt;Merci de nous avoir contactés ! Je m&apos;en occupe dès maintenant et je reviens vers vous très vite.&lt;/p&gt;&lt;p&gt;Bien cordialement,&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote follow-up</source>
        <translation>Relance du devis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;I wanted to follow up on the quote I sent for {company.name}. Do you have any questions, or is there anything you would like me to adjust?&lt;/p&gt;&lt;p&gt;Best regards,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bonjour {contact.first_name},&lt;/p&gt;&lt;p&gt;Je me permets de revenir vers vous au sujet du devis envoyé pour {company.name}. Avez-vous des questions, ou souhaitez-vous que j&apos;y apporte des modifications ?&lt;/p&gt;&lt;p&gt;Bien cordialement,&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book a call</source>
        <translation>Planifier un appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;Would you have 20 minutes this week for a quick call? Let me know a time that suits you and I&apos;ll send an invite.&lt;/p&gt;&lt;p&gt;Thanks,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bonjour {contact.first_name},&lt;/p&gt;&lt;p&gt;Auriez-vous 20 minutes cette semaine pour un court appel ? Indiquez-moi un créneau qui vous convient et je vous envoie une invitation.&lt;/p&gt;&lt;p&gt;Merci,&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>repdesk::AccountMenu</name>
    <message>
        <location filename="../ui/account/AccountMenu.cpp" line="+14"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (this session only)</source>
        <translation>%1 (cette session uniquement)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in &amp;again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove account</source>
        <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1 from Repdesk?</source>
        <translation>Supprimer %1 de Repdesk ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is deleted from the keyring and its local copy of conversations is deleted from this computer. Nothing changes on the server.</source>
        <translation>Sa clé est supprimée du trousseau et sa copie locale des conversations est effacée de cet ordinateur. Rien ne change sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reply or message draft(s) that never reached the server will be lost.</source>
        <translation>
            <numerusform>%n brouillon de réponse ou de message qui n&apos;a jamais atteint le serveur sera perdu.</numerusform>
            <numerusform>%n brouillons de réponse ou de message qui n&apos;ont jamais atteint le serveur seront perdus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>repdesk::AccountRegistry</name>
    <message>
        <location filename="../app/account/AccountRegistry.cpp" line="+160"/>
        <source>%1 — %2</source>
        <extracomment>An account in the account menu: organization name, then the server&apos;s host name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentConversationListModel</name>
    <message>
        <location filename="../app/dashboards/AgentConversationListModel.cpp" line="+73"/>
        <source>%1 — %2</source>
        <extracomment>An agent&apos;s conversation in a list: contact, then when it was last active</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown contact</source>
        <translation>Contact inconnu</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentConversationRows</name>
    <message>
        <location filename="../ui/dashboards/AgentConversationRows.cpp" line="+74"/>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Contact inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <extracomment>An agent&apos;s conversation in a list: contact, then when it was last active</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDetailPane</name>
    <message>
        <location filename="../ui/directory/AgentDetailPane.cpp" line="+23"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>Copier l&apos;adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;dashboard</source>
        <translation>Ouvrir le &amp;tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agent shown</source>
        <translation>Aucun agent affiché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an agent in the roster.</source>
        <translation>Choisissez un agent dans la liste de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shows this agent&apos;s figures in the dashboards (Ctrl+2)</source>
        <translation>Affiche les chiffres de cet agent dans les tableaux de bord (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s conversations</source>
        <translation>Les conversations de l&apos;agent</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the dashboard of %1</source>
        <translation>Ouvrir le tableau de bord de %1</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDraftDialog</name>
    <message>
        <location filename="../ui/inbox/AgentDraftDialog.cpp" line="+32"/>
        <location line="+125"/>
        <source>Create draft</source>
        <translation>Créer le brouillon</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+1"/>
        <source>New draft for a colleague</source>
        <translation>Nouveau brouillon pour un collègue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colleague the draft is for, or everyone</source>
        <translation>Le collègue à qui le brouillon est destiné, ou tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;or:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Draft:</source>
        <translation>&amp;Brouillon :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft text</source>
        <translation>Texte du brouillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading agents…</source>
        <translation>Chargement des agents…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose who the draft is from.</source>
        <translation>Choisissez l&apos;auteur du brouillon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the draft first.</source>
        <translation>Écrivez d&apos;abord le brouillon.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another draft is on its way; try again in a moment.</source>
        <translation>Un autre brouillon est en cours d&apos;envoi ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDrafts</name>
    <message>
        <location filename="../app/session/AgentDrafts.cpp" line="+59"/>
        <source>The connection failed before the server answered, so the draft may or may not have been created. The server has no list of drafts to check: look in the conversation before creating it again.</source>
        <translation>La connexion a échoué avant la réponse du serveur : le brouillon a peut-être été créé, peut-être pas. Le serveur n&apos;a pas de liste de brouillons à consulter : regardez la conversation avant de le créer à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was created, but the server&apos;s answer could not be read, so it cannot be deleted from here.</source>
        <translation>Le brouillon a été créé, mais la réponse du serveur est illisible : il ne peut donc pas être supprimé d&apos;ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft was not created.</source>
        <translation>Le brouillon n&apos;a pas été créé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The draft was not deleted.</source>
        <translation>Le brouillon n&apos;a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentListModel</name>
    <message>
        <location filename="../app/directory/AgentListModel.cpp" line="+38"/>
        <source>Unnamed agent</source>
        <translation>Agent sans nom</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentPage</name>
    <message>
        <location filename="../ui/dashboards/AgentPage.cpp" line="+51"/>
        <source>&amp;Conversations</source>
        <translation>Con&amp;versations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;les</source>
        <translation>Ve&amp;ntes</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dashboard</source>
        <extracomment>The agent page&apos;s heading; %1 = the agent&apos;s name</extracomment>
        <translation>%1 : tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard of %1</source>
        <translation>Tableau de bord de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations of %1</source>
        <translation>Conversations de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the conversation in the inbox.</source>
        <translation>Entrée ouvre la conversation dans la boîte de réception.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales of %1</source>
        <translation>Ventes de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows the sale beside the other sales of its stage.</source>
        <translation>Entrée affiche la vente à côté des autres ventes de son étape.</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentSaleListModel</name>
    <message>
        <location filename="../app/dashboards/AgentSaleListModel.cpp" line="+70"/>
        <source>%1 — %2 — %3</source>
        <extracomment>An agent&apos;s sale in a list: products, stage, total</extracomment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no stage</source>
        <translation>aucune étape</translation>
    </message>
</context>
<context>
    <name>repdesk::AnalyticsFetcher</name>
    <message>
        <location filename="../app/dashboards/AnalyticsFetcher.cpp" line="+67"/>
        <source>Analytics need both a start and an end date.</source>
        <translation>Les statistiques nécessitent une date de début et une date de fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of the range is after its end.</source>
        <translation>Le début de la période est postérieur à sa fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of the range is in the future.</source>
        <translation>La fin de la période est dans le futur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics are not available for this account.</source>
        <translation>Les statistiques ne sont pas disponibles pour ce compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agent or solution was given.</source>
        <translation>Aucun agent ni aucune solution n&apos;a été indiqué.</translation>
    </message>
</context>
<context>
    <name>repdesk::AnalyticsRange</name>
    <message>
        <location filename="../app/dashboards/AnalyticsRange.cpp" line="+52"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last quarter</source>
        <translation>Trimestre dernier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <location line="+31"/>
        <source>Choose the first and last day of the range.</source>
        <translation>Choisissez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The first day of the range is after its last day.</source>
        <translation>Le premier jour de la période est postérieur au dernier.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The range starts in the future.</source>
        <translation>La période commence dans le futur.</translation>
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
        <translation>La connexion s&apos;est fermée avant l&apos;arrivée de la réponse complète.</translation>
    </message>
</context>
<context>
    <name>repdesk::ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+153"/>
        <source>Could not reach the server.</source>
        <translation>Impossible de joindre le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server took too long to answer.</source>
        <translation>Le serveur a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the API key.</source>
        <translation>Le serveur a refusé la clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the request.</source>
        <translation>Le serveur a rejeté la requête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests; try again in %1 s.</source>
        <translation>Trop de requêtes ; réessayez dans %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests; try again shortly.</source>
        <translation>Trop de requêtes ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent data Repdesk could not read.</source>
        <translation>Le serveur a envoyé des données illisibles pour Repdesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing to send the API key over unencrypted http.</source>
        <translation>Refus d&apos;envoyer la clé d&apos;API en HTTP non chiffré.</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditChangeText</name>
    <message>
        <location filename="../app/auditlog/AuditChangeText.cpp" line="+33"/>
        <source>(unnamed field)</source>
        <translation>(champ sans nom)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: set to %2</source>
        <extracomment>An audit log change with no old value: &quot;status: set to Accepted&quot;</extracomment>
        <translation>%1 : défini sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 removed</source>
        <extracomment>An audit log change with no new value: &quot;notes: Call back removed&quot;</extracomment>
        <translation>%1 : %2 supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <extracomment>An audit log change: &quot;status: Qualified → Accepted&quot;</extracomment>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message draft</source>
        <translation>Brouillon de message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response draft</source>
        <translation>Brouillon de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown record</source>
        <translation>Enregistrement inconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action</source>
        <translation>Action inconnue</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogFilter</name>
    <message>
        <location filename="../app/auditlog/AuditLogFilter.cpp" line="+8"/>
        <source>The start date is after the end date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogFilterBar</name>
    <message>
        <location filename="../ui/auditlog/AuditLogFilterBar.cpp" line="+34"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Through</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through date, inclusive</source>
        <translation>Date de fin, incluse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message drafts</source>
        <translation>Brouillons de messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response drafts</source>
        <translation>Brouillons de réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to changes from a date</source>
        <translation>Limiter aux modifications à partir d&apos;une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to changes through a date</source>
        <translation>Limiter aux modifications jusqu&apos;à une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record:</source>
        <translation>&amp;Enregistrement :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogListModel</name>
    <message>
        <location filename="../app/auditlog/AuditLogListModel.cpp" line="+50"/>
        <source>No agent</source>
        <extracomment>Who made an audit log change that no agent made (HyperRep itself, an import, ...)</extracomment>
        <translation>Aucun agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown time</source>
        <translation>Heure inconnue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — %2 %3</source>
        <extracomment>An audit log row: who, what they did, to which kind of record</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogWorkspace</name>
    <message>
        <location filename="../ui/auditlog/AuditLogWorkspace.cpp" line="+47"/>
        <location line="+9"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+63"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+128"/>
        <source>Choose a change to see it in full.</source>
        <translation>Choisissez une modification pour la voir en entier.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 %2 — %3, %4</source>
        <extracomment>The audit log detail&apos;s title: &quot;Changed Sale — Maya Chen, 21/05/2026 17:42&quot;</extracomment>
        <translation>%1 : %2 — %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unnamed field)</source>
        <translation>(champ sans nom)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:
  from: %2
  to:   %3</source>
        <extracomment>One change in the audit log detail: the field, then its old and new values on their own lines</extracomment>
        <translation>%1 :
  avant : %2
  après : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No field changes were recorded.</source>
        <translation>Aucune modification de champ n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open conversation in the inbox</source>
        <translation>&amp;Ouvrir la conversation dans la boîte de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conversation in the inbox</source>
        <translation>Ouvrir la conversation dans la boîte de réception</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show sale</source>
        <translation>Afficher la &amp;vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show sale</source>
        <translation>Afficher la vente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open message drafts</source>
        <translation>&amp;Ouvrir les brouillons de messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the organization&apos;s message drafts</source>
        <translation>Ouvrir les brouillons de messages de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log does not say which conversation this reply draft belongs to, so Repdesk cannot open it from here.</source>
        <translation>Le journal d&apos;audit n&apos;indique pas à quelle conversation appartient ce brouillon de réponse ; Repdesk ne peut donc pas l&apos;ouvrir d&apos;ici.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sale is not among the organization&apos;s sales Repdesk has loaded.</source>
        <translation>Cette vente ne fait pas partie des ventes de l&apos;organisation chargées par Repdesk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization is open</source>
        <translation>Aucune organisation ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see who changed what.</source>
        <translation>Connectez-vous pour voir qui a modifié quoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No audit log</source>
        <translation>Aucun journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This account&apos;s provider does not keep an audit log.</source>
        <translation>Le fournisseur de ce compte ne tient pas de journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading more…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the audit log: %1</source>
        <translation>Impossible de charger le journal d&apos;audit : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) loaded</source>
        <translation>
            <numerusform>%n modification chargée</numerusform>
            <numerusform>%n modifications chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n change(s)</source>
        <translation>
            <numerusform>%n modification au total</numerusform>
            <numerusform>Les %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n modification chargée ; faites défiler pour voir la suite</numerusform>
            <numerusform>%n modifications chargées ; faites défiler pour voir la suite</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes match these filters</source>
        <translation>Aucune modification ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Widen the dates or choose all agents.</source>
        <translation>Élargissez les dates ou choisissez tous les agents.</translation>
    </message>
</context>
<context>
    <name>repdesk::Cache</name>
    <message>
        <location filename="../app/store/Cache.cpp" line="+82"/>
        <source>No organization was given to cache.</source>
        <translation>Aucune organisation à mettre en cache n&apos;a été indiquée.</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>Some cached files in %1 could not be deleted.</source>
        <translation>Certains fichiers en cache de %1 n&apos;ont pas pu être supprimés.</translation>
    </message>
</context>
<context>
    <name>repdesk::ChartPanel</name>
    <message>
        <location filename="../ui/common/ChartPanel.cpp" line="+56"/>
        <source>Show as table</source>
        <translation>Afficher sous forme de tableau</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Chart actions</source>
        <translation>Actions du graphique</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, table</source>
        <extracomment>The accessible name of the table behind &quot;Show as table&quot;; %1 = the chart&apos;s title</extracomment>
        <translation>%1, tableau</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%1, %n series, %2 rows. Arrow keys read the values; Ctrl+T shows a table.</source>
        <extracomment>%1 = &quot;Bar chart&quot; etc., %2 = number of rows. Read by screen readers when the chart gets focus.</extracomment>
        <translation>
            <numerusform>%1, %n série, %2 lignes. Les flèches lisent les valeurs ; Ctrl+T affiche un tableau.</numerusform>
            <numerusform>%1, %n séries, %2 lignes. Les flèches lisent les valeurs ; Ctrl+T affiche un tableau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ChartPanelPages</name>
    <message>
        <location filename="../ui/common/ChartPanelPages.cpp" line="+52"/>
        <source>No data for this range</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown as a table</source>
        <translation>Affiché sous forme de tableau</translation>
    </message>
</context>
<context>
    <name>repdesk::ChartSkeleton</name>
    <message>
        <location filename="../ui/common/ChartSkeleton.cpp" line="+12"/>
        <source>Loading chart</source>
        <translation>Chargement du graphique</translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyCreateDialog</name>
    <message>
        <location filename="../ui/directory/CompanyCreateDialog.cpp" line="+29"/>
        <location line="+116"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+1"/>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>example.com</source>
        <translation>exemple.fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Written in lower case, without https:// or a path</source>
        <translation>Facultatif. En minuscules, sans https:// ni chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owning agent</source>
        <translation>Agent responsable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create company</source>
        <translation>Créer l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyDetailPane</name>
    <message>
        <location filename="../ui/directory/CompanyDetailPane.cpp" line="+33"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy domain</source>
        <translation>Copier le domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy creation date</source>
        <translation>Copier la date de création</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company sales</source>
        <translation>Ventes de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company shown</source>
        <translation>Aucune entreprise affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a company in the list, or create one with Ctrl+Shift+N.</source>
        <translation>Choisissez une entreprise dans la liste ou créez-en une avec Ctrl+Maj+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company&apos;s contacts</source>
        <translation>Les contacts de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s sales</source>
        <translation>Les ventes de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Company not available</source>
        <translation>Entreprise indisponible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This company does not exist (any more).</source>
        <translation>Cette entreprise n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this company. %1</source>
        <translation>Impossible de charger cette entreprise. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company %1</source>
        <translation>Entreprise %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owner: none</source>
        <translation>Responsable : aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent owns this company</source>
        <translation>Aucun agent n&apos;est responsable de cette entreprise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner: loading…</source>
        <translation>Responsable : chargement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the owning agent (the name is loading)</source>
        <translation>Ouvrir l&apos;agent responsable (chargement du nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the owning agent %1</source>
        <translation>Ouvrir l&apos;agent responsable %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts: none known on this computer</source>
        <translation>Contacts : aucun connu sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) known on this computer</source>
        <translation>
            <numerusform>%n contact connu sur cet ordinateur</numerusform>
            <numerusform>%n contacts connus sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales: loading…</source>
        <translation>Ventes : chargement…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>%n vente pour l&apos;instant ; chargement…</numerusform>
            <numerusform>%n ventes pour l&apos;instant ; chargement…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales could not be loaded (%1). F5 tries again.</source>
        <translation>Impossible de charger les ventes (%1). F5 pour réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales: none</source>
        <translation>Ventes : aucune</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n vente</numerusform>
            <numerusform>%n ventes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyListModel</name>
    <message>
        <location filename="../app/directory/CompanyListModel.cpp" line="+43"/>
        <source>Unnamed company</source>
        <translation>Entreprise sans nom</translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeActions</name>
    <message>
        <location filename="../ui/ComposeActions.cpp" line="+68"/>
        <source>Message drafts — Repdesk</source>
        <translation>Brouillons de messages — Repdesk</translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeForm</name>
    <message>
        <location filename="../ui/compose/ComposeForm.cpp" line="+35"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt message</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient name</source>
        <translation>Nom du destinataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Diana Prince</source>
        <translation>p. ex. Diana Prince</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient email address</source>
        <translation>Adresse e-mail du destinataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. diana@example.com</source>
        <translation>p. ex. diana@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient phone number</source>
        <translation>Numéro de téléphone du destinataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. +1 513 867 5309</source>
        <translation>p. ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc addresses</source>
        <translation>Adresses en Cc</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Separate addresses with commas</source>
        <translation>Séparez les adresses par des virgules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bcc addresses</source>
        <translation>Adresses en Cci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;draft</source>
        <translation>Enregistrer comme &amp;brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;automatically</source>
        <translation>Envoyer &amp;automatiquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otify me</source>
        <translation>M&apos;a&amp;vertir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send as email</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send as text message</source>
        <translation>Envoyer par SMS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new name to create a folder; the server turns it into a lowercase slug.</source>
        <translation>Saisissez un nouveau nom pour créer un dossier ; le serveur le convertit en identifiant en minuscules.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as draft</source>
        <translation>Enregistrer comme brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the message in Drafts to review and send later.</source>
        <translation>Conserver le message dans les brouillons pour le relire et l&apos;envoyer plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send automatically</source>
        <translation>Envoyer automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HyperRep sends the message as soon as it is saved.</source>
        <translation>HyperRep envoie le message dès qu&apos;il est enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notify me about this draft</source>
        <translation>M&apos;avertir pour ce brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a HyperRep notification for this draft. Not available when sending automatically.</source>
        <translation>Recevoir une notification HyperRep pour ce brouillon. Indisponible en cas d&apos;envoi automatique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;name:</source>
        <translation>N&amp;om du destinataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;email:</source>
        <translation>&amp;E-mail du destinataire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;phone:</source>
        <translation>&amp;Téléphone du destinataire :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>Ob&amp;jet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When saved:</source>
        <translation>À l&apos;en&amp;registrement :</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Enter the recipient&apos;s email address: an email needs one.</source>
        <translation>Saisissez l&apos;adresse e-mail du destinataire : un e-mail en a besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid email address. Use the form name@example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide. Utilisez la forme nom@example.com.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the recipient&apos;s phone number: a text message needs one.</source>
        <translation>Saisissez le numéro de téléphone du destinataire : un SMS en a besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid phone number. Use 7 to 15 digits, optionally starting with +.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone valide. Utilisez de 7 à 15 chiffres, éventuellement précédés de +.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not a valid email address: %1. Separate addresses with commas or semicolons.</source>
        <translation>
            <numerusform>Adresse e-mail non valide : %1. Séparez les adresses par des virgules ou des points-virgules.</numerusform>
            <numerusform>Adresses e-mail non valides : %1. Séparez les adresses par des virgules ou des points-virgules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeWindow</name>
    <message>
        <location filename="../ui/compose/ComposeWindow.cpp" line="+44"/>
        <source>&amp;Template…</source>
        <translation>&amp;Modèle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disca&amp;rd</source>
        <translation>Abando&amp;nner</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your message…</source>
        <translation>Rédigez votre message…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert a template</source>
        <translation>Insérer un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply at the cursor (Ctrl+Shift+T)</source>
        <translation>Insérer une réponse enregistrée au curseur (Ctrl+Maj+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard this message</source>
        <translation>Abandonner ce message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and throw away what you wrote (Esc closes and asks first)</source>
        <translation>Fermer et jeter ce que vous avez écrit (Échap ferme après confirmation)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messa&amp;ge:</source>
        <translation>Messa&amp;ge :</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Edit draft</source>
        <translation>Modifier le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit draft: %1</source>
        <translation>Modifier le brouillon : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving creates a new draft and deletes the old one, because drafts can&apos;t be edited in place.</source>
        <translation>L&apos;enregistrement crée un nouveau brouillon et supprime l&apos;ancien, car les brouillons ne peuvent pas être modifiés sur place.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restored a message you had not saved.</source>
        <translation>Un message non enregistré a été restauré.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HyperRep sends it right away (Ctrl+Enter)</source>
        <translation>HyperRep l&apos;envoie immédiatement (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation>Enregistrer comme brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Write the text message first.</source>
        <translation>Rédigez d&apos;abord le SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a subject or a message first.</source>
        <translation>Rédigez d&apos;abord un objet ou un message.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The new draft was saved, but the old draft could not be deleted: %1 Both drafts now exist; delete the old one from the Drafts list.</source>
        <translation>Le nouveau brouillon a été enregistré, mais l&apos;ancien n&apos;a pas pu être supprimé : %1 Les deux brouillons existent désormais ; supprimez l&apos;ancien depuis la liste des brouillons.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved message</source>
        <translation>Message non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this message as a draft before closing?</source>
        <translation>Enregistrer ce message comme brouillon avant de fermer ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you discard it, what you wrote is lost.</source>
        <translation>Si vous l&apos;abandonnez, ce que vous avez écrit sera perdu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Keep writing</source>
        <translation>Continuer à écrire</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactConversationListModel</name>
    <message>
        <location filename="../app/directory/ContactConversationListModel.cpp" line="+50"/>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no folder</source>
        <translation>aucun dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — unread</source>
        <extracomment>A contact&apos;s conversation in a list: when it was last active, its folder, and whether it is unread</extracomment>
        <translation>%1 — %2 — non lue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactCreateDialog</name>
    <message>
        <location filename="../ui/directory/ContactCreateDialog.cpp" line="+31"/>
        <location line="+145"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact needs at least a name, an email address or a phone number.</source>
        <translation>Un contact nécessite au moins un nom, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompany:</source>
        <translation>Entrepri&amp;se :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role at the company:</source>
        <translation>&amp;Fonction dans l&apos;entreprise :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role at the company</source>
        <translation>Fonction dans l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create contact</source>
        <translation>Créer le contact</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation&apos;s company</source>
        <translation>L&apos;entreprise de la conversation</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactDetailPane</name>
    <message>
        <location filename="../ui/directory/ContactDetailPane.cpp" line="+29"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>Copier l&apos;adresse e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy phone number</source>
        <translation>Copier le numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role at the company</source>
        <translation>Fonction dans l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy role</source>
        <translation>Copier la fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy creation date</source>
        <translation>Copier la date de création</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact sales</source>
        <translation>Ventes du contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact shown</source>
        <translation>Aucun contact affiché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a contact in the list, or create one with Ctrl+N.</source>
        <translation>Choisissez un contact dans la liste ou créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact&apos;s conversations</source>
        <translation>Les conversations du contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact&apos;s sales</source>
        <translation>Les ventes du contact</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contact not available</source>
        <translation>Contact indisponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This contact does not exist (any more).</source>
        <translation>Ce contact n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this contact. %1</source>
        <translation>Impossible de charger ce contact. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact %1</source>
        <translation>Contact %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company: loading…</source>
        <translation>Entreprise : chargement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company: %1</source>
        <translation>Entreprise : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the company (its name is loading)</source>
        <translation>Ouvrir l&apos;entreprise (chargement du nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the company %1</source>
        <translation>Ouvrir l&apos;entreprise %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales: loading…</source>
        <translation>Ventes : chargement…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>%n vente pour l&apos;instant ; chargement…</numerusform>
            <numerusform>%n ventes pour l&apos;instant ; chargement…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales could not be loaded (%1). F5 tries again.</source>
        <translation>Impossible de charger les ventes (%1). F5 pour réessayer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales: none</source>
        <translation>Ventes : aucune</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n vente</numerusform>
            <numerusform>%n ventes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ContactDetails</name>
    <message>
        <location filename="../app/models/ContactDetails.cpp" line="+90"/>
        <source>No contact for this conversation</source>
        <translation>Aucun contact pour cette conversation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+121"/>
        <source>No other conversations</source>
        <translation>Aucune autre conversation</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+66"/>
        <source>Not connected to an account.</source>
        <translation>Connecté à aucun compte.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still indexing this organization&apos;s sales: more may appear.</source>
        <translation>Indexation des ventes de cette organisation en cours : d&apos;autres peuvent apparaître.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sales of this organization could not be looked up yet.</source>
        <translation>Les ventes de cette organisation n&apos;ont pas encore pu être consultées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales linked to this conversation</source>
        <translation>Aucune vente liée à cette conversation</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactListModel</name>
    <message>
        <location filename="../app/directory/ContactListModel.cpp" line="+45"/>
        <source>Unnamed contact</source>
        <translation>Contact sans nom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown company</source>
        <translation>Entreprise inconnue</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactPanel</name>
    <message>
        <location filename="../ui/inbox/ContactPanel.cpp" line="+30"/>
        <source>Select a conversation</source>
        <translation>Sélectionnez une conversation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details about the contact appear here.</source>
        <translation>Les détails du contact apparaissent ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the arrow keys to scroll</source>
        <translation>Utilisez les flèches pour faire défiler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other conversations</source>
        <translation>Autres conversations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Create &amp;contact…</source>
        <translation>Créer un &amp;contact…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open in director&amp;y</source>
        <translation>Ouvrir dans l&apos;annuair&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this contact in the directory</source>
        <translation>Ouvrir ce contact dans l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a contact for this conversation</source>
        <translation>Créer un contact pour cette conversation</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationDelegate</name>
    <message>
        <location filename="../ui/inbox/ConversationDelegate.cpp" line="+19"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading more conversations…</source>
        <translation>Chargement d&apos;autres conversations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load more — press Enter or click to retry</source>
        <translation>Impossible d&apos;en charger davantage — appuyez sur Entrée ou cliquez pour réessayer</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationLinkList</name>
    <message>
        <location filename="../ui/inbox/contact/ConversationLinkList.cpp" line="+24"/>
        <source>Other conversations</source>
        <translation>Autres conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected conversation</source>
        <translation>Appuyez sur Entrée pour ouvrir la conversation sélectionnée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
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
        <translation>Commencée %1
Dernière activité %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, last activity %2, unread</source>
        <translation>%1, dernière activité %2, non lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, last activity %2</source>
        <translation>%1, dernière activité %2</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationListModel</name>
    <message>
        <location filename="../app/models/ConversationListModel.cpp" line="+400"/>
        <source>Loading contact…</source>
        <translation>Chargement du contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Contact inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationListView</name>
    <message>
        <location filename="../ui/inbox/ConversationListView.cpp" line="+22"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conversations in this folder</source>
        <translation>Aucune conversation dans ce dossier</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationQueryBar</name>
    <message>
        <location filename="../ui/inbox/ConversationQueryBar.cpp" line="+35"/>
        <source>Server filters</source>
        <translation>Filtres du serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee filter</source>
        <translation>Filtre d&apos;assignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose yourself to see the conversations assigned to you</source>
        <translation>Choisissez-vous pour voir les conversations qui vous sont assignées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gned:</source>
        <translation>Assi&amp;gnée à :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag filter</source>
        <translation>Filtre d&apos;étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag:</source>
        <translation>Étiquette :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words filter</source>
        <translation>Filtre de mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, then Enter</source>
        <translation>Mots, puis Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Words:</source>
        <translation>&amp;Mots :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest activity</source>
        <translation>Activité la plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting longest</source>
        <translation>En attente depuis le plus longtemps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rder:</source>
        <translation>O&amp;rdre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Personne (non assignée)</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationWorkflow</name>
    <message>
        <location filename="../app/session/ConversationWorkflow.cpp" line="+45"/>
        <source>Conversation closed.</source>
        <translation>Conversation fermée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation marked as spam.</source>
        <translation>Conversation marquée comme spam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation reopened.</source>
        <translation>Conversation rouverte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conversation snoozed until %1.</source>
        <translation>Conversation reportée jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversation unassigned.</source>
        <translation>Conversation désattribuée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversation assigned to %1.</source>
        <translation>Conversation attribuée à %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conversation was not changed: %1</source>
        <translation>La conversation n&apos;a pas été modifiée : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In one hour</source>
        <translation>Dans une heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationWorkflowMenu</name>
    <message>
        <location filename="../ui/inbox/ConversationWorkflowMenu.cpp" line="+21"/>
        <source>Conversat&amp;ion</source>
        <translation>Convers&amp;ation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reopen</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as s&amp;pam</source>
        <translation>Marquer comme s&amp;pam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;draft for a colleague…</source>
        <translation>Nouveau &amp;brouillon pour un collègue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete a draft for a colleague</source>
        <translation>&amp;Supprimer un brouillon pour un collègue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the conversation (Fernand)</source>
        <translation>Fermer la conversation (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen the conversation (Fernand)</source>
        <translation>Rouvrir la conversation (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snooze the conversation (Fernand)</source>
        <translation>Reporter la conversation (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign the conversation (Fernand)</source>
        <translation>Attribuer la conversation (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft for a colleague: title, from, for (Fernand)</source>
        <translation>Nouveau brouillon pour un collègue : titre, de, pour (Fernand)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft created.</source>
        <translation>Brouillon créé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft &quot;%1&quot; created.</source>
        <translation>Brouillon « %1 » créé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft deleted.</source>
        <translation>Brouillon supprimé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a conversation first.</source>
        <translation>Ouvrez d&apos;abord une conversation.</translation>
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
        <translation>&amp;Jusqu&apos;à une date et une heure…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Snooze until</source>
        <translation>Mettre en veille jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wake up at:</source>
        <translation>&amp;Réveiller à :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze</source>
        <translation>Mettre en veille</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No draft created here in this conversation</source>
        <translation>Aucun brouillon créé ici dans cette conversation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another draft is on its way; try again in a moment.</source>
        <translation>Un autre brouillon est en cours d&apos;envoi ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Nobody</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading agents…</source>
        <translation>Chargement des agents…</translation>
    </message>
</context>
<context>
    <name>repdesk::CopyableField</name>
    <message>
        <location filename="../ui/common/CopyableField.cpp" line="+37"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the value to the clipboard</source>
        <translation>Copie la valeur dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>repdesk::CreateValidation</name>
    <message>
        <location filename="../app/directory/CreateValidation.cpp" line="+40"/>
        <source>Enter at least a name, an email address or a phone number.</source>
        <translation>Saisissez au moins un nom, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a domain with a dot, such as example.com.</source>
        <translation>Saisissez un domaine avec un point, par exemple example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an agent of this organization.</source>
        <translation>Choisissez un agent de cette organisation.</translation>
    </message>
</context>
<context>
    <name>repdesk::CredentialStore</name>
    <message>
        <location filename="../app/account/CredentialStore.cpp" line="+79"/>
        <source>Repdesk could not use the keyring: no account was given.</source>
        <translation>Repdesk n&apos;a pas pu utiliser le trousseau : aucun compte n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No API key is saved for this account. Sign in again with your key.</source>
        <translation>Aucune clé d&apos;API n&apos;est enregistrée pour ce compte. Reconnectez-vous avec votre clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot read your saved key.</source>
        <translation>Aucun trousseau (Secret Service) n&apos;est disponible sur cet ordinateur : Repdesk ne peut donc pas lire votre clé enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot store your key.</source>
        <translation>Aucun trousseau (Secret Service) n&apos;est disponible sur cet ordinateur : Repdesk ne peut donc pas enregistrer votre clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot remove your saved key.</source>
        <translation>Aucun trousseau (Secret Service) n&apos;est disponible sur cet ordinateur : Repdesk ne peut donc pas supprimer votre clé enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring refused access to your key. Unlock your keyring (or allow Repdesk to use it) and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès à votre clé. Déverrouillez votre trousseau (ou autorisez Repdesk à l&apos;utiliser) et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repdesk could not read your key from the keyring: %1</source>
        <translation>Repdesk n&apos;a pas pu lire votre clé dans le trousseau : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repdesk could not store your key in the keyring: %1</source>
        <translation>Repdesk n&apos;a pas pu enregistrer votre clé dans le trousseau : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repdesk could not remove your key from the keyring: %1</source>
        <translation>Repdesk n&apos;a pas pu supprimer votre clé du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardExportMenu</name>
    <message>
        <location filename="../ui/dashboards/DashboardExportMenu.cpp" line="+38"/>
        <source>Export failed</source>
        <extracomment>An export that could not be written; %1 = file path, %2 = why</extracomment>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Chart as PNG image…</source>
        <translation>Graphique en image PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as SVG image…</source>
        <translation>Graphique en image SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 as CSV…</source>
        <extracomment>File &gt; Export entry for a table; %1 = its title</extracomment>
        <translation>%1 en CSV…</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardPages</name>
    <message>
        <location filename="../ui/dashboards/DashboardPages.cpp" line="+36"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
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
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Legacy analytics</source>
        <translation>Anciennes statistiques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard pages</source>
        <translation>Pages du tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+PageDown and Ctrl+PageUp switch pages.</source>
        <translation>Ctrl+Page suivante et Ctrl+Page précédente changent de page.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the organization</source>
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Back to the organization</source>
        <translation>Retour à l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the dashboard of %1</source>
        <translation>Retour au tableau de bord de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Alt+Left, Backspace or Esc)</source>
        <translation>%1 (Alt+Gauche, Retour arrière ou Échap)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization open</source>
        <translation>Aucune organisation ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in and open an organization to see its dashboards.</source>
        <translation>Connectez-vous et ouvrez une organisation pour voir ses tableaux de bord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboards are not available</source>
        <translation>Tableaux de bord indisponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are drawn from HyperRep&apos;s analytics, which this account does not offer.</source>
        <translation>Ils reposent sur les statistiques de HyperRep, que ce compte ne propose pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to see the dashboards</source>
        <translation>Reconnectez-vous pour voir les tableaux de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer accepts this account&apos;s key.</source>
        <translation>Le serveur n&apos;accepte plus la clé de ce compte.</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardSession</name>
    <message>
        <location filename="../app/dashboards/DashboardSession.cpp" line="+262"/>
        <source>The range ends in the future: figures run up to now (%1).</source>
        <translation>La période se termine dans le futur : les chiffres vont jusqu&apos;à maintenant (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures up to now (%1).</source>
        <translation>Chiffres jusqu&apos;à maintenant (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardWorkspace</name>
    <message>
        <location filename="../ui/dashboards/DashboardWorkspace.cpp" line="+37"/>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectoryListPane</name>
    <message>
        <location filename="../ui/directory/DirectoryListPane.cpp" line="+34"/>
        <source>Rows loaded</source>
        <translation>Lignes chargées</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search loaded contacts (Ctrl+F)</source>
        <translation>Rechercher dans les contacts chargés (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters the contacts loaded so far by name, email, phone, company or role</source>
        <translation>Filtre les contacts chargés jusqu&apos;ici par nom, e-mail, téléphone, entreprise ou fonction</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>Search all contacts</source>
        <translation>Rechercher dans tous les contacts</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Loads the rest of the contacts so the search covers every one</source>
        <translation>Charge le reste des contacts pour que la recherche les couvre tous</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not load the list. %1</source>
        <translation>Impossible de charger la liste. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n match(es) among all contacts</source>
        <translation>
            <numerusform>%n résultat parmi tous les contacts</numerusform>
            <numerusform>%n résultats parmi tous les contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es) among the %1 contacts loaded so far; scroll down to load more</source>
        <translation>
            <numerusform>%n résultat parmi les %1 contacts chargés ; faites défiler pour en charger d&apos;autres</numerusform>
            <numerusform>%n résultats parmi les %1 contacts chargés ; faites défiler pour en charger d&apos;autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) loaded so far</source>
        <translation>
            <numerusform>%n ligne chargée pour l&apos;instant</numerusform>
            <numerusform>%n lignes chargées pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading every contact…</source>
        <translation>Chargement de tous les contacts…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No loaded contact matches “%1”</source>
        <translation>Aucun contact chargé ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the contacts loaded so far are searched.</source>
        <translation>Seuls les contacts chargés jusqu&apos;ici sont recherchés.</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectorySession</name>
    <message>
        <location filename="../app/directory/DirectorySession.cpp" line="+326"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown company</source>
        <translation>Entreprise inconnue</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectoryWorkspace</name>
    <message>
        <location filename="../ui/directory/DirectoryWorkspace.cpp" line="+49"/>
        <source>New contact…</source>
        <translation>Nouveau contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company…</source>
        <translation>Nouvelle entreprise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a contact (Ctrl+N)</source>
        <translation>Créer un contact (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a company (Ctrl+Shift+N)</source>
        <translation>Créer une entreprise (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the lists again (F5)</source>
        <translation>Recharger les listes (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the directory</source>
        <translation>Actualiser l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory lists</source>
        <translation>Listes de l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;panies</source>
        <translation>&amp;Entreprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact “%1” was created after all (the server had taken it).</source>
        <translation>Le contact « %1 » a bien été créé (le serveur l&apos;avait pris en compte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company “%1” was created after all (the server had taken it).</source>
        <translation>L&apos;entreprise « %1 » a bien été créée (le serveur l&apos;avait prise en compte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+36"/>
        <location line="+32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New contact (Ctrl+N).</source>
        <translation>Créez-en un avec Nouveau contact (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
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
        <translation>Entreprises</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No companies yet</source>
        <translation>Aucune entreprise pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New company (Ctrl+Shift+N).</source>
        <translation>Créez-en une avec Nouvelle entreprise (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+80"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>No agents</source>
        <translation>Aucun agent</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The contact&apos;s sales</source>
        <translation>Les ventes du contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s sales</source>
        <translation>Les ventes de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alt+C / Alt+P / Alt+G</source>
        <translation>Alt+O / Alt+E / Alt+G</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: contacts, companies, agents</source>
        <translation>Annuaire : contacts, entreprises, agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: search the loaded contacts (Esc clears, Down goes to the results)</source>
        <translation>Annuaire : rechercher dans les contacts chargés (Échap efface, Bas va aux résultats)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: open the selected record; on a failed row, retry</source>
        <translation>Annuaire : ouvrir l&apos;enregistrement sélectionné ; sur une ligne en échec, réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: new contact (instead of a new message while the directory has the focus)</source>
        <translation>Annuaire : nouveau contact (au lieu d&apos;un nouveau message quand l&apos;annuaire a le focus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: new company</source>
        <translation>Annuaire : nouvelle entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Touche Menu, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: export the table as CSV or copy it</source>
        <translation>Annuaire : exporter le tableau en CSV ou le copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: load the lists again</source>
        <translation>Annuaire : recharger les listes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: move between the search, the list and the record</source>
        <translation>Annuaire : passer de la recherche à la liste et à l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftConflictDialog</name>
    <message>
        <location filename="../ui/common/DraftConflictDialog.cpp" line="+15"/>
        <source>Draft changed on the server</source>
        <translation>Brouillon modifié sur le serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A draft is already on the server</source>
        <translation>Un brouillon existe déjà sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this draft on the server after you opened it.

Their version starts: “%1”

Replace it with your text?</source>
        <translation>Quelqu&apos;un a modifié ce brouillon sur le serveur après que vous l&apos;avez ouvert.

Sa version commence par : « %1 »

La remplacer par votre texte ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has a draft for this conversation that this editor did not load (it was saved from elsewhere, or loading it failed).

That draft starts: “%1”

Replace it with your text?</source>
        <translation>Le serveur a, pour cette conversation, un brouillon que cet éditeur n&apos;a pas chargé (il a été enregistré ailleurs, ou son chargement a échoué).

Ce brouillon commence par : « %1 »

Le remplacer par votre texte ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with mine</source>
        <translation>Remplacer par le mien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use theirs</source>
        <translation>Garder l&apos;autre version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the server&apos;s</source>
        <translation>Garder la version du serveur</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftItemDelegate</name>
    <message>
        <location filename="../ui/compose/DraftItemDelegate.cpp" line="+115"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recipient</source>
        <translation>Aucun destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1 · %2</source>
        <translation>À %1 · %2</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftPreview</name>
    <message>
        <location filename="../ui/compose/DraftPreview.cpp" line="+30"/>
        <source>Select a draft to see it here.</source>
        <translation>Sélectionnez un brouillon pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft preview</source>
        <translation>Aperçu du brouillon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft text</source>
        <translation>Texte du brouillon</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recipient</source>
        <translation>Aucun destinataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cc: %1</source>
        <translation>Cc : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc: %1</source>
        <translation>Cci : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · folder %2 · created %3</source>
        <translation>%1 · dossier %2 · créé %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued to send %1</source>
        <translation>Envoi programmé %1</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftSubmission</name>
    <message>
        <location filename="../app/compose/DraftSubmission.cpp" line="+73"/>
        <source>Checking whether the server got the earlier attempt…</source>
        <translation>Vérification de la réception de la tentative précédente par le serveur…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An earlier version of this message is already being sent; this version was not sent. Send once more to send it as well.</source>
        <translation>Une version antérieure de ce message est déjà en cours d&apos;envoi ; cette version n&apos;a pas été envoyée. Envoyez à nouveau pour l&apos;envoyer aussi.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The server may still be working on the earlier attempt; checking again in %n second(s)…</source>
        <translation>
            <numerusform>Le serveur traite peut-être encore la tentative précédente ; nouvelle vérification dans %n seconde…</numerusform>
            <numerusform>Le serveur traite peut-être encore la tentative précédente ; nouvelle vérification dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Repdesk could not find out from the server whether the earlier attempt arrived: %1 Nothing was sent again; your text is kept.</source>
        <translation>Repdesk n&apos;a pas pu savoir auprès du serveur si la tentative précédente était arrivée : %1 Rien n&apos;a été renvoyé ; votre texte est conservé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk cannot tell whether the earlier attempt was sent: it is not among the drafts, and a message that went out is no longer a draft. Check the recipient&apos;s conversation before sending this one.</source>
        <translation>Repdesk ne peut pas savoir si la tentative précédente a été envoyée : elle ne figure pas parmi les brouillons, et un message parti n&apos;est plus un brouillon. Vérifiez la conversation du destinataire avant d&apos;envoyer celui-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk cannot tell whether the earlier attempt was saved: a draft that may be it could not be read. Look in Drafts before saving this one.</source>
        <translation>Repdesk ne peut pas savoir si la tentative précédente a été enregistrée : un brouillon qui pourrait être celui-ci n&apos;a pas pu être lu. Regardez dans les brouillons avant d&apos;enregistrer celui-ci.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>No account is connected.</source>
        <translation>Aucun compte n&apos;est connecté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message may or may not have been sent.</source>
        <translation>Le message a peut-être été envoyé, ou peut-être pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft may or may not have been saved.</source>
        <translation>Le brouillon a peut-être été enregistré, ou peut-être pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry first asks the server, so it is not sent twice.</source>
        <translation>Réessayer interroge d&apos;abord le serveur, pour ne pas envoyer deux fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry first asks the server, so it is not saved twice.</source>
        <translation>Réessayer interroge d&apos;abord le serveur, pour ne pas enregistrer deux fois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 Your text is kept. %3</source>
        <translation>%1 %2 Votre texte est conservé. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message was not sent.</source>
        <translation>Le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The draft was not saved.</source>
        <translation>Le brouillon n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 This organization has no %2 credentials set up in HyperRep (%3). Your text is kept: choose another channel, or ask an administrator to connect one.</source>
        <translation>%1 Cette organisation n&apos;a pas d&apos;identifiants %2 configurés dans HyperRep (%3). Votre texte est conservé : choisissez un autre canal ou demandez à un administrateur d&apos;en connecter un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 Your text is kept.</source>
        <translation>%1 %2 Votre texte est conservé.</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftsView</name>
    <message>
        <location filename="../ui/compose/DraftsView.cpp" line="+76"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New message (Ctrl+N)</source>
        <translation>Nouveau message (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected draft (Enter)</source>
        <translation>Modifier le brouillon sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+302"/>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Delete the selected draft (Del)</source>
        <translation>Supprimer le brouillon sélectionné (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the drafts (F5)</source>
        <translation>Recharger les brouillons (F5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drafts by folder</source>
        <translation>Brouillons par dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No drafts</source>
        <translation>Aucun brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages you save as drafts appear here. Press New to write one.</source>
        <translation>Les messages enregistrés comme brouillons apparaissent ici. Cliquez sur Nouveau pour en rédiger un.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No organization is open, so there are no drafts to show.</source>
        <translation>Aucune organisation n&apos;est ouverte : il n&apos;y a donc aucun brouillon à afficher.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>Supprimer le brouillon « %1 » ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is deleted in HyperRep for everyone in the organization. This cannot be undone.</source>
        <translation>Il est supprimé dans HyperRep pour tous les membres de l&apos;organisation. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Could not delete the draft. %1</source>
        <translation>Impossible de supprimer le brouillon. %1</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>repdesk::ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+36"/>
        <location line="+17"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Ignorer le message</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Un brouillon doit avoir un contenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft&apos;s title has at most 250 characters.</source>
        <translation>Le titre d&apos;un brouillon compte au plus 250 caractères.</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandProvider</name>
    <message>
        <location filename="../app/providers/fernand/FernandProvider.cpp" line="+245"/>
        <source>Fernand has no company records.</source>
        <translation>Fernand n&apos;a pas de fiches entreprise.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Fernand accounts cannot start new conversations here.</source>
        <translation>Les comptes Fernand ne peuvent pas démarrer de nouvelles conversations ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fernand accounts have no message drafts.</source>
        <translation>Les comptes Fernand n&apos;ont pas de brouillons de messages.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose who the draft is from.</source>
        <translation>Choisissez l&apos;auteur du brouillon.</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandReplyRequest</name>
    <message>
        <location filename="../app/providers/fernand/records/FernandReplyRequest.cpp" line="+12"/>
        <source>An empty reply cannot be sent.</source>
        <translation>Une réponse vide ne peut pas être envoyée.</translation>
    </message>
</context>
<context>
    <name>repdesk::FieldErrorLabel</name>
    <message>
        <location filename="../ui/directory/FieldErrorLabel.cpp" line="+14"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureChange</name>
    <message>
        <location filename="../app/dashboards/FigureChange.cpp" line="+41"/>
        <source>%1 from none</source>
        <extracomment>The previous period had nothing, so no percentage can be given</extracomment>
        <translation>%1 (aucun auparavant)</translation>
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
        <translation>%1&#xa0;pt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pt(s)</source>
        <extracomment>A change of a rate in whole percentage points, e.g. &quot;3 pts&quot;</extracomment>
        <translation>
            <numerusform>%Ln&#xa0;pt</numerusform>
            <numerusform>%Ln&#xa0;pts</numerusform>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ago</source>
        <extracomment>How long ago a figure was fetched, e.g. &quot;5 min ago&quot;</extracomment>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureState</name>
    <message>
        <location filename="../app/dashboards/FigureState.h" line="+67"/>
        <source>Repdesk asks again by itself.</source>
        <translation>Repdesk redemande de lui-même.</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureStatus</name>
    <message>
        <location filename="../ui/dashboards/FigureStatus.cpp" line="+15"/>
        <source>Could not load this chart: %1</source>
        <translation>Impossible de charger ce graphique : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not refresh (%1): showing figures from %2</source>
        <extracomment>%1 = why the refresh failed, %2 = &quot;5 min ago&quot;</extracomment>
        <translation>Actualisation impossible (%1) : chiffres d&apos;%2 affichés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <extracomment>%1 = &quot;5 min ago&quot;</extracomment>
        <translation>Mis à jour %1</translation>
    </message>
</context>
<context>
    <name>repdesk::FolderGroupingProxy</name>
    <message numerus="yes">
        <location filename="../app/models/FolderGroupingProxy.cpp" line="+222"/>
        <source>Folder %1, %n draft(s)</source>
        <translation>
            <numerusform>Dossier %1, %n brouillon</numerusform>
            <numerusform>Dossier %1, %n brouillons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::FunnelModel</name>
    <message>
        <location filename="../ui/dashboards/FunnelModel.cpp" line="+83"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Nombre</translation>
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
        <translation>Vérifier les nouvelles activités toutes les, en secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a desktop notification for new messages</source>
        <translation>Afficher une notification de bureau pour les nouveaux messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop notifications</source>
        <translation>Notifications de bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MB</source>
        <extracomment>Unit suffix of a spin box counting megabytes, with its leading space</extracomment>
        <translation> Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache size limit, in megabytes</source>
        <translation>Taille maximale du cache, en mégaoctets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear cache…</source>
        <translation>Vider le cache…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo send delay, in seconds</source>
        <translation>Délai d&apos;annulation de l&apos;envoi, en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press Send, the message waits this long so you can undo it. 0 turns this off and sends at once.</source>
        <translation>Après avoir cliqué sur Envoyer, le message attend ce délai pour que vous puissiez annuler. 0 désactive ce délai et envoie immédiatement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review queue looks back, in days</source>
        <translation>Période couverte par la file de relecture, en jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review queue looks for drafted replies in conversations active in this many past days. A longer window takes longer to check the first time.</source>
        <translation>La file de relecture cherche les brouillons de réponse dans les conversations actives durant ce nombre de jours. Une période plus longue prend plus de temps la première fois.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> day(s)</source>
        <extracomment>Unit suffix of the review window spin box, with its leading space</extracomment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect the next time Repdesk starts.</source>
        <translation>Prend effet au prochain démarrage de Repdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark colours; the system default follows the desktop.</source>
        <translation>Couleurs claires ou sombres ; la valeur par défaut du système suit le bureau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check for new activity &amp;every:</source>
        <translation>Vérifier les nouvelles activités &amp;toutes les :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notifications :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache size &amp;limit:</source>
        <translation>Taille &amp;maximale du cache :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache:</source>
        <translation>Cache :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo send delay:</source>
        <translation>Délai d&apos;&amp;annulation de l&apos;envoi :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review queue looks back:</source>
        <translation>&amp;File de relecture sur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pparence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cache uses %1</source>
        <translation>Le cache occupe %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Clear the local cache?</source>
        <translation>Vider le cache local ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cached conversations, messages and contacts are removed from this computer and downloaded again when needed.</source>
        <translation>Les conversations, messages et contacts en cache sont supprimés de cet ordinateur et téléchargés à nouveau si nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cache cleared</source>
        <translation>Cache vidé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not clear the cache</source>
        <translation>Impossible de vider le cache</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxProvider</name>
    <message>
        <location filename="../app/providers/InboxProvider.cpp" line="+12"/>
        <source>This account&apos;s provider has no conversation status or assignment.</source>
        <translation>Le fournisseur de ce compte ne gère ni l&apos;état ni l&apos;attribution des conversations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>This account&apos;s provider has no drafts for colleagues.</source>
        <translation>Le service de ce compte n&apos;a pas de brouillons pour collègues.</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxToolBar</name>
    <message>
        <location filename="../ui/InboxToolBar.cpp" line="+20"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization (Ctrl+Shift+O)</source>
        <translation>Organisation (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Rechercher par nom ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New message (Ctrl+N)</source>
        <translation>Nouveau message (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxWorkspace</name>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="+42"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not signed in. Use Account &gt; Sign in… to connect your HyperRep account.</source>
        <translation>Non connecté. Utilisez Compte &gt; Se connecter… pour relier votre compte HyperRep.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>Sign in again to see this account&apos;s conversations.</source>
        <translation>Reconnectez-vous pour voir les conversations de ce compte.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Could not load your organizations. %1</source>
        <translation>Impossible de charger vos organisations. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load your organizations. Repdesk asks again by itself; F5 asks now.</source>
        <translation>Impossible de charger vos organisations. Repdesk réessaie de lui-même ; F5 réessaie tout de suite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading your organizations…</source>
        <translation>Chargement de vos organisations…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unnamed organization</source>
        <translation>Organisation sans nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has no organizations.</source>
        <translation>Cette clé d&apos;API n&apos;a aucune organisation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a conversation to read it.</source>
        <translation>Sélectionnez une conversation pour la lire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <source>No conversations in this folder</source>
        <translation>Aucune conversation dans ce dossier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No unread conversations. Nice work!</source>
        <translation>Aucune conversation non lue. Beau travail !</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not load the conversation. %1</source>
        <translation>Impossible de charger la conversation. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation could not be loaded.</source>
        <translation>Impossible de charger cette conversation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
</context>
<context>
    <name>repdesk::KeyVerifier</name>
    <message>
        <location filename="../app/account/KeyVerifier.cpp" line="+43"/>
        <location line="+140"/>
        <source>%1 did not answer in time. Check the server address and your internet connection, then try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez l&apos;adresse du serveur et votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Enter the server address, for example https://api.hyperrep.ai.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://api.hyperrep.ai.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Could not reach %1 (%2). Check the server address and your internet connection.</source>
        <translation>Impossible de joindre %1 (%2). Vérifiez l&apos;adresse du serveur et votre connexion Internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection</source>
        <translation>aucune connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is busy right now. Try again in a moment.</source>
        <translation>%1 est occupé pour le moment. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had a problem (HTTP %2). Try again later.</source>
        <translation>%1 a rencontré un problème (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer like a HyperRep server. Check the server address.</source>
        <translation>%1 n&apos;a pas répondu comme un serveur HyperRep. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This API key is not valid. Check that you copied all of it.</source>
        <translation>Cette clé d&apos;API n&apos;est pas valide. Vérifiez que vous l&apos;avez copiée en entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has been deactivated. Ask your HyperRep administrator to reactivate it or create a new one.</source>
        <translation>Cette clé d&apos;API a été désactivée. Demandez à votre administrateur HyperRep de la réactiver ou d&apos;en créer une nouvelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has expired. Create a new key in HyperRep.</source>
        <translation>Cette clé d&apos;API a expiré. Créez une nouvelle clé dans HyperRep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your API key.</source>
        <translation>Saisissez votre clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repdesk sends your key only over a secure connection. Use an https:// address (plain http is allowed only for this computer).</source>
        <translation>Repdesk n&apos;envoie votre clé que par une connexion sécurisée. Utilisez une adresse https:// (le http non chiffré n&apos;est autorisé que pour cet ordinateur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server address, for example https://api.hyperrep.ai.</source>
        <translation>Vérifiez l&apos;adresse du serveur, par exemple https://api.hyperrep.ai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused this API key.</source>
        <translation>Le serveur a refusé cette clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this API key: &quot;%1&quot;</source>
        <translation>Le serveur a refusé cette clé d&apos;API : « %1 »</translation>
    </message>
</context>
<context>
    <name>repdesk::KpiTile</name>
    <message>
        <location filename="../ui/dashboards/KpiTile.cpp" line="+49"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated %1</source>
        <extracomment>The age of a figure on a tile: %1 = &quot;5 min ago&quot;</extracomment>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not refresh: %1</source>
        <translation>Actualisation impossible : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry %1</source>
        <extracomment>The Retry button of one KPI tile; %1 = the tile&apos;s title</extracomment>
        <translation>Réessayer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>up %1 on the previous period</source>
        <translation>en hausse de %1 par rapport à la période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down %1 on the previous period</source>
        <translation>en baisse de %1 par rapport à la période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged on the previous period</source>
        <translation>inchangé par rapport à la période précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (better)</source>
        <translation> (mieux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (worse)</source>
        <translation> (moins bien)</translation>
    </message>
</context>
<context>
    <name>repdesk::KpiTileModel</name>
    <message>
        <location filename="../app/dashboards/KpiTileModel.cpp" line="+99"/>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average response time</source>
        <translation>Temps de réponse moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales rate</source>
        <translation>Taux de vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations responded to</source>
        <translation>Conversations avec réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation>Valeur du pipeline</translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%1 of %n conversation(s) responded to</source>
        <extracomment>Under the response rate: &quot;14 of 20 conversations responded to&quot;</extracomment>
        <translation>
            <numerusform>%1 conversation sur %n avec réponse</numerusform>
            <numerusform>%1 conversations sur %n avec réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardModel</name>
    <message>
        <location filename="../app/dashboards/LeaderboardModel.cpp" line="+35"/>
        <source>(unnamed agent)</source>
        <translation>(agent sans nom)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline sales</source>
        <translation>Ventes du pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation>Valeur du pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales rate</source>
        <translation>Taux de vente</translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardProxy</name>
    <message>
        <location filename="../ui/dashboards/LeaderboardProxy.cpp" line="+42"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not refresh: %1</source>
        <translation>Actualisation impossible : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversations responded to in the range</source>
        <translation>Conversations ayant reçu une réponse sur la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent in the range</source>
        <translation>Messages envoyés sur la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales over every pipeline stage</source>
        <translation>Ventes sur toutes les étapes du pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of the sales over every pipeline stage</source>
        <translation>Valeur des ventes sur toutes les étapes du pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s sales rate in the range</source>
        <translation>Le taux de vente de l&apos;agent sur la période</translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardView</name>
    <message>
        <location filename="../ui/dashboards/LeaderboardView.cpp" line="+40"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Team leaderboard</source>
        <translation>Classement de l&apos;équipe</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>One row per agent. Enter opens the agent&apos;s dashboard.</source>
        <translation>Une ligne par agent. Entrée ouvre le tableau de bord de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry this row</source>
        <translation>Réessayer cette ligne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort the team by</source>
        <translation>Trier l&apos;équipe par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest first</source>
        <translation>Du plus élevé au plus bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest first</source>
        <translation>Du plus bas au plus élevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not refresh the list of agents: %1</source>
        <translation>Impossible d&apos;actualiser la liste des agents : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the list of agents: %1</source>
        <translation>Impossible de charger la liste des agents : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n agent n&apos;a pas pu être chargé : %1</numerusform>
            <numerusform>%n agents n&apos;ont pas pu être chargés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the team…</source>
        <translation>Chargement de l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agents in this organization.</source>
        <translation>Aucun agent dans cette organisation.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) still loading…</source>
        <translation>
            <numerusform>%n agent encore en chargement…</numerusform>
            <numerusform>%n agents encore en chargement…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens an agent&apos;s dashboard.</source>
        <translation>Entrée ouvre le tableau de bord d&apos;un agent.</translation>
    </message>
</context>
<context>
    <name>repdesk::LegacyAnalytics</name>
    <message>
        <location filename="../app/dashboards/LegacyAnalytics.cpp" line="+53"/>
        <location line="+30"/>
        <source>Legacy analytics are not available for this account.</source>
        <translation>Les anciennes statistiques ne sont pas disponibles pour ce compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not check for legacy analytics: %1</source>
        <translation>Impossible de vérifier les anciennes statistiques : %1</translation>
    </message>
</context>
<context>
    <name>repdesk::LegacyPage</name>
    <message>
        <location filename="../ui/dashboards/LegacyPage.cpp" line="+31"/>
        <source>Funnel: source → response → outcome → sale</source>
        <translation>Entonnoir : source → réponse → résultat → vente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy analytics</source>
        <translation>Anciennes statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol&amp;ution:</source>
        <translation>Sol&amp;ution :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is made of</source>
        <translation>Sa composition</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Solution figures</source>
        <translation>Indicateurs de la solution</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Could not refresh this solution: %1</source>
        <translation>Impossible d&apos;actualiser cette solution : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this solution: %1</source>
        <translation>Impossible de charger cette solution : %1</translation>
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
        <translation>Le cache local avait un problème et a été réinitialisé : %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>You are offline. Showing cached conversations; Repdesk will reconnect automatically.</source>
        <translation>Vous êtes hors ligne. Affichage des conversations en cache ; Repdesk se reconnectera automatiquement.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New message…</source>
        <translation>&amp;Nouveau message…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;drafts</source>
        <translation>&amp;Brouillons de messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to export here</source>
        <translation>Rien à exporter ici</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sales</source>
        <translation>&amp;Ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>Re&amp;lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dire&amp;ctory</source>
        <translation>&amp;Annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>Journal d&apos;a&amp;udit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;organization</source>
        <translation>Changer d&apos;&amp;organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folders</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics copied to the clipboard. They hold no API key.</source>
        <translation>Diagnostics copiés dans le presse-papiers. Ils ne contiennent aucune clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Repdesk</source>
        <translation>À &amp;propos de Repdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Repdesk</source>
        <translation>À propos de Repdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Repdesk %1&lt;/b&gt;&lt;br&gt;A native desktop inbox for HyperRep sales teams.</source>
        <translation>&lt;b&gt;Repdesk %1&lt;/b&gt;&lt;br&gt;Une boîte de réception de bureau native pour les équipes commerciales HyperRep.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server no longer accepts the key of %1. %2 Your unsent drafts are kept on this computer.</source>
        <translation>Le serveur n&apos;accepte plus la clé de %1. %2 Vos brouillons non envoyés sont conservés sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in &amp;again</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign &amp;in…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message from %1</source>
        <translation>Nouveau message de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n nouvelle conversation</numerusform>
            <numerusform>%n nouvelles conversations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to open it in Repdesk.</source>
        <translation>Cliquez pour l&apos;ouvrir dans Repdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked a link with an unsupported address: %1</source>
        <translation>Lien avec une adresse non prise en charge bloqué : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales pipeline</source>
        <translation>Pipeline commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review queue</source>
        <translation>File de relecture</translation>
    </message>
</context>
<context>
    <name>repdesk::MessageDraftListModel</name>
    <message>
        <location filename="../app/models/MessageDraftListModel.cpp" line="+145"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <extracomment>A message draft in a list: subject, then recipient</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no subject</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message draft</source>
        <translation>Brouillon de SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email draft</source>
        <translation>Brouillon d&apos;e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a recipient, subject %2</source>
        <translation>%1 sans destinataire, objet %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, subject %3</source>
        <translation>%1 à %2, objet %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in folder %1, created %2.</source>
        <translation>, dans le dossier %1, créé %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued to send.</source>
        <translation>Envoi programmé.</translation>
    </message>
</context>
<context>
    <name>repdesk::MessageDrafts</name>
    <message>
        <location filename="../app/compose/MessageDrafts.cpp" line="+55"/>
        <source>No account is connected.</source>
        <translation>Aucun compte n&apos;est connecté.</translation>
    </message>
</context>
<context>
    <name>repdesk::ModalityModel</name>
    <message>
        <location filename="../app/dashboards/ModalityModel.cpp" line="+38"/>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chats</source>
        <translation>Chats en direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form requests</source>
        <translation>Demandes par formulaire</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>repdesk::OrganizationPage</name>
    <message>
        <location filename="../ui/dashboards/OrganizationPage.cpp" line="+20"/>
        <source>Organization dashboard</source>
        <translation>Tableau de bord de l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>repdesk::Outbox</name>
    <message>
        <location filename="../app/store/Outbox.cpp" line="+153"/>
        <source>This server does not support this kind of draft.</source>
        <translation>Ce serveur ne prend pas en charge ce type de brouillon.</translation>
    </message>
</context>
<context>
    <name>repdesk::PanelSection</name>
    <message>
        <location filename="../ui/inbox/contact/PanelSection.cpp" line="+32"/>
        <source>Retry: %1</source>
        <translation>Réessayer : %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineCharts</name>
    <message>
        <location filename="../ui/dashboards/PipelineCharts.cpp" line="+29"/>
        <source>No sales in this range</source>
        <translation>Aucune vente sur cette période</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pipeline: sales per stage</source>
        <translation>Pipeline : ventes par étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Pipeline: value per stage</source>
        <extracomment>The pipeline value chart&apos;s title with its currency code, e.g. &quot;Pipeline: value per stage (EUR)&quot;</extracomment>
        <translation>Pipeline : valeur par étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline: value per stage (%1)</source>
        <translation>Pipeline : valeur par étape (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales rate: %1</source>
        <extracomment>%1 = &quot;23%&quot;</extracomment>
        <translation>Taux de vente : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter or click on a stage lists its sales.</source>
        <translation>Entrée ou un clic sur une étape affiche ses ventes.</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineModel</name>
    <message>
        <location filename="../app/dashboards/PipelineModel.cpp" line="+28"/>
        <source>Values in the sales&apos; own currencies</source>
        <translation>Valeurs dans la devise propre à chaque vente</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(unnamed stage)</source>
        <translation>(étape sans nom)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineRule</name>
    <message numerus="yes">
        <location filename="../app/dashboards/PipelineRule.cpp" line="+100"/>
        <source>%n sale(s) created in %1 and now in this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n vente créée sur %1 et maintenant à cette étape.</numerusform>
            <numerusform>%n ventes créées sur %1 et maintenant à cette étape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) created in %1 that reached this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n vente créée sur %1 qui a atteint cette étape.</numerusform>
            <numerusform>%n ventes créées sur %1 qui ont atteint cette étape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1 and are still in it.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n vente passée à cette étape sur %1 et qui y est toujours.</numerusform>
            <numerusform>%n ventes passées à cette étape sur %1 et qui y sont toujours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n vente passée à cette étape sur %1.</numerusform>
            <numerusform>%n ventes passées à cette étape sur %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::RangeBar</name>
    <message>
        <location filename="../ui/dashboards/RangeBar.cpp" line="+23"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of the range</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the custom range</source>
        <translation>Appliquer la période personnalisée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range problem</source>
        <translation>Problème de période</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1: %2 – %3</source>
        <translation>%1 : %2 – %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Range not applied: %1 The figures shown are still for %2.</source>
        <extracomment>A refused date range; %1 = the session&apos;s reason (&quot;The start is after the end.&quot;)</extracomment>
        <translation>Période non appliquée : %1 Les chiffres affichés portent toujours sur %2.</translation>
    </message>
</context>
<context>
    <name>repdesk::RecordCreate</name>
    <message>
        <location filename="../app/directory/RecordCreate.cpp" line="+48"/>
        <location line="+20"/>
        <source>Nothing was sent: correct what is marked.</source>
        <translation>Rien n&apos;a été envoyé : corrigez ce qui est signalé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating records needs a HyperRep account.</source>
        <translation>La création d&apos;enregistrements nécessite un compte HyperRep.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the contact…</source>
        <translation>Création du contact…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating the company…</source>
        <translation>Création de l&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused it: correct what is marked and try again.</source>
        <translation>Le serveur l&apos;a refusé : corrigez ce qui est signalé et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy and created nothing. Try again in a moment.</source>
        <translation>Le serveur est occupé et n&apos;a rien créé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No answer from the server. Checking whether the contact was created…</source>
        <translation>Pas de réponse du serveur. Vérification de la création du contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the server. Checking whether the company was created…</source>
        <translation>Pas de réponse du serveur. Vérification de la création de l&apos;entreprise…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server did not create the contact. Press Create to send it again (Repdesk checks once more first).</source>
        <translation>Le serveur n&apos;a pas créé le contact. Cliquez sur Créer pour le renvoyer (Repdesk vérifie encore une fois avant).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk could not find out whether the contact was created (%1). Press Check again: nothing is sent before Repdesk knows.</source>
        <translation>Repdesk n&apos;a pas pu savoir si le contact a été créé (%1). Cliquez sur Vérifier à nouveau : rien n&apos;est envoyé tant que Repdesk ne le sait pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server did not create the company. Press Create to send it again (Repdesk checks once more first).</source>
        <translation>Le serveur n&apos;a pas créé l&apos;entreprise. Cliquez sur Créer pour la renvoyer (Repdesk vérifie encore une fois avant).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk could not find out whether the company was created (%1). Press Check again: nothing is sent before Repdesk knows.</source>
        <translation>Repdesk n&apos;a pas pu savoir si l&apos;entreprise a été créée (%1). Cliquez sur Vérifier à nouveau : rien n&apos;est envoyé tant que Repdesk ne le sait pas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact created.</source>
        <translation>Contact créé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company created.</source>
        <translation>Entreprise créée.</translation>
    </message>
</context>
<context>
    <name>repdesk::RecordSalesModel</name>
    <message>
        <location filename="../app/directory/RecordSalesModel.cpp" line="+56"/>
        <source>No stage</source>
        <translation>Aucune étape</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>repdesk::RepdeskApplication</name>
    <message>
        <location filename="../ui/main.cpp" line="+85"/>
        <location line="+13"/>
        <source>Could not start the demo server: %1</source>
        <translation>Impossible de démarrer le serveur de démonstration : %1</translation>
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
        <translation>Non enregistré sur le serveur</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Queued for sending</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This reply is being sent; it can&apos;t be saved as a draft now.</source>
        <translation>Cette réponse est en cours d&apos;envoi ; elle ne peut pas être enregistrée comme brouillon pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reply before saving.</source>
        <translation>Rédigez une réponse avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft changed on the server</source>
        <translation>Le brouillon a été modifié sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft is already on the server</source>
        <translation>Un brouillon existe déjà sur le serveur</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Repdesk first has to find out whether this reply was sent; it can&apos;t be discarded yet.</source>
        <translation>Repdesk doit d&apos;abord savoir si cette réponse a été envoyée ; elle ne peut pas encore être abandonnée.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: saved on this computer, will be sent to the server when it is reachable</source>
        <translation>Hors ligne : enregistré sur cet ordinateur, sera transmis au serveur dès qu&apos;il sera joignable</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+34"/>
        <source>Write a reply before sending.</source>
        <translation>Rédigez une réponse avant d&apos;envoyer.</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Envoi dans %n seconde…</numerusform>
            <numerusform>Envoi dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending cancelled; your reply is still here</source>
        <translation>Envoi annulé ; votre réponse est toujours là</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Draft discarded</source>
        <translation>Brouillon abandonné</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This reply was already sent</source>
        <translation>Cette réponse a déjà été envoyée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Draft saved (from the outbox)</source>
        <translation>Brouillon enregistré (depuis la boîte d&apos;envoi)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a draft saved while offline. Your text is kept.</source>
        <translation>Le serveur a refusé un brouillon enregistré hors ligne. Votre texte est conservé.</translation>
    </message>
</context>
<context>
    <name>repdesk::ReplyPane</name>
    <message>
        <location filename="../ui/inbox/ReplyPane.cpp" line="+28"/>
        <location line="+325"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>name@example.com, …</source>
        <translation>nom@example.com, …</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i :</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Undo send</source>
        <translation>&amp;Annuler l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo send</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notify me about this draft</source>
        <translation>&amp;M&apos;avertir pour ce brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for saved drafts: a sent reply never notifies.</source>
        <translation>Uniquement pour les brouillons enregistrés : une réponse envoyée ne déclenche jamais de notification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the draft on the server for review (Ctrl+S)</source>
        <translation>Enregistrer le brouillon sur le serveur pour relecture (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+282"/>
        <source>Sen&amp;d</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Send the reply automatically (Ctrl+Enter); you can undo for a few seconds</source>
        <translation>Envoyer la réponse automatiquement (Ctrl+Entrée) ; annulable pendant quelques secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this draft</source>
        <translation>Supprimer ce brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft status</source>
        <translation>État du brouillon</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Envoi dans %n seconde…</numerusform>
            <numerusform>Envoi dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+158"/>
        <source>Write your reply…</source>
        <translation>Rédigez votre réponse…</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+158"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+82"/>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not a valid email address: %1</source>
        <translation>Adresse e-mail non valide : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Discard draft?</source>
        <translation>Abandonner le brouillon ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply draft? This can&apos;t be undone.</source>
        <translation>Supprimer ce brouillon de réponse ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queued for sending at %1</source>
        <translation>Envoi programmé à %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ReplySender</name>
    <message>
        <location filename="../app/reply/ReplySender.cpp" line="+89"/>
        <source>Could not send: not connected. Your reply is kept.</source>
        <translation>Envoi impossible : pas de connexion. Votre réponse est conservée.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+76"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server did not get your reply; sending it again…</source>
        <translation>Le serveur n&apos;a pas reçu votre réponse ; nouvel envoi…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No answer from the server; checking whether your reply went out…</source>
        <translation>Pas de réponse du serveur ; vérification de l&apos;envoi de votre réponse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This conversation no longer exists. Your reply was not sent.</source>
        <translation>Cette conversation n&apos;existe plus. Votre réponse n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Could not send. Your reply is kept.</source>
        <translation>Envoi impossible. Votre réponse est conservée.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your reply was not sent: the server is busy. Your reply is kept; try again in a moment.</source>
        <translation>Votre réponse n&apos;a pas été envoyée : le serveur est occupé. Votre réponse est conservée ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking whether your reply was sent…</source>
        <translation>Vérification de l&apos;envoi de votre réponse…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The draft was removed on the server; your text is kept.</source>
        <translation>Le brouillon a été supprimé sur le serveur ; votre texte est conservé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your earlier Send did not reach the server: the reply was not sent. Your text is kept.</source>
        <translation>Votre envoi précédent n&apos;a pas atteint le serveur : la réponse n&apos;a pas été envoyée. Votre texte est conservé.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Repdesk could not confirm yet whether your reply was sent: the server may still be working on it. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk n&apos;a pas encore pu confirmer l&apos;envoi de votre réponse : le serveur la traite peut-être encore. Votre réponse est conservée ; Repdesk vérifiera à nouveau dans %n seconde.</numerusform>
            <numerusform>Repdesk n&apos;a pas encore pu confirmer l&apos;envoi de votre réponse : le serveur la traite peut-être encore. Votre réponse est conservée ; Repdesk vérifiera à nouveau dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reply sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message numerus="yes">
        <location line="-69"/>
        <source>Your reply was not sent: the server failed %n time(s). Your reply is kept.</source>
        <translation>
            <numerusform>Votre réponse n&apos;a pas été envoyée : le serveur a échoué %n fois. Votre réponse est conservée.</numerusform>
            <numerusform>Votre réponse n&apos;a pas été envoyée : le serveur a échoué %n fois. Votre réponse est conservée.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk n&apos;a pas pu confirmer l&apos;envoi de votre réponse. Votre réponse est conservée ; Repdesk vérifiera à nouveau dans %n seconde.</numerusform>
            <numerusform>Repdesk n&apos;a pas pu confirmer l&apos;envoi de votre réponse. Votre réponse est conservée ; Repdesk vérifiera à nouveau dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queued for sending at %1</source>
        <translation>Envoi programmé à %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued for sending</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewAction</name>
    <message>
        <location filename="../app/review/ReviewAction.cpp" line="+85"/>
        <location line="+49"/>
        <source>The draft could not be reached.</source>
        <translation>Le brouillon est inaccessible.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This draft changed on the server before it was sent, so nothing was sent. Review the new version.</source>
        <translation>Ce brouillon a été modifié sur le serveur avant l&apos;envoi : rien n&apos;a donc été envoyé. Relisez la nouvelle version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft changed on the server before it was discarded, so it was kept. Review the new version.</source>
        <translation>Ce brouillon a été modifié sur le serveur avant d&apos;être abandonné : il a donc été conservé. Relisez la nouvelle version.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The draft could not be checked.</source>
        <translation>Impossible de vérifier le brouillon.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not discard the draft.</source>
        <translation>Impossible d&apos;abandonner le brouillon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline: the draft will be discarded when the server is reachable.</source>
        <translation>Hors ligne : le brouillon sera abandonné dès que le serveur sera joignable.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reply was not sent.</source>
        <translation>La réponse n&apos;a pas été envoyée.</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewActions</name>
    <message>
        <location filename="../app/review/ReviewActions.cpp" line="+17"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discarding…</source>
        <translation>Abandon…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Envoi dans %n seconde…</numerusform>
            <numerusform>Envoi dans %n secondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding in %n second(s)…</source>
        <translation>
            <numerusform>Abandon dans %n seconde…</numerusform>
            <numerusform>Abandon dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Queued for sending</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewChanges</name>
    <message>
        <location filename="../app/review/ReviewChanges.cpp" line="+60"/>
        <source>This draft was changed on the server while you were editing it. Your text is kept; the changes are now shown against the new version.</source>
        <translation>Ce brouillon a été modifié sur le serveur pendant que vous le modifiiez. Votre texte est conservé ; les modifications sont désormais comparées à la nouvelle version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queued for sending</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewChangesView</name>
    <message>
        <location filename="../ui/review/ReviewChangesView.cpp" line="+15"/>
        <source>Changes to the proposal</source>
        <translation>Modifications de la proposition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the changes</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal with your changes: insertions underlined, deletions struck through</source>
        <translation>Proposition avec vos modifications : ajouts soulignés, suppressions barrées</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n mot ajouté</numerusform>
            <numerusform>%n mots ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n mot supprimé</numerusform>
            <numerusform>%n mots supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes: this is the text HyperRep proposed.</source>
        <translation>Aucune modification : c&apos;est le texte proposé par HyperRep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spacing changed</source>
        <translation>Espacement modifié</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewDiscovery</name>
    <message>
        <location filename="../app/review/ReviewDiscovery.cpp" line="+121"/>
        <source>Queued for sending</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewDraftPane</name>
    <message>
        <location filename="../ui/review/ReviewDraftPane.cpp" line="+30"/>
        <source>Draft under review</source>
        <translation>Brouillon en relecture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your text differs from HyperRep&apos;s proposal</source>
        <translation>Votre texte diffère de la proposition de HyperRep</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+178"/>
        <source>Show chan&amp;ges</source>
        <translation>Afficher les &amp;modifications</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Show changes</source>
        <translation>Afficher les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the text with HyperRep&apos;s proposal, word by word (D in the queue)</source>
        <translation>Comparer le texte mot à mot avec la proposition de HyperRep (D dans la file)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>name@example.com, …</source>
        <translation>nom@example.com, …</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>Cc&amp;i :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Draft status</source>
        <translation>État du brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disca&amp;rd</source>
        <translation>Aband&amp;onner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this draft, then show the next (Ctrl+Delete); you can undo for a few seconds</source>
        <translation>Supprimer ce brouillon puis afficher le suivant (Ctrl+Suppr) ; annulable pendant quelques secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this draft for later: it moves to the end of the queue (S)</source>
        <translation>Garder ce brouillon pour plus tard : il passe en fin de file (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes on the server without sending (Ctrl+S)</source>
        <translation>Enregistrer vos modifications sur le serveur sans envoyer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve and sen&amp;d</source>
        <translation>Approuver et en&amp;voyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply as shown, then show the next (Ctrl+Enter); you can undo for a few seconds</source>
        <translation>Envoyer cette réponse telle qu&apos;affichée puis afficher la suivante (Ctrl+Entrée) ; annulable pendant quelques secondes</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The reply HyperRep proposed</source>
        <translation>La réponse proposée par HyperRep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft text</source>
        <translation>Texte du brouillon</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not a valid email address: %1</source>
        <translation>Adresse e-mail non valide : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide chan&amp;ges</source>
        <translation>Masquer les &amp;modifications</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking for a newer version…</source>
        <translation>Recherche d&apos;une version plus récente…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the conversation&apos;s contact</source>
        <translation>le contact de la conversation</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueDelegate</name>
    <message>
        <location filename="../ui/review/ReviewQueueDelegate.cpp" line="+58"/>
        <source>Loading name…</source>
        <translation>Chargement du nom…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No message from the contact yet</source>
        <translation>Aucun message du contact pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueModel</name>
    <message>
        <location filename="../app/review/ReviewQueueModel.cpp" line="+250"/>
        <source>Unknown contact</source>
        <translation>Contact inconnu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueProxy</name>
    <message>
        <location filename="../ui/review/ReviewQueueProxy.cpp" line="+14"/>
        <source>Loading the contact&apos;s name</source>
        <translation>Chargement du nom du contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last activity %1</source>
        <translation>dernière activité %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>they wrote: %1</source>
        <translation>a écrit : %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueView</name>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="+19"/>
        <source>Drafts to review</source>
        <translation>Brouillons à relire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter approves and sends the draft shown, Enter edits it, S skips it, Ctrl+Delete discards it</source>
        <translation>Ctrl+Entrée approuve et envoie le brouillon affiché, Entrée le modifie, S le passe, Ctrl+Suppr l&apos;abandonne</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewSummary</name>
    <message>
        <location filename="../ui/review/ReviewSummary.cpp" line="+56"/>
        <source>To review (%1)</source>
        <translation>À relire (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s) to review</source>
        <translation>
            <numerusform>%n brouillon à relire</numerusform>
            <numerusform>%n brouillons à relire</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing sent from this queue yet</source>
        <translation>Rien n&apos;a encore été envoyé depuis cette file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: %1 as proposed, %2 edited (%3% edited)</source>
        <translation>Envoyés : %1 tels que proposés, %2 modifiés (%3 % modifiés)</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewThreadPane</name>
    <message>
        <location filename="../ui/review/ReviewThreadPane.cpp" line="+19"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This conversation could not be loaded.</source>
        <translation>Impossible de charger cette conversation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewUndoBar</name>
    <message>
        <location filename="../ui/review/ReviewUndoBar.cpp" line="+14"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pending action</source>
        <translation>Action en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the draft back: nothing is sent or deleted (Ctrl+Z, or U in the queue)</source>
        <translation>Reprendre le brouillon : rien n&apos;est envoyé ni supprimé (Ctrl+Z, ou U dans la file)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Sending the reply to %1 in %n second(s)…</source>
        <translation>
            <numerusform>Envoi de la réponse à %1 dans %n seconde…</numerusform>
            <numerusform>Envoi de la réponse à %1 dans %n secondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding the draft for %1 in %n second(s)…</source>
        <translation>
            <numerusform>Abandon du brouillon pour %1 dans %n seconde…</numerusform>
            <numerusform>Abandon du brouillon pour %1 dans %n secondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n autre en attente)</numerusform>
            <numerusform>(%n autres en attente)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="+32"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not look through every conversation for drafts. %1</source>
        <translation>Impossible de parcourir toutes les conversations à la recherche de brouillons. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not load the conversation. %1</source>
        <translation>Impossible de charger la conversation. %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No organization is open</source>
        <translation>Aucune organisation ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to review the replies HyperRep drafted for you.</source>
        <translation>Connectez-vous pour relire les réponses que HyperRep a rédigées pour vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to review drafts</source>
        <translation>Reconnectez-vous pour relire les brouillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts to review appear here once Repdesk reaches the server again.</source>
        <translation>Les brouillons à relire apparaîtront ici dès que Repdesk pourra de nouveau joindre le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for drafts to review…</source>
        <translation>Recherche de brouillons à relire…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking the conversations of the last %n day(s).</source>
        <translation>
            <numerusform>Vérification des conversations du dernier jour (%n).</numerusform>
            <numerusform>Vérification des conversations des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to review</source>
        <translation>Rien à relire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies HyperRep drafts for your conversations appear here, for you to approve, edit or discard.</source>
        <translation>Les réponses que HyperRep rédige pour vos conversations apparaissent ici pour que vous les approuviez, les modifiiez ou les abandonniez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing left to review</source>
        <translation>Plus rien à relire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every draft in the queue was sent or discarded. New ones appear here as HyperRep writes them.</source>
        <translation>Tous les brouillons de la file ont été envoyés ou abandonnés. Les nouveaux apparaissent ici dès que HyperRep les rédige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the next draft…</source>
        <translation>Ouverture du brouillon suivant…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This draft is being saved or sent; try again in a moment.</source>
        <translation>Ce brouillon est en cours d&apos;enregistrement ou d&apos;envoi ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not send the reply to %1. %2</source>
        <translation>Impossible d&apos;envoyer la réponse à %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not discard the draft for %1. %2</source>
        <translation>Impossible d&apos;abandonner le brouillon pour %1. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleCard</name>
    <message>
        <location filename="../ui/inbox/contact/SaleCard.cpp" line="+22"/>
        <source>No stage</source>
        <translation>Aucune étape</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Stage changed %1</source>
        <translation>Étape modifiée %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy total</source>
        <translation>Copier le total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy products</source>
        <translation>Copier les produits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale, %1</source>
        <translation>Vente, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale, %1, %2</source>
        <translation>Vente, %1, %2</translation>
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
        <translation>Produit sans nom</translation>
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
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>Total de la ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products of the sale</source>
        <translation>Produits de la vente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status history of the sale</source>
        <translation>Historique des étapes de la vente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale details</source>
        <translation>Détails de la vente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote details</source>
        <translation>Détails du devis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Enter on a sale to see its products and history.</source>
        <translation>Appuyez sur Entrée sur une vente pour voir ses produits et son historique.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an unknown agent</source>
        <translation>un agent inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stage %1, owned by %2, created %3.</source>
        <extracomment>A sale&apos;s summary: %1 = stage, %2 = owner&apos;s name, %3 = when it was created</extracomment>
        <translation>À l&apos;étape %1, responsable : %2, créée %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unnamed product)</source>
        <translation>(produit sans nom)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No products quoted yet.</source>
        <translation>Aucun produit chiffré pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote total: %1</source>
        <extracomment>%1 = the quote&apos;s total with its currency</extracomment>
        <translation>Total du devis : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum of the lines: %1</source>
        <translation>Somme des lignes : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lines do not add up to the quote total.</source>
        <translation>La somme des lignes ne correspond pas au total du devis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale names no currency.</source>
        <translation>La vente n&apos;indique aucune devise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <extracomment>One detail of a sale&apos;s quote, e.g. &quot;agent overrides › discount percent: 5&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Quote details:</source>
        <translation>Détails du devis :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No custom fields.</source>
        <translation>Aucun champ personnalisé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No status changes recorded.</source>
        <translation>Aucun changement d&apos;étape enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up who made each change…</source>
        <translation>Recherche de l&apos;auteur de chaque modification…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n change(s) say who made them.</source>
        <translation>
            <numerusform>%1 modification sur %n indique son auteur.</numerusform>
            <numerusform>%1 modifications sur %n indiquent leur auteur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::SaleFilterBar</name>
    <message>
        <location filename="../ui/sales/SaleFilterBar.cpp" line="+33"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created f&amp;rom</source>
        <translation>Créées &amp;du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from date</source>
        <translation>Date de création de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thro&amp;ugh</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created through date, inclusive</source>
        <translation>Date de création de fin, incluse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only sales created from a date</source>
        <translation>Uniquement les ventes créées à partir d&apos;une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only sales created through a date</source>
        <translation>Uniquement les ventes créées jusqu&apos;à une date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stage:</source>
        <translation>Éta&amp;pe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All companies</source>
        <translation>Toutes les entreprises</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleListModel</name>
    <message>
        <location filename="../app/sales/SaleListModel.cpp" line="+142"/>
        <source>%1, %2, owner %3, %4</source>
        <extracomment>A sale in the sales table, read as one line: company, stage, owner, total</extracomment>
        <translation>%1, %2, responsable %3, %4</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleNames</name>
    <message>
        <location filename="../app/sales/SaleNames.cpp" line="+49"/>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unknown company</source>
        <translation>Entreprise inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company not loaded</source>
        <translation>Entreprise non chargée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact not loaded</source>
        <translation>Contact non chargé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesBoardModel</name>
    <message>
        <location filename="../app/sales/SalesBoardModel.cpp" line="+41"/>
        <source>No stage</source>
        <translation>Aucune étape</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>time in stage unknown</source>
        <translation>durée dans l&apos;étape inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <extracomment>How long a sale has been in its stage: &quot;for 3 days&quot;</extracomment>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2, owner %3, %4, %5</source>
        <extracomment>A sale&apos;s card on the pipeline board, read as one sentence</extracomment>
        <translation>%1, %2, responsable %3, %4, %5</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesTablePage</name>
    <message>
        <location filename="../ui/sales/SalesTablePage.cpp" line="+35"/>
        <source>Retr&amp;y</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales table</source>
        <translation>Tableau des ventes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the sales again</source>
        <translation>Recharger les ventes</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No organization is open</source>
        <translation>Aucune organisation ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see the sales.</source>
        <translation>Connectez-vous pour voir les ventes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load more sales: %1</source>
        <translation>Impossible de charger d&apos;autres ventes : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) shown; loading more…</source>
        <translation>
            <numerusform>%n vente affichée ; chargement de la suite…</numerusform>
            <numerusform>%n ventes affichées ; chargement de la suite…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n loaded sale(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%1 vente affichée sur %n chargée ; faites défiler pour la suite</numerusform>
            <numerusform>%1 ventes affichées sur %n chargées ; faites défiler pour la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n sale(s) shown</source>
        <translation>
            <numerusform>%1 vente affichée sur %n</numerusform>
            <numerusform>%1 ventes affichées sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(asked from HyperRep for this owner or first day)</source>
        <translation>(demandé à HyperRep pour ce responsable ou ce premier jour)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the sales</source>
        <translation>Impossible de charger les ventes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press Retry below, or F5.</source>
        <translation>Cliquez sur Réessayer ci-dessous, ou appuyez sur F5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales yet</source>
        <translation>Aucune vente pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales appear here as they are created in HyperRep.</source>
        <translation>Les ventes apparaissent ici dès qu&apos;elles sont créées dans HyperRep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sale matches these filters</source>
        <translation>Aucune vente ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose all stages, owners or companies, or widen the dates.</source>
        <translation>Choisissez toutes les étapes, tous les responsables ou toutes les entreprises, ou élargissez les dates.</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesWorkspace</name>
    <message>
        <location filename="../ui/sales/SalesWorkspace.cpp" line="+40"/>
        <source>Open its &amp;conversation</source>
        <translation>Ouvrir sa c&amp;onversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+279"/>
        <source>Open its co&amp;ntact</source>
        <translation>Ouvrir son co&amp;ntact</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Pipeline board</source>
        <translation>Tableau du pipeline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the sale&apos;s conversation in the inbox</source>
        <translation>Ouvrir la conversation de la vente dans la boîte de réception</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the sale&apos;s contact in the directory</source>
        <translation>Ouvrir le contact de la vente dans l&apos;annuaire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sales views</source>
        <translation>Vues des ventes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
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
        <translation>Le tableau du pipeline (Alt+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales as a table with filters (Alt+T)</source>
        <translation>Les ventes sous forme de tableau avec filtres (Alt+T)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Alt+B / Alt+T</source>
        <translation>Alt+L / Alt+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: the pipeline board / the sales table</source>
        <translation>Ventes : tableau du pipeline / tableau des ventes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales board: Up/Down within a stage, Left/Right to the next stage</source>
        <translation>Tableau du pipeline : Haut/Bas dans une étape, Gauche/Droite vers l&apos;étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: show the selected sale beside the board or table</source>
        <translation>Ventes : afficher la vente sélectionnée à côté du tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+S, Alt+O, Alt+M</source>
        <translation>Alt+P, Alt+R, Alt+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: filter by stage, owner, company</source>
        <translation>Tableau des ventes : filtrer par étape, responsable, entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+R, Alt+U</source>
        <translation>Alt+D, Alt+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: only sales created from / through a day</source>
        <translation>Tableau des ventes : uniquement les ventes créées à partir d&apos;un jour / jusqu&apos;à un jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+C / Alt+N</source>
        <translation>Alt+O / Alt+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: open the shown sale&apos;s conversation (inbox) / contact (directory)</source>
        <translation>Ventes : ouvrir la conversation (boîte de réception) / le contact (annuaire) de la vente affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Touche Menu, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: export as CSV or copy</source>
        <translation>Tableau des ventes : exporter en CSV ou copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: load the sales again</source>
        <translation>Ventes : recharger les ventes</translation>
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
            <numerusform>%1 : %n vente</numerusform>
            <numerusform>%1 : %n ventes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No organization is open</source>
        <translation>Aucune organisation ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see the sales pipeline.</source>
        <translation>Connectez-vous pour voir le pipeline commercial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading sales…</source>
        <translation>Chargement des ventes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No sales yet</source>
        <translation>Aucune vente pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales appear here as they are created in HyperRep.</source>
        <translation>Les ventes apparaissent ici dès qu&apos;elles sont créées dans HyperRep.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) so far; loading the rest…</source>
        <translation>
            <numerusform>%n vente pour l&apos;instant ; chargement du reste…</numerusform>
            <numerusform>%n ventes pour l&apos;instant ; chargement du reste…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sale(s) in %1 stage(s)</source>
        <translation>
            <numerusform>%n vente dans %1 étapes</numerusform>
            <numerusform>%n ventes dans %1 étapes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open a co&amp;ntact</source>
        <translation>Ouvrir un co&amp;ntact</translation>
    </message>
</context>
<context>
    <name>repdesk::ScopeView</name>
    <message>
        <location filename="../ui/dashboards/ScopeView.cpp" line="+36"/>
        <source>Messages by channel</source>
        <translation>Messages par canal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No messages in this range</source>
        <translation>Aucun message sur cette période</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
</context>
<context>
    <name>repdesk::SessionManager</name>
    <message>
        <location filename="../app/session/SessionManager.cpp" line="+41"/>
        <source>The key could not be removed from the keyring: %1</source>
        <translation>Impossible de supprimer la clé du trousseau : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer has no folder where Repdesk may keep its data (no home or cache folder).</source>
        <translation>Cet ordinateur n&apos;a aucun dossier où Repdesk peut conserver ses données (ni dossier personnel ni dossier de cache).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repdesk could not create its private data folder: %1</source>
        <translation>Repdesk n&apos;a pas pu créer son dossier de données privé : %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (key from FERNAND_API_KEY)</source>
        <translation>%1 (clé issue de FERNAND_API_KEY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (key from HYPERREP_API_KEY)</source>
        <translation>%1 (clé issue de HYPERREP_API_KEY)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Repdesk has no key for %1 on this computer. Enter it to sign in again.</source>
        <translation>Repdesk n&apos;a pas de clé pour %1 sur cet ordinateur. Saisissez-la pour vous reconnecter.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Some local files of %1 could not be deleted: %2</source>
        <translation>Certains fichiers locaux de %1 n&apos;ont pas pu être supprimés : %2</translation>
    </message>
</context>
<context>
    <name>repdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+18"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings pages</source>
        <translation>Pages de paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>repdesk::ShortcutsDialog</name>
    <message>
        <location filename="../ui/settings/ShortcutsDialog.cpp" line="+25"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search shortcuts</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No shortcuts match</source>
        <translation>Aucun raccourci ne correspond</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try another word.</source>
        <translation>Essayez un autre mot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>repdesk::SignInDialog</name>
    <message>
        <location filename="../ui/account/SignInDialog.cpp" line="+37"/>
        <source>Sign in to Repdesk</source>
        <translation>Se connecter à Repdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect your HyperRep or Fernand account. Repdesk checks the key with the server, then keeps it in your system keyring, never in a file.</source>
        <translation>Connectez votre compte HyperRep ou Fernand. Repdesk vérifie la clé auprès du serveur, puis la conserve dans le trousseau de votre système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste your API key</source>
        <translation>Collez votre clé d&apos;API</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your key with the server…</source>
        <translation>Vérification de votre clé auprès du serveur…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use for this session only</source>
        <translation>&amp;Utiliser pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in memory until Repdesk quits; you will be asked again next time.</source>
        <translation>Garder la clé en mémoire jusqu&apos;à la fermeture de Repdesk ; elle vous sera redemandée la prochaine fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
</context>
<context>
    <name>repdesk::SolutionModel</name>
    <message>
        <location filename="../app/dashboards/SolutionModel.cpp" line="+51"/>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time in business hours</source>
        <translation>Temps de réponse en heures ouvrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed to sale</source>
        <translation>Délai jusqu&apos;à la vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales value</source>
        <translation>Valeur des ventes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote value</source>
        <translation>Valeur des devis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads in</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses sent</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Quoted</source>
        <translation>Devis envoyé</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autonomy rate</source>
        <translation>Taux d&apos;autonomie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead response score</source>
        <translation>Score de réponse aux prospects</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Direct email</source>
        <translation>E-mail direct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indirect email</source>
        <translation>E-mail indirect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form request</source>
        <translation>Demande par formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response sent</source>
        <translation>Réponse envoyée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead responded</source>
        <translation>Le prospect a répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghosted</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending outreach</source>
        <translation>Prise de contact en attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent without changes</source>
        <translation>Envoyé sans modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent with changes</source>
        <translation>Envoyé avec modifications</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n chat(s) sent</source>
        <translation>
            <numerusform>%n chat envoyé</numerusform>
            <numerusform>%n chats envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>over %n response(s)</source>
        <translation>
            <numerusform>sur %n réponse</numerusform>
            <numerusform>sur %n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>over %n sale(s)</source>
        <translation>
            <numerusform>sur %n vente</numerusform>
            <numerusform>sur %n ventes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy analytics give no currency</source>
        <translation>Les anciennes statistiques n&apos;indiquent aucune devise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>One part of a funnel stage: &quot;Direct email: 12&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesModel</name>
    <message>
        <location filename="../app/dashboards/StageSalesModel.cpp" line="+242"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown company</source>
        <translation>Entreprise inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Contact inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown agent</source>
        <translation>Agent inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company</source>
        <translation>Aucune entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+48"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The name could not be loaded; it is asked again when the list changes.</source>
        <translation>Le nom n&apos;a pas pu être chargé ; il sera redemandé quand la liste changera.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In this stage since</source>
        <translation>À cette étape depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesPage</name>
    <message>
        <location filename="../ui/dashboards/StageSalesPage.cpp" line="+61"/>
        <source>Enter shows the sale&apos;s products and status history.</source>
        <translation>Entrée affiche les produits et l&apos;historique des étapes de la vente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage sales</source>
        <translation>Ventes de l&apos;étape</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales in “%1”, %2</source>
        <extracomment>The drill-down heading: %1 = stage name, %2 = &quot;the organization&quot; or an agent&apos;s name</extracomment>
        <translation>Ventes à l&apos;étape « %1 », %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sales in %1</source>
        <translation>Ventes à l&apos;étape %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Updating the sales on this computer to match the chart…</source>
        <translation>Mise à jour des ventes sur cet ordinateur pour correspondre au graphique…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not all loaded yet</source>
        <translation>pas encore toutes chargées</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The chart counts %n sale(s) in this stage, by a rule the sales on this computer (%1) do not reproduce: this list may differ from it.</source>
        <extracomment>%n = the stage&apos;s figure on the chart; %1 = &quot;updated 5 min ago&quot; or &quot;not all loaded yet&quot;</extracomment>
        <translation>
            <numerusform>Le graphique compte %n vente à cette étape, selon une règle que les ventes de cet ordinateur (%1) ne reproduisent pas : cette liste peut en différer.</numerusform>
            <numerusform>Le graphique compte %n ventes à cette étape, selon une règle que les ventes de cet ordinateur (%1) ne reproduisent pas : cette liste peut en différer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter on a sale shows its products and history.</source>
        <translation>Entrée sur une vente affiche ses produits et son historique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sales in this stage</source>
        <translation>Aucune vente à cette étape</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesTable</name>
    <message>
        <location filename="../ui/dashboards/StageSalesTable.cpp" line="+109"/>
        <source>In this stage since %1</source>
        <extracomment>When the sale reached its current stage; %1 = date and time</extracomment>
        <translation>À cette étape depuis %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age in stage</source>
        <translation>Durée dans l&apos;étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
</context>
<context>
    <name>repdesk::StatusIndicators</name>
    <message>
        <location filename="../ui/StatusIndicators.cpp" line="+25"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit</source>
        <translation>Limite de requêtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Waiting for %1&apos;s rate limit: %n s</source>
        <extracomment>The provider&apos;s name, then seconds until waiting requests may go.</extracomment>
        <translation>
            <numerusform>Attente de la limite de requêtes de %1 : %n s</numerusform>
            <numerusform>Attente de la limite de requêtes de %1 : %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out: the key was refused</source>
        <translation>Déconnecté : la clé a été refusée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Outbox (%1)</source>
        <translation>Boîte d&apos;envoi (%1)</translation>
    </message>
</context>
<context>
    <name>repdesk::TableExportActions</name>
    <message>
        <location filename="../ui/common/TableExportActions.cpp" line="+34"/>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the table to the clipboard, tab-separated, for pasting into a spreadsheet</source>
        <translation>Copier le tableau dans le presse-papiers, séparé par des tabulations, pour le coller dans un tableur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy selected cells</source>
        <translation>Copier les cellules sélectionnées</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
</context>
<context>
    <name>repdesk::TemplatePicker</name>
    <message>
        <location filename="../ui/compose/TemplatePicker.cpp" line="+33"/>
        <location line="+1"/>
        <source>Insert template</source>
        <translation>Insérer un modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter templates</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter by name or text</source>
        <translation>Tapez pour filtrer par nom ou texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template preview</source>
        <translation>Aperçu du modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No templates yet. Add saved replies in Settings, Templates.</source>
        <translation>Aucun modèle pour l&apos;instant. Ajoutez des réponses enregistrées dans Paramètres, Modèles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the selected template</source>
        <translation>Insérer le modèle sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No template matches the filter.</source>
        <translation>Aucun modèle ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>repdesk::TemplatesSettingsPage</name>
    <message>
        <location filename="../ui/compose/TemplatesSettingsPage.cpp" line="+32"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template body, HTML</source>
        <translation>Corps du modèle, HTML</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTML, for example &lt;p&gt;Hi {contact.first_name},&lt;/p&gt;. Placeholders: {contact.name}, {contact.first_name}, {agent.name}, {company.name}.</source>
        <translation>HTML, par exemple &lt;p&gt;Bonjour {contact.first_name},&lt;/p&gt;. Champs : {contact.name}, {contact.first_name}, {agent.name}, {company.name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a template</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected template</source>
        <translation>Supprimer le modèle sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save templates</source>
        <translation>Enregistrer les modèles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;
&lt;p&gt;&lt;/p&gt;
&lt;p&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bonjour {contact.first_name},&lt;/p&gt;
&lt;p&gt;&lt;/p&gt;
&lt;p&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled template</source>
        <translation>Modèle sans titre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>repdesk::ThreadPane</name>
    <message>
        <location filename="../ui/inbox/ThreadPane.cpp" line="+74"/>
        <source>Load remote images</source>
        <translation>Charger les images distantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load remote images for this conversation</source>
        <translation>Charger les images distantes de cette conversation</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conversation thread</source>
        <translation>Fil de la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conversation to read it.</source>
        <translation>Sélectionnez une conversation pour la lire.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown contact</source>
        <translation>Contact inconnu</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n message</numerusform>
            <numerusform>%1 · %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Afficher %n message précédent</numerusform>
            <numerusform>Afficher %n messages précédents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n image distante bloquée pour protéger votre vie privée.</numerusform>
            <numerusform>%n images distantes bloquées pour protéger votre vie privée.</numerusform>
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
            <numerusform>Repdesk — %n conversation non lue</numerusform>
            <numerusform>Repdesk — %n conversations non lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To review (%1)</source>
        <translation>À relire (%1)</translation>
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
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Response rate (%)</source>
        <translation>Taux de réponse (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time (minutes)</source>
        <translation>Temps de réponse (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry failed buckets</source>
        <translation>Recharger les intervalles en échec</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not load the trends: %1</source>
        <translation>Impossible de charger les tendances : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Loading %n week(s)…</source>
        <translation>
            <numerusform>Chargement de %n semaine…</numerusform>
            <numerusform>Chargement de %n semaines…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Loading %n day(s)…</source>
        <translation>
            <numerusform>Chargement de %n jour…</numerusform>
            <numerusform>Chargement de %n jours…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n semaine n&apos;a pas pu être chargée : %1</numerusform>
            <numerusform>%n semaines n&apos;ont pas pu être chargées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n jour n&apos;a pas pu être chargé : %1</numerusform>
            <numerusform>%n jours n&apos;ont pas pu être chargés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
</context>
<context>
    <name>repdesk::TrendModel</name>
    <message>
        <location filename="../app/dashboards/TrendModel.cpp" line="+148"/>
        <source>Week %1</source>
        <extracomment>A week bucket of a trend chart, by ISO week number</extracomment>
        <translation>Semaine %1</translation>
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
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to</source>
        <translation>Avec réponse</translation>
    </message>
</context>
</TS>
