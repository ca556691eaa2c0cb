<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccountFiles</name>
    <message>
        <location filename="../app/store/AccountFiles.cpp" line="+38"/>
        <source>There is no folder for Repdesk&apos;s files.</source>
        <translation>No hay ninguna carpeta para los archivos de Repdesk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some files in %1 could not be deleted.</source>
        <translation>No se pudieron eliminar algunos archivos de %1.</translation>
    </message>
</context>
<context>
    <name>AppearanceChoice</name>
    <message>
        <location filename="../ui/settings/AppearanceChoice.cpp" line="+15"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/common/ChartExport.cpp" line="+80"/>
        <source>Exported from Repdesk</source>
        <translation>Exportado desde Repdesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not draw the chart as an image.</source>
        <translation>No se pudo dibujar el gráfico como imagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not draw the chart as SVG.</source>
        <translation>No se pudo dibujar el gráfico como SVG.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>ChartSpec</name>
    <message>
        <location filename="../ui/common/ChartSpec.cpp" line="+49"/>
        <source>Line chart</source>
        <translation>Gráfico de líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bar chart</source>
        <translation>Gráfico de barras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stacked bar chart</source>
        <translation>Gráfico de barras apiladas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal bar chart</source>
        <translation>Gráfico de barras horizontales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pie chart</source>
        <translation>Gráfico circular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donut chart</source>
        <translation>Gráfico de anillo</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no data</source>
        <translation>sin datos</translation>
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
        <translation>Paneles: página siguiente / anterior (Organización, agente, Estadísticas antiguas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+R</source>
        <translation>Alt+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: choose the date range</source>
        <translation>Paneles: elegir el periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Left, Backspace, Esc</source>
        <translation>Alt+Left, Backspace, Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: back (from a stage&apos;s sales to its dashboard, from an agent to the organization)</source>
        <translation>Paneles: volver (de las ventas de una etapa a su panel, de un agente a la organización)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+B</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: the Back button</source>
        <translation>Paneles: el botón Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards: move between tiles, charts and tables</source>
        <translation>Paneles: moverse entre mosaicos, gráficos y tablas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / Right, Home / End</source>
        <translation>Left / Right, Home / End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: move along the points and read each value</source>
        <translation>En un gráfico: recorrer los puntos y leer cada valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: move between its series</source>
        <translation>En un gráfico: moverse entre sus series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart: show it as a table, and back</source>
        <translation>En un gráfico: mostrarlo como tabla, y volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Tecla Menú, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a chart or table: export as PNG, SVG or CSV, or copy</source>
        <translation>En un gráfico o una tabla: exportar como PNG, SVG o CSV, o copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in a pipeline chart or its table)</source>
        <translation>Enter (en un gráfico del pipeline o su tabla)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the sales in the highlighted stage</source>
        <translation>Abrir las ventas de la etapa resaltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, double-click (in the team leaderboard)</source>
        <translation>Enter, doble clic (en la clasificación del equipo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open that agent&apos;s dashboard</source>
        <translation>Abrir el panel de ese agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+S</source>
        <translation>Alt+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team leaderboard: choose the column it is sorted by</source>
        <translation>Clasificación del equipo: elegir la columna de ordenación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+O</source>
        <translation>Alt+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team leaderboard: switch between ascending and descending order</source>
        <translation>Clasificación del equipo: alternar entre orden ascendente y descendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+C / Alt+L</source>
        <translation>Alt+N / Alt+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent&apos;s dashboard: go to their conversations / sales</source>
        <translation>Panel de un agente: ir a sus conversaciones / ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in an agent&apos;s conversations)</source>
        <translation>Enter (en las conversaciones de un agente)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the conversation in the inbox</source>
        <translation>Abrir la conversación en la bandeja de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (in a stage&apos;s sales)</source>
        <translation>Enter (en las ventas de una etapa)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the sale&apos;s products, totals and status history</source>
        <translation>Mostrar los productos, los totales y el historial de estados de la venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (on a failed row or tile&apos;s Retry)</source>
        <translation>Enter (en una fila fallida o en Reintentar de un mosaico)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask for that figure again</source>
        <translation>Volver a pedir esa cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+U</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legacy analytics: choose the solution</source>
        <translation>Estadísticas antiguas: elegir la solución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a table: copy the selected cells</source>
        <translation>En una tabla: copiar las celdas seleccionadas</translation>
    </message>
</context>
<context>
    <name>DraftCheck</name>
    <message>
        <location filename="../app/review/DraftCheck.cpp" line="+103"/>
        <source>This draft was changed on the server; the new version is shown.</source>
        <translation>Este borrador se modificó en el servidor; se muestra la nueva versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is already being sent from elsewhere.</source>
        <translation>Este borrador ya se está enviando desde otro lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft was already sent; it has left the queue.</source>
        <translation>Este borrador ya se envió; ha salido de la cola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft is no longer on the server; it has left the queue.</source>
        <translation>Este borrador ya no está en el servidor; ha salido de la cola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
</context>
<context>
    <name>DraftDiscard</name>
    <message>
        <location filename="../app/reply/DraftDiscard.cpp" line="+16"/>
        <source>Could not discard the draft.</source>
        <translation>No se pudo descartar el borrador.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reply is being sent right now and can&apos;t be discarded.</source>
        <translation>La respuesta se está enviando ahora mismo y no se puede descartar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
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
        <translation>No se pudo guardar el borrador. Su texto se conserva.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This conversation no longer exists. Your text is kept.</source>
        <translation>Esta conversación ya no existe. Su texto se conserva.</translation>
    </message>
</context>
<context>
    <name>EditorContextMenu</name>
    <message>
        <location filename="../ui/web/EditorContextMenu.cpp" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../ui/web/EditorLabels.cpp" line="+17"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear formatting</source>
        <translation>Borrar formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
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
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a web, email or phone address (https:, mailto:, tel:).</source>
        <translation>Introduzca una dirección web, de correo o de teléfono (https:, mailto:, tel:).</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <location filename="../ui/common/ExportFileDialog.cpp" line="+30"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <location filename="../app/models/FolderListModel.cpp" line="+100"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>To review, %n draft(s) waiting</source>
        <translation>
            <numerusform>Por revisar, %n borrador en espera</numerusform>
            <numerusform>Por revisar, %n borradores en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n conversation(s), %2 unread</source>
        <translation>
            <numerusform>%1, %n conversación, %2 sin leer</numerusform>
            <numerusform>%1, %n conversaciones, %2 sin leer</numerusform>
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
        <translation>Ir a la conversación anterior / siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, O</source>
        <translation>Enter, O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected conversation</source>
        <translation>Abrir la conversación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to the selected conversation</source>
        <translation>Responder a la conversación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search conversations by contact name or email</source>
        <translation>Buscar conversaciones por nombre o correo del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc (in search)</source>
        <translation>Esc (en la búsqueda)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search and return to the list</source>
        <translation>Borrar la búsqueda y volver a la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server filters: status, assignee, tag, words and order (Fernand)</source>
        <translation>Filtros del servidor: estado, asignación, etiqueta, palabras y orden (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In a table: sort by the column of the current cell; again: reverse the order</source>
        <translation>En una tabla: ordenar por la columna de la celda actual; otra vez: invertir el orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+1 … 9</source>
        <translation>Ctrl+Shift+1 … 9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to folder 1 … 9 (All, Unread, Inbox, …)</source>
        <translation>Ir a la carpeta 1 … 9 (Todas, No leídas, Inbox, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch organization</source>
        <translation>Cambiar de organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+A</source>
        <translation>Alt+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account menu: switch, add, sign in again, sign out or remove an account</source>
        <translation>Menú Cuenta: cambiar, añadir, volver a iniciar sesión, cerrar sesión o quitar una cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+H, C</source>
        <translation>Alt+U, D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help &gt; Copy diagnostics: versions, settings without secrets, recent errors, for support</source>
        <translation>Ayuda &gt; Copiar el diagnóstico: versiones, configuración sin secretos, errores recientes, para el soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
</context>
<context>
    <name>KeyboardSort</name>
    <message>
        <location filename="../ui/common/KeyboardSort.cpp" line="+17"/>
        <source>Sort by this column</source>
        <translation>Ordenar por esta columna</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../ui/settings/LanguageChoice.cpp" line="+23"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/account/LaunchOptions.cpp" line="+16"/>
        <source>Repdesk: a native desktop inbox for HyperRep sales teams.</source>
        <translation>Repdesk: una bandeja de entrada de escritorio nativa para equipos de ventas de HyperRep.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start a built-in sandbox server with demo data; no account needed.</source>
        <translation>Iniciar un servidor de pruebas integrado con datos de demostración; no se necesita cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HyperRep server URL (default %1).</source>
        <translation>URL del servidor de HyperRep (predeterminada: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization id to open first.</source>
        <translation>ID de la organización que se abre primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service: hyperrep (default) or fernand (key from FERNAND_API_KEY).</source>
        <translation>El servicio: hyperrep (predeterminado) o fernand (clave de FERNAND_API_KEY).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown provider: %1 (use hyperrep or fernand)</source>
        <translation>Proveedor desconocido: %1 (use hyperrep o fernand)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invalid server URL: %1</source>
        <translation>URL de servidor no válida: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusing %1: use https (plain http is only allowed on loopback).</source>
        <translation>Se rechaza %1: use https (http sin cifrar solo se permite en la interfaz de bucle local).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
</context>
<context>
    <name>PagedListModel</name>
    <message>
        <location filename="../app/models/PagedListModel.cpp" line="+53"/>
        <source>Loading more…</source>
        <translation>Cargando más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load more. %1 Press Enter to retry.</source>
        <translation>No se pudieron cargar más. %1 Pulse Intro para reintentar.</translation>
    </message>
</context>
<context>
    <name>PlainReplyEditor</name>
    <message>
        <location filename="../ui/compose/PlainReplyEditor.cpp" line="+77"/>
        <source>Message body</source>
        <translation>Cuerpo del mensaje</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../ui/LinkOpener.cpp" line="+22"/>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link opens outside Repdesk:

%1</source>
        <translation>Este enlace se abre fuera de Repdesk:

%1</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../ui/inbox/contact/RecordFields.cpp" line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy name</source>
        <translation>Copiar el nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>Copiar el correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy phone number</source>
        <translation>Copiar el número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy role</source>
        <translation>Copiar el cargo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy company name</source>
        <translation>Copiar el nombre de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy domain</source>
        <translation>Copiar el dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copy company %1</source>
        <translation>Copiar la empresa %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../app/models/RelativeTime.cpp" line="+16"/>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>ayer</translation>
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
        <translation>Revisión: borrador anterior / siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: approve and send the draft as shown, then show the next</source>
        <translation>Revisión: aprobar y enviar el borrador tal como se muestra y mostrar el siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, E</source>
        <translation>Enter, E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: edit the draft in place</source>
        <translation>Revisión: editar el borrador directamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: back to the queue (from the editor or a field); in the queue, hide the changes</source>
        <translation>Revisión: volver a la cola (desde el editor o un campo); en la cola, ocultar los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: save the draft on the server without sending it</source>
        <translation>Revisión: guardar el borrador en el servidor sin enviarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: discard the draft, then show the next (in the editor it deletes a word: Esc first)</source>
        <translation>Revisión: descartar el borrador y mostrar el siguiente (en el editor borra una palabra: primero Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z, U</source>
        <translation>Ctrl+Z, U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: undo the last approve or discard while its bar shows (nothing is sent)</source>
        <translation>Revisión: deshacer la última aprobación o descarte mientras se ve su barra (no se envía nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: skip the draft for now (it moves to the end of the queue)</source>
        <translation>Revisión: omitir el borrador por ahora (pasa al final de la cola)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D, Alt+G</source>
        <translation>D, Alt+B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: show or hide the changes against HyperRep&apos;s proposal</source>
        <translation>Revisión: mostrar u ocultar los cambios respecto a la propuesta de HyperRep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review: look for new drafts now</source>
        <translation>Revisión: buscar borradores nuevos ahora</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message numerus="yes">
        <location filename="../ui/SyncStatusText.cpp" line="+12"/>
        <source>Offline — %n cached conversation(s)</source>
        <translation>
            <numerusform>Sin conexión: %n conversación en caché</numerusform>
            <numerusform>Sin conexión: %n conversaciones en caché</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asked Repdesk to slow down; retrying shortly</source>
        <translation>El servidor pidió a Repdesk que redujera el ritmo; se reintentará en breve</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversation(s) · up to date as of %1</source>
        <translation>
            <numerusform>%n conversación · actualizada a las %1</numerusform>
            <numerusform>%n conversaciones · actualizadas a las %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadContextMenu</name>
    <message>
        <location filename="../ui/web/ThreadContextMenu.cpp" line="+20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
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
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Form fields</source>
        <translation>Campos del formulario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaign (UTM)</source>
        <translation>Campaña (UTM)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tracked links</source>
        <translation>Enlaces con seguimiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not clicked yet</source>
        <translation>aún sin clics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clicked once</source>
        <translation>un clic</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>clicked %n times</source>
        <translation>
            <numerusform>%n clic</numerusform>
            <numerusform>%n clics</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no content)</source>
        <translation>(sin contenido)</translation>
    </message>
    <message>
        <location filename="../app/thread/ArticleWriter.cpp" line="+23"/>
        <location line="+1"/>
        <source>Form submission</source>
        <translation>Envío de formulario</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo</translation>
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
        <translation>Chat en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live chat message</source>
        <translation>Mensaje de chat en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 received from %2, %3</source>
        <translation>%1 recibido de %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent by %2, %3</source>
        <translation>%1 enviado por %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent, %2</source>
        <translation>%1 enviado, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drafted</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../app/thread/ThreadHtmlBuilder.cpp" line="+16"/>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No messages in this conversation yet.</source>
        <translation>Aún no hay mensajes en esta conversación.</translation>
    </message>
    <message>
        <location filename="../app/thread/ThreadTextFormat.cpp" line="+10"/>
        <source>unknown</source>
        <comment>call duration</comment>
        <translation>desconocida</translation>
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
        <translation>fecha desconocida</translation>
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
        <translation>Contacto desconocido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
</context>
<context>
    <name>WebReplyEditor</name>
    <message>
        <location filename="../ui/web/WebReplyEditor.cpp" line="+39"/>
        <source>Reply editor</source>
        <translation>Editor de respuesta</translation>
    </message>
</context>
<context>
    <name>WebThreadDisplay</name>
    <message>
        <location filename="../ui/web/WebThreadDisplay.cpp" line="+24"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
</context>
<context>
    <name>WebViewsLoader</name>
    <message>
        <location filename="../ui/WebViewsLoader.cpp" line="+101"/>
        <source>Repdesk is running as root, where the Chromium engine behind the message view refuses to start with its sandbox. Showing the plain view instead. Run Repdesk as a normal user, or set QTWEBENGINE_DISABLE_SANDBOX=1 if you accept the risk.</source>
        <translation>Repdesk se ejecuta como root, y ahí el motor Chromium de la vista de mensajes se niega a iniciarse con su sandbox. Se muestra la vista simple en su lugar. Ejecute Repdesk como usuario normal, o defina QTWEBENGINE_DISABLE_SANDBOX=1 si acepta el riesgo.</translation>
    </message>
</context>
<context>
    <name>repdesk</name>
    <message>
        <location filename="../app/store/TemplateStore.cpp" line="+37"/>
        <source>Thanks for reaching out</source>
        <translation>Gracias por escribirnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;Thanks for reaching out! I&apos;m looking into this now and will get back to you shortly.&lt;/p&gt;&lt;p&gt;Best,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hola, {contact.first_name}:&lt;/p&gt;&lt;p&gt;¡Gracias por escribirnos! Ya lo estoy revisando y le responderé en breve.&lt;/p&gt;&lt;p&gt;Un saludo,&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote follow-up</source>
        <translation>Seguimiento del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;I wanted to follow up on the quote I sent for {company.name}. Do you have any questions, or is there anything you would like me to adjust?&lt;/p&gt;&lt;p&gt;Best regards,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hola, {contact.first_name}:&lt;/p&gt;&lt;p&gt;Quería hacer un seguimiento del presupuesto que envié para {company.name}. ¿Tiene alguna pregunta o hay algo que quiera que ajuste?&lt;/p&gt;&lt;p&gt;Saludos cordiales,&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book a call</source>
        <translation>Concertar una llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;&lt;p&gt;Would you have 20 minutes this week for a quick call? Let me know a time that suits you and I&apos;ll send an invite.&lt;/p&gt;&lt;p&gt;Thanks,&lt;br&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hola, {contact.first_name}:&lt;/p&gt;&lt;p&gt;¿Tendría 20 minutos esta semana para una llamada breve? Indíqueme una hora que le venga bien y le enviaré una invitación.&lt;/p&gt;&lt;p&gt;Gracias,&lt;br&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>repdesk::AccountMenu</name>
    <message>
        <location filename="../ui/account/AccountMenu.cpp" line="+14"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (this session only)</source>
        <translation>%1 (solo esta sesión)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add account…</source>
        <translation>Añadir &amp;cuenta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in &amp;again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove account</source>
        <translation>&amp;Quitar cuenta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1 from Repdesk?</source>
        <translation>¿Quitar %1 de Repdesk?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is deleted from the keyring and its local copy of conversations is deleted from this computer. Nothing changes on the server.</source>
        <translation>Su clave se borra del llavero y su copia local de las conversaciones se elimina de este equipo. En el servidor no cambia nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n reply or message draft(s) that never reached the server will be lost.</source>
        <translation>
            <numerusform>Se perderá %n borrador de respuesta o de mensaje que nunca llegó al servidor.</numerusform>
            <numerusform>Se perderán %n borradores de respuesta o de mensaje que nunca llegaron al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>Contacto desconocido</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentConversationRows</name>
    <message>
        <location filename="../ui/dashboards/AgentConversationRows.cpp" line="+74"/>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Contacto desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>Copiar el correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;dashboard</source>
        <translation>Abrir el &amp;panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agent shown</source>
        <translation>Ningún agente seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose an agent in the roster.</source>
        <translation>Elija un agente de la lista del equipo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shows this agent&apos;s figures in the dashboards (Ctrl+2)</source>
        <translation>Muestra las cifras de este agente en los paneles (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s conversations</source>
        <translation>Las conversaciones del agente</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the dashboard of %1</source>
        <translation>Abrir el panel de %1</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDraftDialog</name>
    <message>
        <location filename="../ui/inbox/AgentDraftDialog.cpp" line="+32"/>
        <location line="+125"/>
        <source>Create draft</source>
        <translation>Crear borrador</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+1"/>
        <source>New draft for a colleague</source>
        <translation>Nuevo borrador para un compañero</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The colleague the draft is for, or everyone</source>
        <translation>El compañero al que va dirigido el borrador, o todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;or:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Draft:</source>
        <translation>&amp;Borrador:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft text</source>
        <translation>Texto del borrador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading agents…</source>
        <translation>Cargando agentes…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose who the draft is from.</source>
        <translation>Elija de quién es el borrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the draft first.</source>
        <translation>Escriba primero el borrador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another draft is on its way; try again in a moment.</source>
        <translation>Otro borrador está en camino; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create anyway</source>
        <translation>Crear de todos modos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentDrafts</name>
    <message>
        <location filename="../app/session/AgentDrafts.cpp" line="+59"/>
        <source>The connection failed before the server answered, so the draft may or may not have been created. The server has no list of drafts to check: look in the conversation before creating it again.</source>
        <translation>La conexión falló antes de que respondiera el servidor, así que el borrador puede o no haberse creado. El servidor no tiene una lista de borradores que consultar: revise la conversación antes de crearlo de nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft was created, but the server&apos;s answer could not be read, so it cannot be deleted from here.</source>
        <translation>El borrador se creó, pero la respuesta del servidor no se pudo leer, así que no se puede eliminar desde aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The draft was not created.</source>
        <translation>El borrador no se creó.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The draft was not deleted.</source>
        <translation>El borrador no se eliminó.</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentListModel</name>
    <message>
        <location filename="../app/directory/AgentListModel.cpp" line="+38"/>
        <source>Unnamed agent</source>
        <translation>Agente sin nombre</translation>
    </message>
</context>
<context>
    <name>repdesk::AgentPage</name>
    <message>
        <location filename="../ui/dashboards/AgentPage.cpp" line="+51"/>
        <source>&amp;Conversations</source>
        <translation>Co&amp;nversaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;les</source>
        <translation>V&amp;entas</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: dashboard</source>
        <extracomment>The agent page&apos;s heading; %1 = the agent&apos;s name</extracomment>
        <translation>%1: panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard of %1</source>
        <translation>Panel de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations of %1</source>
        <translation>Conversaciones de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter opens the conversation in the inbox.</source>
        <translation>Intro abre la conversación en la bandeja de entrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales of %1</source>
        <translation>Ventas de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter shows the sale beside the other sales of its stage.</source>
        <translation>Intro muestra la venta junto a las demás ventas de su etapa.</translation>
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
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no stage</source>
        <translation>sin etapa</translation>
    </message>
</context>
<context>
    <name>repdesk::AnalyticsFetcher</name>
    <message>
        <location filename="../app/dashboards/AnalyticsFetcher.cpp" line="+67"/>
        <source>Analytics need both a start and an end date.</source>
        <translation>Las estadísticas necesitan una fecha de inicio y una de fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of the range is after its end.</source>
        <translation>El inicio del periodo es posterior a su fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of the range is in the future.</source>
        <translation>El fin del periodo está en el futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics are not available for this account.</source>
        <translation>Las estadísticas no están disponibles para esta cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agent or solution was given.</source>
        <translation>No se indicó ningún agente ni ninguna solución.</translation>
    </message>
</context>
<context>
    <name>repdesk::AnalyticsRange</name>
    <message>
        <location filename="../app/dashboards/AnalyticsRange.cpp" line="+52"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+6"/>
        <location line="+31"/>
        <source>Choose the first and last day of the range.</source>
        <translation>Elija el primer y el último día del periodo.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The first day of the range is after its last day.</source>
        <translation>El primer día del periodo es posterior al último.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The range starts in the future.</source>
        <translation>El periodo empieza en el futuro.</translation>
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
        <translation>La conexión se cerró antes de que llegara la respuesta completa.</translation>
    </message>
</context>
<context>
    <name>repdesk::ApiError</name>
    <message>
        <location filename="../app/api/ApiError.cpp" line="+153"/>
        <source>Could not reach the server.</source>
        <translation>No se pudo conectar con el servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server took too long to answer.</source>
        <translation>El servidor tardó demasiado en responder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the API key.</source>
        <translation>El servidor rechazó la clave de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests; try again in %1 s.</source>
        <translation>Demasiadas solicitudes; vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many requests; try again shortly.</source>
        <translation>Demasiadas solicitudes; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server sent data Repdesk could not read.</source>
        <translation>El servidor envió datos que Repdesk no pudo leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing to send the API key over unencrypted http.</source>
        <translation>No se enviará la clave de API por HTTP sin cifrar.</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditChangeText</name>
    <message>
        <location filename="../app/auditlog/AuditChangeText.cpp" line="+33"/>
        <source>(unnamed field)</source>
        <translation>(campo sin nombre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: set to %2</source>
        <extracomment>An audit log change with no old value: &quot;status: set to Accepted&quot;</extracomment>
        <translation>%1: establecido en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 removed</source>
        <extracomment>An audit log change with no new value: &quot;notes: Call back removed&quot;</extracomment>
        <translation>%1: %2 eliminado</translation>
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
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message draft</source>
        <translation>Borrador de mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response draft</source>
        <translation>Borrador de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown record</source>
        <translation>Registro desconocido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action</source>
        <translation>Acción desconocida</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogFilter</name>
    <message>
        <location filename="../app/auditlog/AuditLogFilter.cpp" line="+8"/>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la de fin.</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogFilterBar</name>
    <message>
        <location filename="../ui/auditlog/AuditLogFilterBar.cpp" line="+34"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Through</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through date, inclusive</source>
        <translation>Fecha de fin, incluida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message drafts</source>
        <translation>Borradores de mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response drafts</source>
        <translation>Borradores de respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to changes from a date</source>
        <translation>Limitar a los cambios desde una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit to changes through a date</source>
        <translation>Limitar a los cambios hasta una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply filters</source>
        <translation>Aplicar filtros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;gent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogListModel</name>
    <message>
        <location filename="../app/auditlog/AuditLogListModel.cpp" line="+50"/>
        <source>No agent</source>
        <extracomment>Who made an audit log change that no agent made (HyperRep itself, an import, ...)</extracomment>
        <translation>Ningún agente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown time</source>
        <translation>Hora desconocida</translation>
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
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+63"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+128"/>
        <source>Choose a change to see it in full.</source>
        <translation>Elija un cambio para verlo completo.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 %2 — %3, %4</source>
        <extracomment>The audit log detail&apos;s title: &quot;Changed Sale — Maya Chen, 21/05/2026 17:42&quot;</extracomment>
        <translation>%1: %2 — %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unnamed field)</source>
        <translation>(campo sin nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:
  from: %2
  to:   %3</source>
        <extracomment>One change in the audit log detail: the field, then its old and new values on their own lines</extracomment>
        <translation>%1:
  de:    %2
  a:     %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No field changes were recorded.</source>
        <translation>No se registraron cambios de campos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open conversation in the inbox</source>
        <translation>&amp;Abrir la conversación en la bandeja de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conversation in the inbox</source>
        <translation>Abrir la conversación en la bandeja de entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show sale</source>
        <translation>&amp;Mostrar la venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show sale</source>
        <translation>Mostrar la venta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open message drafts</source>
        <translation>Abrir &amp;borradores de mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the organization&apos;s message drafts</source>
        <translation>Abrir los borradores de mensajes de la organización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log does not say which conversation this reply draft belongs to, so Repdesk cannot open it from here.</source>
        <translation>El registro de auditoría no indica a qué conversación pertenece este borrador de respuesta, así que Repdesk no puede abrirlo desde aquí.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This sale is not among the organization&apos;s sales Repdesk has loaded.</source>
        <translation>Esta venta no está entre las ventas de la organización que Repdesk ha cargado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization is open</source>
        <translation>No hay ninguna organización abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see who changed what.</source>
        <translation>Inicie sesión para ver quién cambió qué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No audit log</source>
        <translation>No hay registro de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This account&apos;s provider does not keep an audit log.</source>
        <translation>El proveedor de esta cuenta no lleva un registro de auditoría.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the audit log…</source>
        <translation>Cargando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading more…</source>
        <translation>Cargando más…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the audit log: %1</source>
        <translation>No se pudo cargar el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) loaded</source>
        <translation>
            <numerusform>%n cambio cargado</numerusform>
            <numerusform>%n cambios cargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n change(s)</source>
        <translation>
            <numerusform>%n cambio en total</numerusform>
            <numerusform>Los %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n cambio cargado; desplácese hacia abajo para ver más</numerusform>
            <numerusform>%n cambios cargados; desplácese hacia abajo para ver más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No changes match these filters</source>
        <translation>Ningún cambio coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Widen the dates or choose all agents.</source>
        <translation>Amplíe las fechas o elija todos los agentes.</translation>
    </message>
</context>
<context>
    <name>repdesk::Cache</name>
    <message>
        <location filename="../app/store/Cache.cpp" line="+82"/>
        <source>No organization was given to cache.</source>
        <translation>No se indicó ninguna organización para la caché.</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>Some cached files in %1 could not be deleted.</source>
        <translation>No se pudieron eliminar algunos archivos en caché de %1.</translation>
    </message>
</context>
<context>
    <name>repdesk::ChartPanel</name>
    <message>
        <location filename="../ui/common/ChartPanel.cpp" line="+56"/>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+1"/>
        <source>Chart actions</source>
        <translation>Acciones del gráfico</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, table</source>
        <extracomment>The accessible name of the table behind &quot;Show as table&quot;; %1 = the chart&apos;s title</extracomment>
        <translation>%1, tabla</translation>
    </message>
    <message numerus="yes">
        <location line="+162"/>
        <source>%1, %n series, %2 rows. Arrow keys read the values; Ctrl+T shows a table.</source>
        <extracomment>%1 = &quot;Bar chart&quot; etc., %2 = number of rows. Read by screen readers when the chart gets focus.</extracomment>
        <translation>
            <numerusform>%1, %n serie, %2 filas. Las flechas leen los valores; Ctrl+T muestra una tabla.</numerusform>
            <numerusform>%1, %n series, %2 filas. Las flechas leen los valores; Ctrl+T muestra una tabla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ChartPanelPages</name>
    <message>
        <location filename="../ui/common/ChartPanelPages.cpp" line="+52"/>
        <source>No data for this range</source>
        <translation>No hay datos para este periodo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shown as a table</source>
        <translation>Mostrado como tabla</translation>
    </message>
</context>
<context>
    <name>repdesk::ChartSkeleton</name>
    <message>
        <location filename="../ui/common/ChartSkeleton.cpp" line="+12"/>
        <source>Loading chart</source>
        <translation>Cargando el gráfico</translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyCreateDialog</name>
    <message>
        <location filename="../ui/directory/CompanyCreateDialog.cpp" line="+29"/>
        <location line="+116"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+1"/>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>example.com</source>
        <translation>ejemplo.es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Written in lower case, without https:// or a path</source>
        <translation>Opcional. En minúsculas, sin https:// ni ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owning agent</source>
        <translation>Agente responsable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create company</source>
        <translation>Crear empresa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyDetailPane</name>
    <message>
        <location filename="../ui/directory/CompanyDetailPane.cpp" line="+33"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy domain</source>
        <translation>Copiar el dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy creation date</source>
        <translation>Copiar la fecha de creación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company sales</source>
        <translation>Ventas de la empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company shown</source>
        <translation>Ninguna empresa seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a company in the list, or create one with Ctrl+Shift+N.</source>
        <translation>Elija una empresa de la lista o cree una con Ctrl+Mayús+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company&apos;s contacts</source>
        <translation>Los contactos de la empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s sales</source>
        <translation>Las ventas de la empresa</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Company not available</source>
        <translation>Empresa no disponible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This company does not exist (any more).</source>
        <translation>Esta empresa no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this company. %1</source>
        <translation>No se pudo cargar esta empresa. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company %1</source>
        <translation>Empresa %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Owner: none</source>
        <translation>Responsable: ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent owns this company</source>
        <translation>Ningún agente es responsable de esta empresa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner: loading…</source>
        <translation>Responsable: cargando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the owning agent (the name is loading)</source>
        <translation>Abrir el agente responsable (cargando el nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the owning agent %1</source>
        <translation>Abrir el agente responsable %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts: none known on this computer</source>
        <translation>Contactos: ninguno conocido en este equipo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) known on this computer</source>
        <translation>
            <numerusform>%n contacto conocido en este equipo</numerusform>
            <numerusform>%n contactos conocidos en este equipo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales: loading…</source>
        <translation>Ventas: cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>%n venta por ahora; cargando…</numerusform>
            <numerusform>%n ventas por ahora; cargando…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales could not be loaded (%1). F5 tries again.</source>
        <translation>No se pudieron cargar las ventas (%1). F5 vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales: none</source>
        <translation>Ventas: ninguna</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyListModel</name>
    <message>
        <location filename="../app/directory/CompanyListModel.cpp" line="+43"/>
        <source>Unnamed company</source>
        <translation>Empresa sin nombre</translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeActions</name>
    <message>
        <location filename="../ui/ComposeActions.cpp" line="+68"/>
        <source>Message drafts — Repdesk</source>
        <translation>Borradores de mensajes — Repdesk</translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeForm</name>
    <message>
        <location filename="../ui/compose/ComposeForm.cpp" line="+35"/>
        <source>E&amp;mail</source>
        <translation>Co&amp;rreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt message</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient name</source>
        <translation>Nombre del destinatario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Diana Prince</source>
        <translation>p. ej., Diana Prince</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient email address</source>
        <translation>Correo del destinatario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. diana@example.com</source>
        <translation>p. ej., diana@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient phone number</source>
        <translation>Teléfono del destinatario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. +1 513 867 5309</source>
        <translation>p. ej., +34 912 345 678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc addresses</source>
        <translation>Direcciones en CC</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Separate addresses with commas</source>
        <translation>Separe las direcciones con comas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bcc addresses</source>
        <translation>Direcciones en CCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;automatically</source>
        <translation>Enviar &amp;automáticamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otify me</source>
        <translation>&amp;Notificarme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send as email</source>
        <translation>Enviar como correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send as text message</source>
        <translation>Enviar como SMS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new name to create a folder; the server turns it into a lowercase slug.</source>
        <translation>Escriba un nombre nuevo para crear una carpeta; el servidor lo convierte en un identificador en minúsculas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the message in Drafts to review and send later.</source>
        <translation>Mantener el mensaje en Borradores para revisarlo y enviarlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send automatically</source>
        <translation>Enviar automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HyperRep sends the message as soon as it is saved.</source>
        <translation>HyperRep envía el mensaje en cuanto se guarda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notify me about this draft</source>
        <translation>Notificarme sobre este borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a HyperRep notification for this draft. Not available when sending automatically.</source>
        <translation>Recibir una notificación de HyperRep sobre este borrador. No disponible con el envío automático.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;hannel:</source>
        <translation>Cana&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;name:</source>
        <translation>Nombre del &amp;destinatario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;email:</source>
        <translation>Correo del d&amp;estinatario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To &amp;phone:</source>
        <translation>&amp;Teléfono del destinatario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>CC&amp;O:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When saved:</source>
        <translation>Al &amp;guardar:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Enter the recipient&apos;s email address: an email needs one.</source>
        <translation>Introduzca el correo del destinatario: un correo electrónico lo necesita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid email address. Use the form name@example.com.</source>
        <translation>«%1» no es una dirección de correo válida. Use el formato nombre@example.com.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the recipient&apos;s phone number: a text message needs one.</source>
        <translation>Introduzca el teléfono del destinatario: un SMS lo necesita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid phone number. Use 7 to 15 digits, optionally starting with +.</source>
        <translation>«%1» no es un número de teléfono válido. Use de 7 a 15 dígitos, opcionalmente precedidos de +.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Not a valid email address: %1. Separate addresses with commas or semicolons.</source>
        <translation>
            <numerusform>Dirección de correo no válida: %1. Separe las direcciones con comas o punto y coma.</numerusform>
            <numerusform>Direcciones de correo no válidas: %1. Separe las direcciones con comas o punto y coma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeWindow</name>
    <message>
        <location filename="../ui/compose/ComposeWindow.cpp" line="+44"/>
        <source>&amp;Template…</source>
        <translation>&amp;Plantilla…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disca&amp;rd</source>
        <translation>Desca&amp;rtar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write your message…</source>
        <translation>Escriba su mensaje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message body</source>
        <translation>Cuerpo del mensaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Insert a template</source>
        <translation>Insertar una plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a saved reply at the cursor (Ctrl+Shift+T)</source>
        <translation>Insertar una respuesta guardada en el cursor (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard this message</source>
        <translation>Descartar este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and throw away what you wrote (Esc closes and asks first)</source>
        <translation>Cerrar y desechar lo escrito (Esc cierra preguntando antes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messa&amp;ge:</source>
        <translation>Mensa&amp;je:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Edit draft</source>
        <translation>Editar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit draft: %1</source>
        <translation>Editar borrador: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving creates a new draft and deletes the old one, because drafts can&apos;t be edited in place.</source>
        <translation>Al guardar se crea un borrador nuevo y se elimina el anterior, porque los borradores no se pueden editar directamente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restored a message you had not saved.</source>
        <translation>Se ha restaurado un mensaje que no había guardado.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the draft</source>
        <translation>Guardar el borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HyperRep sends it right away (Ctrl+Enter)</source>
        <translation>HyperRep lo envía de inmediato (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as a draft (Ctrl+S)</source>
        <translation>Guardar como borrador (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Write the text message first.</source>
        <translation>Escriba primero el SMS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a subject or a message first.</source>
        <translation>Escriba primero un asunto o un mensaje.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The new draft was saved, but the old draft could not be deleted: %1 Both drafts now exist; delete the old one from the Drafts list.</source>
        <translation>El borrador nuevo se guardó, pero el anterior no se pudo eliminar: %1 Ahora existen los dos; elimine el anterior en la lista de borradores.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved message</source>
        <translation>Mensaje sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this message as a draft before closing?</source>
        <translation>¿Guardar este mensaje como borrador antes de cerrar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you discard it, what you wrote is lost.</source>
        <translation>Si lo descarta, se perderá lo que escribió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Keep writing</source>
        <translation>Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactConversationListModel</name>
    <message>
        <location filename="../app/directory/ContactConversationListModel.cpp" line="+50"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no folder</source>
        <translation>sin carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 — unread</source>
        <extracomment>A contact&apos;s conversation in a list: when it was last active, its folder, and whether it is unread</extracomment>
        <translation>%1 — %2 — sin leer</translation>
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
        <translation>Crear</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A contact needs at least a name, an email address or a phone number.</source>
        <translation>Un contacto necesita al menos un nombre, un correo o un teléfono.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role at the company:</source>
        <translation>Car&amp;go en la empresa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role at the company</source>
        <translation>Cargo en la empresa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create contact</source>
        <translation>Crear contacto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No company</source>
        <translation>Sin empresa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The conversation&apos;s company</source>
        <translation>La empresa de la conversación</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactDetailPane</name>
    <message>
        <location filename="../ui/directory/ContactDetailPane.cpp" line="+29"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy email</source>
        <translation>Copiar el correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy phone number</source>
        <translation>Copiar el número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role at the company</source>
        <translation>Cargo en la empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy role</source>
        <translation>Copiar el cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy creation date</source>
        <translation>Copiar la fecha de creación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact sales</source>
        <translation>Ventas del contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact shown</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a contact in the list, or create one with Ctrl+N.</source>
        <translation>Elija un contacto de la lista o cree uno con Ctrl+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contact&apos;s conversations</source>
        <translation>Las conversaciones del contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact&apos;s sales</source>
        <translation>Las ventas del contacto</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contact not available</source>
        <translation>Contacto no disponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This contact does not exist (any more).</source>
        <translation>Este contacto no existe (o ya no existe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this contact. %1</source>
        <translation>No se pudo cargar este contacto. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact %1</source>
        <translation>Contacto %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Company: loading…</source>
        <translation>Empresa: cargando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company: %1</source>
        <translation>Empresa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the company (its name is loading)</source>
        <translation>Abrir la empresa (cargando el nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the company %1</source>
        <translation>Abrir la empresa %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales: loading…</source>
        <translation>Ventas: cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>%n venta por ahora; cargando…</numerusform>
            <numerusform>%n ventas por ahora; cargando…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales could not be loaded (%1). F5 tries again.</source>
        <translation>No se pudieron cargar las ventas (%1). F5 vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales: none</source>
        <translation>Ventas: ninguna</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venta</numerusform>
            <numerusform>%n ventas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ContactDetails</name>
    <message>
        <location filename="../app/models/ContactDetails.cpp" line="+90"/>
        <source>No contact for this conversation</source>
        <translation>No hay contacto para esta conversación</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <source>No company</source>
        <translation>Sin empresa</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+121"/>
        <source>No other conversations</source>
        <translation>No hay otras conversaciones</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+66"/>
        <source>Not connected to an account.</source>
        <translation>No hay conexión con ninguna cuenta.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still indexing this organization&apos;s sales: more may appear.</source>
        <translation>Todavía se están indexando las ventas de esta organización: pueden aparecer más.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sales of this organization could not be looked up yet.</source>
        <translation>Aún no se pudieron consultar las ventas de esta organización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales linked to this conversation</source>
        <translation>No hay ventas vinculadas a esta conversación</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactListModel</name>
    <message>
        <location filename="../app/directory/ContactListModel.cpp" line="+45"/>
        <source>Unnamed contact</source>
        <translation>Contacto sin nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown company</source>
        <translation>Empresa desconocida</translation>
    </message>
</context>
<context>
    <name>repdesk::ContactPanel</name>
    <message>
        <location filename="../ui/inbox/ContactPanel.cpp" line="+30"/>
        <source>Select a conversation</source>
        <translation>Seleccione una conversación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details about the contact appear here.</source>
        <translation>Aquí aparecen los datos del contacto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact details</source>
        <translation>Datos del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the arrow keys to scroll</source>
        <translation>Use las flechas para desplazarse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other conversations</source>
        <translation>Otras conversaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Create &amp;contact…</source>
        <translation>Crear &amp;contacto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open in director&amp;y</source>
        <translation>Abrir en el director&amp;io</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this contact in the directory</source>
        <translation>Abrir este contacto en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a contact for this conversation</source>
        <translation>Crear un contacto para esta conversación</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationDelegate</name>
    <message>
        <location filename="../ui/inbox/ConversationDelegate.cpp" line="+19"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chat</source>
        <translation>Chat en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Loading more conversations…</source>
        <translation>Cargando más conversaciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load more — press Enter or click to retry</source>
        <translation>No se pudieron cargar más: pulse Intro o haga clic para reintentar</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationLinkList</name>
    <message>
        <location filename="../ui/inbox/contact/ConversationLinkList.cpp" line="+24"/>
        <source>Other conversations</source>
        <translation>Otras conversaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to open the selected conversation</source>
        <translation>Pulse Intro para abrir la conversación seleccionada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
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
        <translation>Iniciada %1
Última actividad %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, last activity %2, unread</source>
        <translation>%1, última actividad %2, sin leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, last activity %2</source>
        <translation>%1, última actividad %2</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationListModel</name>
    <message>
        <location filename="../app/models/ConversationListModel.cpp" line="+400"/>
        <source>Loading contact…</source>
        <translation>Cargando contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Contacto desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder %1</source>
        <translation>carpeta %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationListView</name>
    <message>
        <location filename="../ui/inbox/ConversationListView.cpp" line="+22"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No conversations in this folder</source>
        <translation>No hay conversaciones en esta carpeta</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationQueryBar</name>
    <message>
        <location filename="../ui/inbox/ConversationQueryBar.cpp" line="+35"/>
        <source>Server filters</source>
        <translation>Filtros del servidor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta&amp;tus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee filter</source>
        <translation>Filtro de asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose yourself to see the conversations assigned to you</source>
        <translation>Elíjase a sí mismo para ver las conversaciones asignadas a usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gned:</source>
        <translation>Asi&amp;gnada a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words filter</source>
        <translation>Filtro de palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, then Enter</source>
        <translation>Palabras y luego Intro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Words:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest activity</source>
        <translation>Actividad más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting longest</source>
        <translation>Esperando desde hace más tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rder:</source>
        <translation>O&amp;rden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody (unassigned)</source>
        <translation>Nadie (sin asignar)</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationWorkflow</name>
    <message>
        <location filename="../app/session/ConversationWorkflow.cpp" line="+45"/>
        <source>Conversation closed.</source>
        <translation>Conversación cerrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation marked as spam.</source>
        <translation>Conversación marcada como spam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation reopened.</source>
        <translation>Conversación reabierta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Conversation snoozed until %1.</source>
        <translation>Conversación pospuesta hasta %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversation unassigned.</source>
        <translation>Conversación sin asignar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversation assigned to %1.</source>
        <translation>Conversación asignada a %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The conversation was not changed: %1</source>
        <translation>La conversación no se modificó: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In one hour</source>
        <translation>Dentro de una hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tomorrow morning</source>
        <translation>Mañana por la mañana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>La próxima semana</translation>
    </message>
</context>
<context>
    <name>repdesk::ConversationWorkflowMenu</name>
    <message>
        <location filename="../ui/inbox/ConversationWorkflowMenu.cpp" line="+21"/>
        <source>Conversat&amp;ion</source>
        <translation>Convers&amp;ación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as s&amp;pam</source>
        <translation>Marcar como s&amp;pam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Snooze</source>
        <translation>Po&amp;sponer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to</source>
        <translation>&amp;Asignar a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze…</source>
        <translation>Posponer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;draft for a colleague…</source>
        <translation>Nuevo &amp;borrador para un compañero…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete a draft for a colleague</source>
        <translation>&amp;Eliminar un borrador para un compañero</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the conversation (Fernand)</source>
        <translation>Cerrar la conversación (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen the conversation (Fernand)</source>
        <translation>Reabrir la conversación (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snooze the conversation (Fernand)</source>
        <translation>Posponer la conversación (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign the conversation (Fernand)</source>
        <translation>Asignar la conversación (Fernand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New draft for a colleague: title, from, for (Fernand)</source>
        <translation>Nuevo borrador para un compañero: título, de, para (Fernand)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft created.</source>
        <translation>Borrador creado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft &quot;%1&quot; created.</source>
        <translation>Borrador «%1» creado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft deleted.</source>
        <translation>Borrador eliminado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open a conversation first.</source>
        <translation>Abra primero una conversación.</translation>
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
        <translation>&amp;Hasta una fecha y hora…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wake up at:</source>
        <translation>&amp;Reactivar a las:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No draft created here in this conversation</source>
        <translation>Ningún borrador creado aquí en esta conversación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another draft is on its way; try again in a moment.</source>
        <translation>Otro borrador está en camino; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Nobody</source>
        <translation>&amp;Nadie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading agents…</source>
        <translation>Cargando agentes…</translation>
    </message>
</context>
<context>
    <name>repdesk::CopyableField</name>
    <message>
        <location filename="../ui/common/CopyableField.cpp" line="+37"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the value to the clipboard</source>
        <translation>Copia el valor al portapapeles</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>repdesk::CreateValidation</name>
    <message>
        <location filename="../app/directory/CreateValidation.cpp" line="+40"/>
        <source>Enter at least a name, an email address or a phone number.</source>
        <translation>Introduzca al menos un nombre, un correo o un teléfono.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the company&apos;s name.</source>
        <translation>Introduzca el nombre de la empresa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a domain with a dot, such as example.com.</source>
        <translation>Introduzca un dominio con un punto, como example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an agent of this organization.</source>
        <translation>Elija un agente de esta organización.</translation>
    </message>
</context>
<context>
    <name>repdesk::CredentialStore</name>
    <message>
        <location filename="../app/account/CredentialStore.cpp" line="+79"/>
        <source>Repdesk could not use the keyring: no account was given.</source>
        <translation>Repdesk no pudo usar el llavero: no se indicó ninguna cuenta.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No API key is saved for this account. Sign in again with your key.</source>
        <translation>No hay ninguna clave de API guardada para esta cuenta. Vuelva a iniciar sesión con su clave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot read your saved key.</source>
        <translation>No hay ningún llavero (Secret Service) disponible en este equipo, así que Repdesk no puede leer su clave guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot store your key.</source>
        <translation>No hay ningún llavero (Secret Service) disponible en este equipo, así que Repdesk no puede guardar su clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keyring (secret service) is available on this computer, so Repdesk cannot remove your saved key.</source>
        <translation>No hay ningún llavero (Secret Service) disponible en este equipo, así que Repdesk no puede quitar su clave guardada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring refused access to your key. Unlock your keyring (or allow Repdesk to use it) and try again.</source>
        <translation>El llavero denegó el acceso a su clave. Desbloquee el llavero (o permita que Repdesk lo use) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repdesk could not read your key from the keyring: %1</source>
        <translation>Repdesk no pudo leer su clave del llavero: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repdesk could not store your key in the keyring: %1</source>
        <translation>Repdesk no pudo guardar su clave en el llavero: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repdesk could not remove your key from the keyring: %1</source>
        <translation>Repdesk no pudo quitar su clave del llavero: %1</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardExportMenu</name>
    <message>
        <location filename="../ui/dashboards/DashboardExportMenu.cpp" line="+38"/>
        <source>Export failed</source>
        <extracomment>An export that could not be written; %1 = file path, %2 = why</extracomment>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Chart as PNG image…</source>
        <translation>Gráfico como imagen PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart as SVG image…</source>
        <translation>Gráfico como imagen SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data as CSV…</source>
        <translation>Datos como CSV…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 as CSV…</source>
        <extracomment>File &gt; Export entry for a table; %1 = its title</extracomment>
        <translation>%1 como CSV…</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardPages</name>
    <message>
        <location filename="../ui/dashboards/DashboardPages.cpp" line="+36"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Legacy analytics</source>
        <translation>Estadísticas antiguas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard pages</source>
        <translation>Páginas del panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+PageDown and Ctrl+PageUp switch pages.</source>
        <translation>Ctrl+Av Pág y Ctrl+Re Pág cambian de página.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the organization</source>
        <translation>la organización</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Back to the organization</source>
        <translation>Volver a la organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the dashboard of %1</source>
        <translation>Volver al panel de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (Alt+Left, Backspace or Esc)</source>
        <translation>%1 (Alt+Izquierda, Retroceso o Esc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No organization open</source>
        <translation>No hay ninguna organización abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in and open an organization to see its dashboards.</source>
        <translation>Inicie sesión y abra una organización para ver sus paneles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboards are not available</source>
        <translation>Los paneles no están disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are drawn from HyperRep&apos;s analytics, which this account does not offer.</source>
        <translation>Se basan en las estadísticas de HyperRep, que esta cuenta no ofrece.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to see the dashboards</source>
        <translation>Vuelva a iniciar sesión para ver los paneles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer accepts this account&apos;s key.</source>
        <translation>El servidor ya no acepta la clave de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardSession</name>
    <message>
        <location filename="../app/dashboards/DashboardSession.cpp" line="+262"/>
        <source>The range ends in the future: figures run up to now (%1).</source>
        <translation>El periodo termina en el futuro: las cifras llegan hasta ahora (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures up to now (%1).</source>
        <translation>Cifras hasta ahora (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
</context>
<context>
    <name>repdesk::DashboardWorkspace</name>
    <message>
        <location filename="../ui/dashboards/DashboardWorkspace.cpp" line="+37"/>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectoryListPane</name>
    <message>
        <location filename="../ui/directory/DirectoryListPane.cpp" line="+34"/>
        <source>Rows loaded</source>
        <translation>Filas cargadas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search loaded contacts (Ctrl+F)</source>
        <translation>Buscar en los contactos cargados (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters the contacts loaded so far by name, email, phone, company or role</source>
        <translation>Filtra los contactos cargados hasta ahora por nombre, correo, teléfono, empresa o cargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <source>Search all contacts</source>
        <translation>Buscar en todos los contactos</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Loads the rest of the contacts so the search covers every one</source>
        <translation>Carga el resto de los contactos para que la búsqueda los abarque todos</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Could not load the list. %1</source>
        <translation>No se pudo cargar la lista. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n match(es) among all contacts</source>
        <translation>
            <numerusform>%n coincidencia entre todos los contactos</numerusform>
            <numerusform>%n coincidencias entre todos los contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es) among the %1 contacts loaded so far; scroll down to load more</source>
        <translation>
            <numerusform>%n coincidencia entre los %1 contactos cargados; desplácese hacia abajo para cargar más</numerusform>
            <numerusform>%n coincidencias entre los %1 contactos cargados; desplácese hacia abajo para cargar más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) loaded so far</source>
        <translation>
            <numerusform>%n fila cargada hasta ahora</numerusform>
            <numerusform>%n filas cargadas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading every contact…</source>
        <translation>Cargando todos los contactos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No loaded contact matches “%1”</source>
        <translation>Ningún contacto cargado coincide con «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the contacts loaded so far are searched.</source>
        <translation>Solo se buscan los contactos cargados hasta ahora.</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectorySession</name>
    <message>
        <location filename="../app/directory/DirectorySession.cpp" line="+326"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown company</source>
        <translation>Empresa desconocida</translation>
    </message>
</context>
<context>
    <name>repdesk::DirectoryWorkspace</name>
    <message>
        <location filename="../ui/directory/DirectoryWorkspace.cpp" line="+49"/>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company…</source>
        <translation>Nueva empresa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a contact (Ctrl+N)</source>
        <translation>Crear un contacto (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a company (Ctrl+Shift+N)</source>
        <translation>Crear una empresa (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New company</source>
        <translation>Nueva empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the lists again (F5)</source>
        <translation>Volver a cargar las listas (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the directory</source>
        <translation>Actualizar el directorio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Directory lists</source>
        <translation>Listas del directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Com&amp;panies</source>
        <translation>&amp;Empresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact “%1” was created after all (the server had taken it).</source>
        <translation>El contacto «%1» se creó finalmente (el servidor lo había recibido).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The company “%1” was created after all (the server had taken it).</source>
        <translation>La empresa «%1» se creó finalmente (el servidor la había recibido).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+36"/>
        <location line="+32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>No contacts yet</source>
        <translation>Aún no hay contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New contact (Ctrl+N).</source>
        <translation>Cree uno con Nuevo contacto (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+105"/>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No companies yet</source>
        <translation>Aún no hay empresas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New company (Ctrl+Shift+N).</source>
        <translation>Cree una con Nueva empresa (Ctrl+Mayús+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+80"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>No agents</source>
        <translation>No hay agentes</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The contact&apos;s sales</source>
        <translation>Las ventas del contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s sales</source>
        <translation>Las ventas de la empresa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alt+C / Alt+P / Alt+G</source>
        <translation>Alt+O / Alt+E / Alt+G</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: contacts, companies, agents</source>
        <translation>Directorio: contactos, empresas, agentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: search the loaded contacts (Esc clears, Down goes to the results)</source>
        <translation>Directorio: buscar en los contactos cargados (Esc borra, Abajo va a los resultados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: open the selected record; on a failed row, retry</source>
        <translation>Directorio: abrir el registro seleccionado; en una fila fallida, reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: new contact (instead of a new message while the directory has the focus)</source>
        <translation>Directorio: nuevo contacto (en lugar de un mensaje nuevo mientras el directorio tiene el foco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: new company</source>
        <translation>Directorio: nueva empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Tecla Menú, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: export the table as CSV or copy it</source>
        <translation>Directorio: exportar la tabla como CSV o copiarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: load the lists again</source>
        <translation>Directorio: volver a cargar las listas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory: move between the search, the list and the record</source>
        <translation>Directorio: moverse entre la búsqueda, la lista y el registro</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftConflictDialog</name>
    <message>
        <location filename="../ui/common/DraftConflictDialog.cpp" line="+15"/>
        <source>Draft changed on the server</source>
        <translation>Borrador modificado en el servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A draft is already on the server</source>
        <translation>Ya hay un borrador en el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone changed this draft on the server after you opened it.

Their version starts: “%1”

Replace it with your text?</source>
        <translation>Alguien cambió este borrador en el servidor después de que lo abriera.

Su versión empieza así: «%1»

¿Reemplazarla por su texto?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has a draft for this conversation that this editor did not load (it was saved from elsewhere, or loading it failed).

That draft starts: “%1”

Replace it with your text?</source>
        <translation>El servidor tiene un borrador de esta conversación que este editor no cargó (se guardó en otro lugar, o no se pudo cargar).

Ese borrador empieza así: «%1»

¿Reemplazarlo por su texto?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace with mine</source>
        <translation>Reemplazar por el mío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use theirs</source>
        <translation>Usar la otra versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use the server&apos;s</source>
        <translation>Usar la versión del servidor</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftItemDelegate</name>
    <message>
        <location filename="../ui/compose/DraftItemDelegate.cpp" line="+115"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recipient</source>
        <translation>Sin destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1 · %2</source>
        <translation>Para %1 · %2</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftPreview</name>
    <message>
        <location filename="../ui/compose/DraftPreview.cpp" line="+30"/>
        <source>Select a draft to see it here.</source>
        <translation>Seleccione un borrador para verlo aquí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft preview</source>
        <translation>Vista previa del borrador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft text</source>
        <translation>Texto del borrador</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recipient</source>
        <translation>Sin destinatario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cc: %1</source>
        <translation>CC: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bcc: %1</source>
        <translation>CCO: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · folder %2 · created %3</source>
        <translation>%1 · carpeta %2 · creado %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued to send %1</source>
        <translation>En cola para enviarse %1</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftSubmission</name>
    <message>
        <location filename="../app/compose/DraftSubmission.cpp" line="+73"/>
        <source>Checking whether the server got the earlier attempt…</source>
        <translation>Comprobando si el servidor recibió el intento anterior…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An earlier version of this message is already being sent; this version was not sent. Send once more to send it as well.</source>
        <translation>Ya se está enviando una versión anterior de este mensaje; esta versión no se envió. Envíe de nuevo para enviarla también.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The server may still be working on the earlier attempt; checking again in %n second(s)…</source>
        <translation>
            <numerusform>Puede que el servidor aún esté procesando el intento anterior; se volverá a comprobar en %n segundo…</numerusform>
            <numerusform>Puede que el servidor aún esté procesando el intento anterior; se volverá a comprobar en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Repdesk could not find out from the server whether the earlier attempt arrived: %1 Nothing was sent again; your text is kept.</source>
        <translation>Repdesk no pudo averiguar con el servidor si el intento anterior llegó: %1 No se volvió a enviar nada; su texto se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk cannot tell whether the earlier attempt was sent: it is not among the drafts, and a message that went out is no longer a draft. Check the recipient&apos;s conversation before sending this one.</source>
        <translation>Repdesk no puede saber si el intento anterior se envió: no está entre los borradores, y un mensaje enviado deja de ser borrador. Revise la conversación del destinatario antes de enviar este.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk cannot tell whether the earlier attempt was saved: a draft that may be it could not be read. Look in Drafts before saving this one.</source>
        <translation>Repdesk no puede saber si el intento anterior se guardó: no se pudo leer un borrador que podría ser ese. Mire en Borradores antes de guardar este.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>No account is connected.</source>
        <translation>No hay ninguna cuenta conectada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message may or may not have been sent.</source>
        <translation>Puede que el mensaje se haya enviado o no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft may or may not have been saved.</source>
        <translation>Puede que el borrador se haya guardado o no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry first asks the server, so it is not sent twice.</source>
        <translation>Reintentar consulta primero al servidor para no enviarlo dos veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry first asks the server, so it is not saved twice.</source>
        <translation>Reintentar consulta primero al servidor para no guardarlo dos veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 Your text is kept. %3</source>
        <translation>%1 %2 Su texto se conserva. %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message was not sent.</source>
        <translation>El mensaje no se envió.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The draft was not saved.</source>
        <translation>El borrador no se guardó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 This organization has no %2 credentials set up in HyperRep (%3). Your text is kept: choose another channel, or ask an administrator to connect one.</source>
        <translation>%1 Esta organización no tiene credenciales de %2 configuradas en HyperRep (%3). Su texto se conserva: elija otro canal o pida a un administrador que conecte uno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 Your text is kept.</source>
        <translation>%1 %2 Su texto se conserva.</translation>
    </message>
</context>
<context>
    <name>repdesk::DraftsView</name>
    <message>
        <location filename="../ui/compose/DraftsView.cpp" line="+76"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New message (Ctrl+N)</source>
        <translation>Nuevo mensaje (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected draft (Enter)</source>
        <translation>Editar el borrador seleccionado (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+302"/>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>Delete the selected draft (Del)</source>
        <translation>Eliminar el borrador seleccionado (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload the drafts (F5)</source>
        <translation>Recargar los borradores (F5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drafts by folder</source>
        <translation>Borradores por carpeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No drafts</source>
        <translation>No hay borradores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages you save as drafts appear here. Press New to write one.</source>
        <translation>Los mensajes que guarde como borradores aparecen aquí. Pulse Nuevo para escribir uno.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>No organization is open, so there are no drafts to show.</source>
        <translation>No hay ninguna organización abierta, así que no hay borradores que mostrar.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>¿Eliminar el borrador «%1»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is deleted in HyperRep for everyone in the organization. This cannot be undone.</source>
        <translation>Se elimina en HyperRep para todos los miembros de la organización. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Could not delete the draft. %1</source>
        <translation>No se pudo eliminar el borrador. %1</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>repdesk::ErrorBanner</name>
    <message>
        <location filename="../ui/common/ErrorBanner.cpp" line="+36"/>
        <location line="+17"/>
        <location line="+38"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandDraftRequest</name>
    <message>
        <location filename="../app/providers/fernand/records/FernandDraftRequest.cpp" line="+12"/>
        <source>A draft needs some content.</source>
        <translation>Un borrador necesita contenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft&apos;s title has at most 250 characters.</source>
        <translation>El título de un borrador tiene como máximo 250 caracteres.</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandProvider</name>
    <message>
        <location filename="../app/providers/fernand/FernandProvider.cpp" line="+245"/>
        <source>Fernand has no company records.</source>
        <translation>Fernand no tiene registros de empresas.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Fernand accounts cannot start new conversations here.</source>
        <translation>Las cuentas de Fernand no pueden iniciar conversaciones nuevas aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fernand accounts have no message drafts.</source>
        <translation>Las cuentas de Fernand no tienen borradores de mensajes.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose who the draft is from.</source>
        <translation>Elija de quién es el borrador.</translation>
    </message>
</context>
<context>
    <name>repdesk::FernandReplyRequest</name>
    <message>
        <location filename="../app/providers/fernand/records/FernandReplyRequest.cpp" line="+12"/>
        <source>An empty reply cannot be sent.</source>
        <translation>No se puede enviar una respuesta vacía.</translation>
    </message>
</context>
<context>
    <name>repdesk::FieldErrorLabel</name>
    <message>
        <location filename="../ui/directory/FieldErrorLabel.cpp" line="+14"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureChange</name>
    <message>
        <location filename="../app/dashboards/FigureChange.cpp" line="+41"/>
        <source>%1 from none</source>
        <extracomment>The previous period had nothing, so no percentage can be given</extracomment>
        <translation>%1 (antes ninguno)</translation>
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
        <translation>%1&#xa0;pts</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln pt(s)</source>
        <extracomment>A change of a rate in whole percentage points, e.g. &quot;3 pts&quot;</extracomment>
        <translation>
            <numerusform>%Ln&#xa0;pto.</numerusform>
            <numerusform>%Ln&#xa0;ptos.</numerusform>
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
        <translation>justo ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ago</source>
        <extracomment>How long ago a figure was fetched, e.g. &quot;5 min ago&quot;</extracomment>
        <translation>hace %1</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureState</name>
    <message>
        <location filename="../app/dashboards/FigureState.h" line="+67"/>
        <source>Repdesk asks again by itself.</source>
        <translation>Repdesk vuelve a preguntar por sí solo.</translation>
    </message>
</context>
<context>
    <name>repdesk::FigureStatus</name>
    <message>
        <location filename="../ui/dashboards/FigureStatus.cpp" line="+15"/>
        <source>Could not load this chart: %1</source>
        <translation>No se pudo cargar este gráfico: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not refresh (%1): showing figures from %2</source>
        <extracomment>%1 = why the refresh failed, %2 = &quot;5 min ago&quot;</extracomment>
        <translation>No se pudo actualizar (%1): se muestran las cifras de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <extracomment>%1 = &quot;5 min ago&quot;</extracomment>
        <translation>Actualizado %1</translation>
    </message>
</context>
<context>
    <name>repdesk::FolderGroupingProxy</name>
    <message numerus="yes">
        <location filename="../app/models/FolderGroupingProxy.cpp" line="+222"/>
        <source>Folder %1, %n draft(s)</source>
        <translation>
            <numerusform>Carpeta %1, %n borrador</numerusform>
            <numerusform>Carpeta %1, %n borradores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::FunnelModel</name>
    <message>
        <location filename="../ui/dashboards/FunnelModel.cpp" line="+83"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Cantidad</translation>
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
        <translation>Buscar actividad nueva cada, en segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a desktop notification for new messages</source>
        <translation>Mostrar una notificación de escritorio para los mensajes nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
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
        <translation>Tamaño máximo de la caché, en megabytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear cache…</source>
        <translation>Vaciar la caché…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>Clear cache</source>
        <translation>Vaciar la caché</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo send delay, in seconds</source>
        <translation>Retraso para deshacer el envío, en segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After you press Send, the message waits this long so you can undo it. 0 turns this off and sends at once.</source>
        <translation>Tras pulsar Enviar, el mensaje espera este tiempo para que pueda deshacer el envío. 0 lo desactiva y envía de inmediato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review queue looks back, in days</source>
        <translation>Días que abarca la cola de revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The review queue looks for drafted replies in conversations active in this many past days. A longer window takes longer to check the first time.</source>
        <translation>La cola de revisión busca borradores de respuesta en las conversaciones activas durante estos últimos días. Un periodo más largo tarda más la primera vez.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> day(s)</source>
        <extracomment>Unit suffix of the review window spin box, with its leading space</extracomment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect the next time Repdesk starts.</source>
        <translation>Se aplica la próxima vez que se inicie Repdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark colours; the system default follows the desktop.</source>
        <translation>Colores claros u oscuros; el predeterminado del sistema sigue al escritorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check for new activity &amp;every:</source>
        <translation>Buscar actividad nueva &amp;cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notificaciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache size &amp;limit:</source>
        <translation>&amp;Límite de la caché:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache:</source>
        <translation>Caché:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo send delay:</source>
        <translation>Retraso para &amp;deshacer el envío:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review queue looks back:</source>
        <translation>Cola de &amp;revisión de:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Appearance:</source>
        <translation>Apa&amp;riencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cache uses %1</source>
        <translation>La caché ocupa %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Clear the local cache?</source>
        <translation>¿Vaciar la caché local?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cached conversations, messages and contacts are removed from this computer and downloaded again when needed.</source>
        <translation>Las conversaciones, mensajes y contactos en caché se eliminan de este equipo y se vuelven a descargar cuando hagan falta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cache cleared</source>
        <translation>Caché vaciada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not clear the cache</source>
        <translation>No se pudo vaciar la caché</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxProvider</name>
    <message>
        <location filename="../app/providers/InboxProvider.cpp" line="+12"/>
        <source>This account&apos;s provider has no conversation status or assignment.</source>
        <translation>El proveedor de esta cuenta no tiene estado ni asignación de conversaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>This account&apos;s provider has no drafts for colleagues.</source>
        <translation>El servicio de esta cuenta no tiene borradores para compañeros.</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxToolBar</name>
    <message>
        <location filename="../ui/InboxToolBar.cpp" line="+20"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization (Ctrl+Shift+O)</source>
        <translation>Organización (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name or email (Ctrl+F)</source>
        <translation>Buscar por nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New message (Ctrl+N)</source>
        <translation>Nuevo mensaje (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
</context>
<context>
    <name>repdesk::InboxWorkspace</name>
    <message>
        <location filename="../ui/inbox/InboxWorkspace.cpp" line="+42"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contact details</source>
        <translation>Datos del contacto</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not signed in. Use Account &gt; Sign in… to connect your HyperRep account.</source>
        <translation>No ha iniciado sesión. Use Cuenta &gt; Iniciar sesión… para conectar su cuenta de HyperRep.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>Sign in again to see this account&apos;s conversations.</source>
        <translation>Vuelva a iniciar sesión para ver las conversaciones de esta cuenta.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Could not load your organizations. %1</source>
        <translation>No se pudieron cargar sus organizaciones. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load your organizations. Repdesk asks again by itself; F5 asks now.</source>
        <translation>No se pudieron cargar sus organizaciones. Repdesk vuelve a intentarlo por sí mismo; F5 lo intenta ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading your organizations…</source>
        <translation>Cargando sus organizaciones…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unnamed organization</source>
        <translation>Organización sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has no organizations.</source>
        <translation>Esta clave de API no tiene organizaciones.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a conversation to read it.</source>
        <translation>Seleccione una conversación para leerla.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <source>No conversations in this folder</source>
        <translation>No hay conversaciones en esta carpeta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No unread conversations. Nice work!</source>
        <translation>No hay conversaciones sin leer. ¡Buen trabajo!</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not load the conversation. %1</source>
        <translation>No se pudo cargar la conversación. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conversation could not be loaded.</source>
        <translation>No se pudo cargar esta conversación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
</context>
<context>
    <name>repdesk::KeyVerifier</name>
    <message>
        <location filename="../app/account/KeyVerifier.cpp" line="+43"/>
        <location line="+140"/>
        <source>%1 did not answer in time. Check the server address and your internet connection, then try again.</source>
        <translation>%1 no respondió a tiempo. Compruebe la dirección del servidor y su conexión a Internet, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Enter the server address, for example https://api.hyperrep.ai.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://api.hyperrep.ai.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Could not reach %1 (%2). Check the server address and your internet connection.</source>
        <translation>No se pudo conectar con %1 (%2). Compruebe la dirección del servidor y su conexión a Internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is busy right now. Try again in a moment.</source>
        <translation>%1 está ocupado en este momento. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 had a problem (HTTP %2). Try again later.</source>
        <translation>%1 tuvo un problema (HTTP %2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer like a HyperRep server. Check the server address.</source>
        <translation>%1 no respondió como un servidor de HyperRep. Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This API key is not valid. Check that you copied all of it.</source>
        <translation>Esta clave de API no es válida. Compruebe que la copió completa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has been deactivated. Ask your HyperRep administrator to reactivate it or create a new one.</source>
        <translation>Esta clave de API se ha desactivado. Pida a su administrador de HyperRep que la reactive o cree una nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This API key has expired. Create a new key in HyperRep.</source>
        <translation>Esta clave de API ha caducado. Cree una clave nueva en HyperRep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your API key.</source>
        <translation>Introduzca su clave de API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repdesk sends your key only over a secure connection. Use an https:// address (plain http is allowed only for this computer).</source>
        <translation>Repdesk solo envía su clave por una conexión segura. Use una dirección https:// (http sin cifrar solo se permite para este equipo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server address, for example https://api.hyperrep.ai.</source>
        <translation>Compruebe la dirección del servidor, por ejemplo https://api.hyperrep.ai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused this API key.</source>
        <translation>El servidor rechazó esta clave de API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this API key: &quot;%1&quot;</source>
        <translation>El servidor rechazó esta clave de API: «%1»</translation>
    </message>
</context>
<context>
    <name>repdesk::KpiTile</name>
    <message>
        <location filename="../ui/dashboards/KpiTile.cpp" line="+49"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>updating…</source>
        <translation>actualizando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>updated %1</source>
        <extracomment>The age of a figure on a tile: %1 = &quot;5 min ago&quot;</extracomment>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not refresh: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry %1</source>
        <extracomment>The Retry button of one KPI tile; %1 = the tile&apos;s title</extracomment>
        <translation>Reintentar %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>up %1 on the previous period</source>
        <translation>%1 más que en el periodo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down %1 on the previous period</source>
        <translation>%1 menos que en el periodo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged on the previous period</source>
        <translation>sin cambios respecto al periodo anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (better)</source>
        <translation> (mejor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (worse)</source>
        <translation> (peor)</translation>
    </message>
</context>
<context>
    <name>repdesk::KpiTileModel</name>
    <message>
        <location filename="../app/dashboards/KpiTileModel.cpp" line="+99"/>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average response time</source>
        <translation>Tiempo medio de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages received</source>
        <translation>Mensajes recibidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales rate</source>
        <translation>Tasa de ventas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversations responded to</source>
        <translation>Conversaciones respondidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation>Valor del pipeline</translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>%1 of %n conversation(s) responded to</source>
        <extracomment>Under the response rate: &quot;14 of 20 conversations responded to&quot;</extracomment>
        <translation>
            <numerusform>%1 de %n conversación respondidas</numerusform>
            <numerusform>%1 de %n conversaciones respondidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardModel</name>
    <message>
        <location filename="../app/dashboards/LeaderboardModel.cpp" line="+35"/>
        <source>(unnamed agent)</source>
        <translation>(agente sin nombre)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline sales</source>
        <translation>Ventas del pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation>Valor del pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales rate</source>
        <translation>Tasa de ventas</translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardProxy</name>
    <message>
        <location filename="../ui/dashboards/LeaderboardProxy.cpp" line="+42"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not refresh: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conversations responded to in the range</source>
        <translation>Conversaciones respondidas en el periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages sent in the range</source>
        <translation>Mensajes enviados en el periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales over every pipeline stage</source>
        <translation>Ventas en todas las etapas del pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value of the sales over every pipeline stage</source>
        <translation>Valor de las ventas en todas las etapas del pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s sales rate in the range</source>
        <translation>La tasa de ventas del agente en el periodo</translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardView</name>
    <message>
        <location filename="../ui/dashboards/LeaderboardView.cpp" line="+40"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Team leaderboard</source>
        <translation>Clasificación del equipo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>One row per agent. Enter opens the agent&apos;s dashboard.</source>
        <translation>Una fila por agente. Intro abre el panel del agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry this row</source>
        <translation>Reintentar esta fila</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Sort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort the team by</source>
        <translation>Ordenar el equipo por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>Or&amp;den:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highest first</source>
        <translation>De mayor a menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest first</source>
        <translation>De menor a mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not refresh the list of agents: %1</source>
        <translation>No se pudo actualizar la lista de agentes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the list of agents: %1</source>
        <translation>No se pudo cargar la lista de agentes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) could not be loaded: %1</source>
        <translation>
            <numerusform>No se pudo cargar %n agente: %1</numerusform>
            <numerusform>No se pudieron cargar %n agentes: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the team…</source>
        <translation>Cargando el equipo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agents in this organization.</source>
        <translation>No hay agentes en esta organización.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n agent(s) still loading…</source>
        <translation>
            <numerusform>Aún se está cargando %n agente…</numerusform>
            <numerusform>Aún se están cargando %n agentes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens an agent&apos;s dashboard.</source>
        <translation>Intro abre el panel de un agente.</translation>
    </message>
</context>
<context>
    <name>repdesk::LegacyAnalytics</name>
    <message>
        <location filename="../app/dashboards/LegacyAnalytics.cpp" line="+53"/>
        <location line="+30"/>
        <source>Legacy analytics are not available for this account.</source>
        <translation>Las estadísticas antiguas no están disponibles para esta cuenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not check for legacy analytics: %1</source>
        <translation>No se pudieron consultar las estadísticas antiguas: %1</translation>
    </message>
</context>
<context>
    <name>repdesk::LegacyPage</name>
    <message>
        <location filename="../ui/dashboards/LegacyPage.cpp" line="+31"/>
        <source>Funnel: source → response → outcome → sale</source>
        <translation>Embudo: origen → respuesta → resultado → venta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy analytics</source>
        <translation>Estadísticas antiguas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sol&amp;ution:</source>
        <translation>So&amp;lución:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is made of</source>
        <translation>De qué se compone</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Solution figures</source>
        <translation>Indicadores de la solución</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Could not refresh this solution: %1</source>
        <translation>No se pudo actualizar esta solución: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load this solution: %1</source>
        <translation>No se pudo cargar esta solución: %1</translation>
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
        <translation>La caché local tenía un problema y se ha restablecido: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>You are offline. Showing cached conversations; Repdesk will reconnect automatically.</source>
        <translation>Está sin conexión. Se muestran las conversaciones en caché; Repdesk se volverá a conectar automáticamente.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New message…</source>
        <translation>&amp;Nuevo mensaje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;drafts</source>
        <translation>&amp;Borradores de mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to export here</source>
        <translation>No hay nada que exportar aquí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inbox</source>
        <translation>Bandeja de &amp;entrada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sales</source>
        <translation>&amp;Ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dire&amp;ctory</source>
        <translation>&amp;Directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;organization</source>
        <translation>Cambiar de &amp;organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folders</source>
        <translation>&amp;Carpetas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy diagnostics</source>
        <translation>Copiar el &amp;diagnóstico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnostics copied to the clipboard. They hold no API key.</source>
        <translation>Diagnóstico copiado al portapapeles. No contiene ninguna clave de API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Repdesk</source>
        <translation>Acerca &amp;de Repdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Repdesk</source>
        <translation>Acerca de Repdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Repdesk %1&lt;/b&gt;&lt;br&gt;A native desktop inbox for HyperRep sales teams.</source>
        <translation>&lt;b&gt;Repdesk %1&lt;/b&gt;&lt;br&gt;Una bandeja de entrada de escritorio nativa para equipos de ventas de HyperRep.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server no longer accepts the key of %1. %2 Your unsent drafts are kept on this computer.</source>
        <translation>El servidor ya no acepta la clave de %1. %2 Sus borradores sin enviar se conservan en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in &amp;again</source>
        <translation>Volver a iniciar &amp;sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New message</source>
        <translation>Nuevo mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New message from %1</source>
        <translation>Nuevo mensaje de %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n conversación nueva</numerusform>
            <numerusform>%n conversaciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to open it in Repdesk.</source>
        <translation>Haga clic para abrirlo en Repdesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked a link with an unsupported address: %1</source>
        <translation>Se bloqueó un enlace con una dirección no admitida: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales pipeline</source>
        <translation>Pipeline de ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
</context>
<context>
    <name>repdesk::MessageDraftListModel</name>
    <message>
        <location filename="../app/models/MessageDraftListModel.cpp" line="+145"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
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
        <translation>sin asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message draft</source>
        <translation>Borrador de SMS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email draft</source>
        <translation>Borrador de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a recipient, subject %2</source>
        <translation>%1 sin destinatario, asunto %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2, subject %3</source>
        <translation>%1 para %2, asunto %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in folder %1, created %2.</source>
        <translation>, en la carpeta %1, creado %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued to send.</source>
        <translation>En cola para enviarse.</translation>
    </message>
</context>
<context>
    <name>repdesk::MessageDrafts</name>
    <message>
        <location filename="../app/compose/MessageDrafts.cpp" line="+55"/>
        <source>No account is connected.</source>
        <translation>No hay ninguna cuenta conectada.</translation>
    </message>
</context>
<context>
    <name>repdesk::ModalityModel</name>
    <message>
        <location filename="../app/dashboards/ModalityModel.cpp" line="+38"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chats</source>
        <translation>Chats en vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form requests</source>
        <translation>Solicitudes por formulario</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
</context>
<context>
    <name>repdesk::OrganizationPage</name>
    <message>
        <location filename="../ui/dashboards/OrganizationPage.cpp" line="+20"/>
        <source>Organization dashboard</source>
        <translation>Panel de la organización</translation>
    </message>
</context>
<context>
    <name>repdesk::Outbox</name>
    <message>
        <location filename="../app/store/Outbox.cpp" line="+153"/>
        <source>This server does not support this kind of draft.</source>
        <translation>Este servidor no admite este tipo de borrador.</translation>
    </message>
</context>
<context>
    <name>repdesk::PanelSection</name>
    <message>
        <location filename="../ui/inbox/contact/PanelSection.cpp" line="+32"/>
        <source>Retry: %1</source>
        <translation>Reintentar: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineCharts</name>
    <message>
        <location filename="../ui/dashboards/PipelineCharts.cpp" line="+29"/>
        <source>No sales in this range</source>
        <translation>No hay ventas en este periodo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pipeline: sales per stage</source>
        <translation>Pipeline: ventas por etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Pipeline: value per stage</source>
        <extracomment>The pipeline value chart&apos;s title with its currency code, e.g. &quot;Pipeline: value per stage (EUR)&quot;</extracomment>
        <translation>Pipeline: valor por etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pipeline: value per stage (%1)</source>
        <translation>Pipeline: valor por etapa (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales rate: %1</source>
        <extracomment>%1 = &quot;23%&quot;</extracomment>
        <translation>Tasa de ventas: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter or click on a stage lists its sales.</source>
        <translation>Intro o un clic en una etapa muestra sus ventas.</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineModel</name>
    <message>
        <location filename="../app/dashboards/PipelineModel.cpp" line="+28"/>
        <source>Values in the sales&apos; own currencies</source>
        <translation>Valores en la moneda de cada venta</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(unnamed stage)</source>
        <translation>(etapa sin nombre)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineRule</name>
    <message numerus="yes">
        <location filename="../app/dashboards/PipelineRule.cpp" line="+100"/>
        <source>%n sale(s) created in %1 and now in this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n venta creada en %1 y ahora en esta etapa.</numerusform>
            <numerusform>%n ventas creadas en %1 y ahora en esta etapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) created in %1 that reached this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n venta creada en %1 que llegó a esta etapa.</numerusform>
            <numerusform>%n ventas creadas en %1 que llegaron a esta etapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1 and are still in it.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n venta que pasó a esta etapa en %1 y sigue en ella.</numerusform>
            <numerusform>%n ventas que pasaron a esta etapa en %1 y siguen en ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n venta que pasó a esta etapa en %1.</numerusform>
            <numerusform>%n ventas que pasaron a esta etapa en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::RangeBar</name>
    <message>
        <location filename="../ui/dashboards/RangeBar.cpp" line="+23"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of the range</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the range</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the custom range</source>
        <translation>Aplicar el periodo personalizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Range problem</source>
        <translation>Problema con el periodo</translation>
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
        <translation>Periodo no aplicado: %1 Las cifras mostradas siguen siendo de %2.</translation>
    </message>
</context>
<context>
    <name>repdesk::RecordCreate</name>
    <message>
        <location filename="../app/directory/RecordCreate.cpp" line="+48"/>
        <location line="+20"/>
        <source>Nothing was sent: correct what is marked.</source>
        <translation>No se envió nada: corrija lo que está marcado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Creating records needs a HyperRep account.</source>
        <translation>Para crear registros se necesita una cuenta de HyperRep.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the contact…</source>
        <translation>Creando el contacto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating the company…</source>
        <translation>Creando la empresa…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused it: correct what is marked and try again.</source>
        <translation>El servidor lo rechazó: corrija lo que está marcado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy and created nothing. Try again in a moment.</source>
        <translation>El servidor está ocupado y no creó nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No answer from the server. Checking whether the contact was created…</source>
        <translation>Sin respuesta del servidor. Comprobando si se creó el contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer from the server. Checking whether the company was created…</source>
        <translation>Sin respuesta del servidor. Comprobando si se creó la empresa…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server did not create the contact. Press Create to send it again (Repdesk checks once more first).</source>
        <translation>El servidor no creó el contacto. Pulse Crear para enviarlo de nuevo (Repdesk lo comprueba antes una vez más).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk could not find out whether the contact was created (%1). Press Check again: nothing is sent before Repdesk knows.</source>
        <translation>Repdesk no pudo averiguar si se creó el contacto (%1). Pulse Volver a comprobar: no se envía nada hasta que Repdesk lo sepa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server did not create the company. Press Create to send it again (Repdesk checks once more first).</source>
        <translation>El servidor no creó la empresa. Pulse Crear para enviarla de nuevo (Repdesk lo comprueba antes una vez más).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repdesk could not find out whether the company was created (%1). Press Check again: nothing is sent before Repdesk knows.</source>
        <translation>Repdesk no pudo averiguar si se creó la empresa (%1). Pulse Volver a comprobar: no se envía nada hasta que Repdesk lo sepa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact created.</source>
        <translation>Contacto creado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company created.</source>
        <translation>Empresa creada.</translation>
    </message>
</context>
<context>
    <name>repdesk::RecordSalesModel</name>
    <message>
        <location filename="../app/directory/RecordSalesModel.cpp" line="+56"/>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>repdesk::RepdeskApplication</name>
    <message>
        <location filename="../ui/main.cpp" line="+85"/>
        <location line="+13"/>
        <source>Could not start the demo server: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
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
        <translation>No guardado en el servidor</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Queued for sending</source>
        <translation>En cola para enviar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This reply is being sent; it can&apos;t be saved as a draft now.</source>
        <translation>Esta respuesta se está enviando; ahora no se puede guardar como borrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a reply before saving.</source>
        <translation>Escriba una respuesta antes de guardar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The draft changed on the server</source>
        <translation>El borrador cambió en el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft is already on the server</source>
        <translation>Ya hay un borrador en el servidor</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Repdesk first has to find out whether this reply was sent; it can&apos;t be discarded yet.</source>
        <translation>Repdesk primero tiene que averiguar si esta respuesta se envió; todavía no se puede descartar.</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline: saved on this computer, will be sent to the server when it is reachable</source>
        <translation>Sin conexión: guardado en este equipo; se enviará al servidor cuando esté disponible</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+34"/>
        <source>Write a reply before sending.</source>
        <translation>Escriba una respuesta antes de enviar.</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Enviando en %n segundo…</numerusform>
            <numerusform>Enviando en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending cancelled; your reply is still here</source>
        <translation>Envío cancelado; su respuesta sigue aquí</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Draft discarded</source>
        <translation>Borrador descartado</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This reply was already sent</source>
        <translation>Esta respuesta ya se envió</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Draft saved (from the outbox)</source>
        <translation>Borrador guardado (desde la bandeja de salida)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a draft saved while offline. Your text is kept.</source>
        <translation>El servidor rechazó un borrador guardado sin conexión. Su texto se conserva.</translation>
    </message>
</context>
<context>
    <name>repdesk::ReplyPane</name>
    <message>
        <location filename="../ui/inbox/ReplyPane.cpp" line="+28"/>
        <location line="+325"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>name@example.com, …</source>
        <translation>nombre@example.com, …</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>CC&amp;O:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Undo send</source>
        <translation>&amp;Deshacer el envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo send</source>
        <translation>Deshacer el envío</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Notify me about this draft</source>
        <translation>&amp;Notificarme sobre este borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for saved drafts: a sent reply never notifies.</source>
        <translation>Solo para borradores guardados: una respuesta enviada nunca genera notificación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the draft on the server for review (Ctrl+S)</source>
        <translation>Guardar el borrador en el servidor para revisarlo (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+282"/>
        <source>Sen&amp;d</source>
        <translation>Envia&amp;r</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Send the reply automatically (Ctrl+Enter); you can undo for a few seconds</source>
        <translation>Enviar la respuesta automáticamente (Ctrl+Intro); puede deshacerse durante unos segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this draft</source>
        <translation>Eliminar este borrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Enviando en %n segundo…</numerusform>
            <numerusform>Enviando en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+158"/>
        <source>Write your reply…</source>
        <translation>Escriba su respuesta…</translation>
    </message>
    <message>
        <location line="-157"/>
        <location line="+158"/>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+82"/>
        <source>Reply to %1</source>
        <translation>Responder a %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Not a valid email address: %1</source>
        <translation>Dirección de correo no válida: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Discard draft?</source>
        <translation>¿Descartar el borrador?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete this reply draft? This can&apos;t be undone.</source>
        <translation>¿Eliminar este borrador de respuesta? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Check &amp;now</source>
        <translation>Comprobar a&amp;hora</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Queued for sending at %1</source>
        <translation>En cola para enviarse a las %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ReplySender</name>
    <message>
        <location filename="../app/reply/ReplySender.cpp" line="+89"/>
        <source>Could not send: not connected. Your reply is kept.</source>
        <translation>No se pudo enviar: sin conexión. Su respuesta se conserva.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+76"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The server did not get your reply; sending it again…</source>
        <translation>El servidor no recibió su respuesta; se está enviando de nuevo…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No answer from the server; checking whether your reply went out…</source>
        <translation>Sin respuesta del servidor; comprobando si su respuesta salió…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This conversation no longer exists. Your reply was not sent.</source>
        <translation>Esta conversación ya no existe. Su respuesta no se envió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Could not send. Your reply is kept.</source>
        <translation>No se pudo enviar. Su respuesta se conserva.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Your reply was not sent: the server is busy. Your reply is kept; try again in a moment.</source>
        <translation>Su respuesta no se envió: el servidor está ocupado. Su respuesta se conserva; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checking whether your reply was sent…</source>
        <translation>Comprobando si su respuesta se envió…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The draft was removed on the server; your text is kept.</source>
        <translation>El borrador se eliminó en el servidor; su texto se conserva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your earlier Send did not reach the server: the reply was not sent. Your text is kept.</source>
        <translation>Su envío anterior no llegó al servidor: la respuesta no se envió. Su texto se conserva.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Repdesk could not confirm yet whether your reply was sent: the server may still be working on it. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk aún no pudo confirmar si su respuesta se envió: puede que el servidor todavía la esté procesando. Su respuesta se conserva; Repdesk volverá a comprobarlo en %n segundo.</numerusform>
            <numerusform>Repdesk aún no pudo confirmar si su respuesta se envió: puede que el servidor todavía la esté procesando. Su respuesta se conserva; Repdesk volverá a comprobarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reply sent</source>
        <translation>Respuesta enviada</translation>
    </message>
    <message numerus="yes">
        <location line="-69"/>
        <source>Your reply was not sent: the server failed %n time(s). Your reply is kept.</source>
        <translation>
            <numerusform>Su respuesta no se envió: el servidor falló %n vez. Su respuesta se conserva.</numerusform>
            <numerusform>Su respuesta no se envió: el servidor falló %n veces. Su respuesta se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk no pudo confirmar si su respuesta se envió. Su respuesta se conserva; Repdesk volverá a comprobarlo en %n segundo.</numerusform>
            <numerusform>Repdesk no pudo confirmar si su respuesta se envió. Su respuesta se conserva; Repdesk volverá a comprobarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Queued for sending at %1</source>
        <translation>En cola para enviarse a las %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued for sending</source>
        <translation>En cola para enviar</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewAction</name>
    <message>
        <location filename="../app/review/ReviewAction.cpp" line="+85"/>
        <location line="+49"/>
        <source>The draft could not be reached.</source>
        <translation>No se pudo acceder al borrador.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>This draft changed on the server before it was sent, so nothing was sent. Review the new version.</source>
        <translation>Este borrador cambió en el servidor antes de enviarse, así que no se envió nada. Revise la nueva versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft changed on the server before it was discarded, so it was kept. Review the new version.</source>
        <translation>Este borrador cambió en el servidor antes de descartarse, así que se conservó. Revise la nueva versión.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The draft could not be checked.</source>
        <translation>No se pudo comprobar el borrador.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not discard the draft.</source>
        <translation>No se pudo descartar el borrador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offline: the draft will be discarded when the server is reachable.</source>
        <translation>Sin conexión: el borrador se descartará cuando el servidor esté disponible.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reply was not sent.</source>
        <translation>La respuesta no se envió.</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewActions</name>
    <message>
        <location filename="../app/review/ReviewActions.cpp" line="+17"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discarding…</source>
        <translation>Descartando…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Enviando en %n segundo…</numerusform>
            <numerusform>Enviando en %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding in %n second(s)…</source>
        <translation>
            <numerusform>Descartando en %n segundo…</numerusform>
            <numerusform>Descartando en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Queued for sending</source>
        <translation>En cola para enviar</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewChanges</name>
    <message>
        <location filename="../app/review/ReviewChanges.cpp" line="+60"/>
        <source>This draft was changed on the server while you were editing it. Your text is kept; the changes are now shown against the new version.</source>
        <translation>Este borrador cambió en el servidor mientras lo editaba. Su texto se conserva; los cambios se muestran ahora respecto a la nueva versión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queued for sending</source>
        <translation>En cola para enviar</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewChangesView</name>
    <message>
        <location filename="../ui/review/ReviewChangesView.cpp" line="+15"/>
        <source>Changes to the proposal</source>
        <translation>Cambios en la propuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal with your changes: insertions underlined, deletions struck through</source>
        <translation>Propuesta con sus cambios: inserciones subrayadas, eliminaciones tachadas</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n palabra añadida</numerusform>
            <numerusform>%n palabras añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n palabra eliminada</numerusform>
            <numerusform>%n palabras eliminadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes: this is the text HyperRep proposed.</source>
        <translation>Sin cambios: este es el texto que propuso HyperRep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spacing changed</source>
        <translation>Espaciado modificado</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewDiscovery</name>
    <message>
        <location filename="../app/review/ReviewDiscovery.cpp" line="+121"/>
        <source>Queued for sending</source>
        <translation>En cola para enviar</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewDraftPane</name>
    <message>
        <location filename="../ui/review/ReviewDraftPane.cpp" line="+30"/>
        <source>Draft under review</source>
        <translation>Borrador en revisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your text differs from HyperRep&apos;s proposal</source>
        <translation>Su texto difiere de la propuesta de HyperRep</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+178"/>
        <source>Show chan&amp;ges</source>
        <translation>Mostrar cam&amp;bios</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Show changes</source>
        <translation>Mostrar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the text with HyperRep&apos;s proposal, word by word (D in the queue)</source>
        <translation>Comparar el texto palabra por palabra con la propuesta de HyperRep (D en la cola)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>name@example.com, …</source>
        <translation>nombre@example.com, …</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>CCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cc:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bcc:</source>
        <translation>CC&amp;O:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disca&amp;rd</source>
        <translation>Desca&amp;rtar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this draft, then show the next (Ctrl+Delete); you can undo for a few seconds</source>
        <translation>Eliminar este borrador y mostrar el siguiente (Ctrl+Supr); puede deshacerse durante unos segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>O&amp;mitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this draft for later: it moves to the end of the queue (S)</source>
        <translation>Dejar este borrador para más tarde: pasa al final de la cola (S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes on the server without sending (Ctrl+S)</source>
        <translation>Guardar sus cambios en el servidor sin enviar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve and sen&amp;d</source>
        <translation>Aprobar y en&amp;viar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this reply as shown, then show the next (Ctrl+Enter); you can undo for a few seconds</source>
        <translation>Enviar esta respuesta tal como se muestra y mostrar la siguiente (Ctrl+Intro); puede deshacerse durante unos segundos</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The reply HyperRep proposed</source>
        <translation>La respuesta que propuso HyperRep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft text</source>
        <translation>Texto del borrador</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not a valid email address: %1</source>
        <translation>Dirección de correo no válida: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hide chan&amp;ges</source>
        <translation>Ocultar cam&amp;bios</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking for a newer version…</source>
        <translation>Buscando una versión más reciente…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the conversation&apos;s contact</source>
        <translation>el contacto de la conversación</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueDelegate</name>
    <message>
        <location filename="../ui/review/ReviewQueueDelegate.cpp" line="+58"/>
        <source>Loading name…</source>
        <translation>Cargando el nombre…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No message from the contact yet</source>
        <translation>Aún no hay mensajes del contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueModel</name>
    <message>
        <location filename="../app/review/ReviewQueueModel.cpp" line="+250"/>
        <source>Unknown contact</source>
        <translation>Contacto desconocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueProxy</name>
    <message>
        <location filename="../ui/review/ReviewQueueProxy.cpp" line="+14"/>
        <source>Loading the contact&apos;s name</source>
        <translation>Cargando el nombre del contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last activity %1</source>
        <translation>última actividad %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>they wrote: %1</source>
        <translation>escribió: %1</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewQueueView</name>
    <message>
        <location filename="../ui/review/ReviewQueueView.cpp" line="+19"/>
        <source>Drafts to review</source>
        <translation>Borradores por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter approves and sends the draft shown, Enter edits it, S skips it, Ctrl+Delete discards it</source>
        <translation>Ctrl+Intro aprueba y envía el borrador mostrado, Intro lo edita, S lo omite, Ctrl+Supr lo descarta</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewSummary</name>
    <message>
        <location filename="../ui/review/ReviewSummary.cpp" line="+56"/>
        <source>To review (%1)</source>
        <translation>Por revisar (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n draft(s) to review</source>
        <translation>
            <numerusform>%n borrador por revisar</numerusform>
            <numerusform>%n borradores por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing sent from this queue yet</source>
        <translation>Aún no se ha enviado nada desde esta cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: %1 as proposed, %2 edited (%3% edited)</source>
        <translation>Enviados: %1 tal como se propusieron, %2 editados (%3 % editados)</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewThreadPane</name>
    <message>
        <location filename="../ui/review/ReviewThreadPane.cpp" line="+19"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This conversation could not be loaded.</source>
        <translation>No se pudo cargar esta conversación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewUndoBar</name>
    <message>
        <location filename="../ui/review/ReviewUndoBar.cpp" line="+14"/>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pending action</source>
        <translation>Acción pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the draft back: nothing is sent or deleted (Ctrl+Z, or U in the queue)</source>
        <translation>Recuperar el borrador: no se envía ni se elimina nada (Ctrl+Z, o U en la cola)</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Sending the reply to %1 in %n second(s)…</source>
        <translation>
            <numerusform>Enviando la respuesta a %1 en %n segundo…</numerusform>
            <numerusform>Enviando la respuesta a %1 en %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding the draft for %1 in %n second(s)…</source>
        <translation>
            <numerusform>Descartando el borrador para %1 en %n segundo…</numerusform>
            <numerusform>Descartando el borrador para %1 en %n segundos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n más en espera)</numerusform>
            <numerusform>(%n más en espera)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewWorkspace</name>
    <message>
        <location filename="../ui/review/ReviewWorkspace.cpp" line="+32"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not look through every conversation for drafts. %1</source>
        <translation>No se pudieron revisar todas las conversaciones en busca de borradores. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not load the conversation. %1</source>
        <translation>No se pudo cargar la conversación. %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No organization is open</source>
        <translation>No hay ninguna organización abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to review the replies HyperRep drafted for you.</source>
        <translation>Inicie sesión para revisar las respuestas que HyperRep redactó para usted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in again to review drafts</source>
        <translation>Vuelva a iniciar sesión para revisar borradores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts to review appear here once Repdesk reaches the server again.</source>
        <translation>Los borradores por revisar aparecerán aquí cuando Repdesk vuelva a conectar con el servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for drafts to review…</source>
        <translation>Buscando borradores por revisar…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Checking the conversations of the last %n day(s).</source>
        <translation>
            <numerusform>Revisando las conversaciones del último día (%n).</numerusform>
            <numerusform>Revisando las conversaciones de los últimos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies HyperRep drafts for your conversations appear here, for you to approve, edit or discard.</source>
        <translation>Las respuestas que HyperRep redacta para sus conversaciones aparecen aquí para que las apruebe, edite o descarte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing left to review</source>
        <translation>No queda nada que revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every draft in the queue was sent or discarded. New ones appear here as HyperRep writes them.</source>
        <translation>Todos los borradores de la cola se enviaron o descartaron. Los nuevos aparecen aquí a medida que HyperRep los redacta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening the next draft…</source>
        <translation>Abriendo el siguiente borrador…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This draft is being saved or sent; try again in a moment.</source>
        <translation>Este borrador se está guardando o enviando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not send the reply to %1. %2</source>
        <translation>No se pudo enviar la respuesta a %1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not discard the draft for %1. %2</source>
        <translation>No se pudo descartar el borrador para %1. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
</context>
<context>
    <name>repdesk::SaleCard</name>
    <message>
        <location filename="../ui/inbox/contact/SaleCard.cpp" line="+22"/>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>Stage changed %1</source>
        <translation>Etapa cambiada %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy total</source>
        <translation>Copiar el total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy products</source>
        <translation>Copiar los productos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale, %1</source>
        <translation>Venta, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sale, %1, %2</source>
        <translation>Venta, %1, %2</translation>
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
        <translation>Producto sin nombre</translation>
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
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>Total de la línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products of the sale</source>
        <translation>Productos de la venta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status history of the sale</source>
        <translation>Historial de estados de la venta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale details</source>
        <translation>Detalles de la venta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote details</source>
        <translation>Detalles del presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Enter on a sale to see its products and history.</source>
        <translation>Pulse Intro en una venta para ver sus productos y su historial.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an unknown agent</source>
        <translation>un agente desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In stage %1, owned by %2, created %3.</source>
        <extracomment>A sale&apos;s summary: %1 = stage, %2 = owner&apos;s name, %3 = when it was created</extracomment>
        <translation>En la etapa %1, responsable: %2, creada %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unnamed product)</source>
        <translation>(producto sin nombre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No products quoted yet.</source>
        <translation>Aún no se ha presupuestado ningún producto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote total: %1</source>
        <extracomment>%1 = the quote&apos;s total with its currency</extracomment>
        <translation>Total del presupuesto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum of the lines: %1</source>
        <translation>Suma de las líneas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lines do not add up to the quote total.</source>
        <translation>Las líneas no suman el total del presupuesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale names no currency.</source>
        <translation>La venta no indica ninguna moneda.</translation>
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
        <translation>Detalles del presupuesto:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No custom fields.</source>
        <translation>No hay campos personalizados.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No status changes recorded.</source>
        <translation>No hay cambios de estado registrados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up who made each change…</source>
        <translation>Buscando quién hizo cada cambio…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n change(s) say who made them.</source>
        <translation>
            <numerusform>%1 de %n cambio indica quién lo hizo.</numerusform>
            <numerusform>%1 de %n cambios indican quién los hizo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::SaleFilterBar</name>
    <message>
        <location filename="../ui/sales/SaleFilterBar.cpp" line="+33"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created f&amp;rom</source>
        <translation>Creadas &amp;desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from date</source>
        <translation>Fecha de creación inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thro&amp;ugh</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created through date, inclusive</source>
        <translation>Fecha de creación final, incluida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only sales created from a date</source>
        <translation>Solo las ventas creadas desde una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only sales created through a date</source>
        <translation>Solo las ventas creadas hasta una fecha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All companies</source>
        <translation>Todas las empresas</translation>
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
        <translation>Sin empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Unknown company</source>
        <translation>Empresa desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company not loaded</source>
        <translation>Empresa no cargada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact not loaded</source>
        <translation>Contacto no cargado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesBoardModel</name>
    <message>
        <location filename="../app/sales/SalesBoardModel.cpp" line="+41"/>
        <source>No stage</source>
        <translation>Sin etapa</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>time in stage unknown</source>
        <translation>tiempo en la etapa desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for %1</source>
        <extracomment>How long a sale has been in its stage: &quot;for 3 days&quot;</extracomment>
        <translation>desde hace %1</translation>
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
        <translation>Re&amp;intentar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales table</source>
        <translation>Tabla de ventas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load the sales again</source>
        <translation>Volver a cargar las ventas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No organization is open</source>
        <translation>No hay ninguna organización abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see the sales.</source>
        <translation>Inicie sesión para ver las ventas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not load more sales: %1</source>
        <translation>No se pudieron cargar más ventas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) shown; loading more…</source>
        <translation>
            <numerusform>%n venta mostrada; cargando más…</numerusform>
            <numerusform>%n ventas mostradas; cargando más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n loaded sale(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%1 de %n venta cargada mostradas; desplácese hacia abajo para ver más</numerusform>
            <numerusform>%1 de %n ventas cargadas mostradas; desplácese hacia abajo para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n sale(s) shown</source>
        <translation>
            <numerusform>%1 de %n venta mostradas</numerusform>
            <numerusform>%1 de %n ventas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(asked from HyperRep for this owner or first day)</source>
        <translation>(solicitado a HyperRep para este responsable o primer día)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load the sales</source>
        <translation>No se pudieron cargar las ventas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press Retry below, or F5.</source>
        <translation>Pulse Reintentar abajo, o F5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales yet</source>
        <translation>Aún no hay ventas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales appear here as they are created in HyperRep.</source>
        <translation>Las ventas aparecen aquí a medida que se crean en HyperRep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sale matches these filters</source>
        <translation>Ninguna venta coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose all stages, owners or companies, or widen the dates.</source>
        <translation>Elija todas las etapas, responsables o empresas, o amplíe las fechas.</translation>
    </message>
</context>
<context>
    <name>repdesk::SalesWorkspace</name>
    <message>
        <location filename="../ui/sales/SalesWorkspace.cpp" line="+40"/>
        <source>Open its &amp;conversation</source>
        <translation>Abrir su c&amp;onversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+279"/>
        <source>Open its co&amp;ntact</source>
        <translation>Abrir su co&amp;ntacto</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Pipeline board</source>
        <translation>Tablero del pipeline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the sale&apos;s conversation in the inbox</source>
        <translation>Abrir la conversación de la venta en la bandeja de entrada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the sale&apos;s contact in the directory</source>
        <translation>Abrir el contacto de la venta en el directorio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sales views</source>
        <translation>Vistas de ventas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabla</translation>
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
        <translation>El tablero del pipeline (Alt+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sales as a table with filters (Alt+T)</source>
        <translation>Las ventas como tabla con filtros (Alt+T)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Alt+B / Alt+T</source>
        <translation>Alt+B / Alt+T</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: the pipeline board / the sales table</source>
        <translation>Ventas: tablero del pipeline / tabla de ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales board: Up/Down within a stage, Left/Right to the next stage</source>
        <translation>Tablero del pipeline: Arriba/Abajo dentro de una etapa, Izquierda/Derecha a la etapa siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: show the selected sale beside the board or table</source>
        <translation>Ventas: mostrar la venta seleccionada junto al tablero o la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+S, Alt+O, Alt+M</source>
        <translation>Alt+E, Alt+R, Alt+M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: filter by stage, owner, company</source>
        <translation>Tabla de ventas: filtrar por etapa, responsable, empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+R, Alt+U</source>
        <translation>Alt+D, Alt+H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: only sales created from / through a day</source>
        <translation>Tabla de ventas: solo las ventas creadas desde / hasta un día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+C / Alt+N</source>
        <translation>Alt+O / Alt+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: open the shown sale&apos;s conversation (inbox) / contact (directory)</source>
        <translation>Ventas: abrir la conversación (bandeja de entrada) / el contacto (directorio) de la venta mostrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Tecla Menú, Shift+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales table: export as CSV or copy</source>
        <translation>Tabla de ventas: exportar como CSV o copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales: load the sales again</source>
        <translation>Ventas: volver a cargar las ventas</translation>
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
            <numerusform>%1: %n venta</numerusform>
            <numerusform>%1: %n ventas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No organization is open</source>
        <translation>No hay ninguna organización abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to see the sales pipeline.</source>
        <translation>Inicie sesión para ver el pipeline de ventas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading sales…</source>
        <translation>Cargando ventas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No sales yet</source>
        <translation>Aún no hay ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales appear here as they are created in HyperRep.</source>
        <translation>Las ventas aparecen aquí a medida que se crean en HyperRep.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) so far; loading the rest…</source>
        <translation>
            <numerusform>%n venta por ahora; cargando el resto…</numerusform>
            <numerusform>%n ventas por ahora; cargando el resto…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sale(s) in %1 stage(s)</source>
        <translation>
            <numerusform>%n venta en %1 etapas</numerusform>
            <numerusform>%n ventas en %1 etapas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open a co&amp;ntact</source>
        <translation>Abrir un co&amp;ntacto</translation>
    </message>
</context>
<context>
    <name>repdesk::ScopeView</name>
    <message>
        <location filename="../ui/dashboards/ScopeView.cpp" line="+36"/>
        <source>Messages by channel</source>
        <translation>Mensajes por canal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No messages in this range</source>
        <translation>No hay mensajes en este periodo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
</context>
<context>
    <name>repdesk::SessionManager</name>
    <message>
        <location filename="../app/session/SessionManager.cpp" line="+41"/>
        <source>The key could not be removed from the keyring: %1</source>
        <translation>No se pudo quitar la clave del llavero: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer has no folder where Repdesk may keep its data (no home or cache folder).</source>
        <translation>Este equipo no tiene ninguna carpeta donde Repdesk pueda guardar sus datos (ni carpeta personal ni de caché).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repdesk could not create its private data folder: %1</source>
        <translation>Repdesk no pudo crear su carpeta de datos privada: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (key from FERNAND_API_KEY)</source>
        <translation>%1 (clave de FERNAND_API_KEY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (key from HYPERREP_API_KEY)</source>
        <translation>%1 (clave de HYPERREP_API_KEY)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Repdesk has no key for %1 on this computer. Enter it to sign in again.</source>
        <translation>Repdesk no tiene ninguna clave para %1 en este equipo. Introdúzcala para volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Some local files of %1 could not be deleted: %2</source>
        <translation>No se pudieron eliminar algunos archivos locales de %1: %2</translation>
    </message>
</context>
<context>
    <name>repdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+18"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>repdesk::ShortcutsDialog</name>
    <message>
        <location filename="../ui/settings/ShortcutsDialog.cpp" line="+25"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No shortcuts match</source>
        <translation>Ningún atajo coincide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try another word.</source>
        <translation>Pruebe con otra palabra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>repdesk::SignInDialog</name>
    <message>
        <location filename="../ui/account/SignInDialog.cpp" line="+37"/>
        <source>Sign in to Repdesk</source>
        <translation>Iniciar sesión en Repdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect your HyperRep or Fernand account. Repdesk checks the key with the server, then keeps it in your system keyring, never in a file.</source>
        <translation>Conecte su cuenta de HyperRep o Fernand. Repdesk comprueba la clave con el servidor y luego la guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste your API key</source>
        <translation>Pegue su clave de API</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your key with the server…</source>
        <translation>Comprobando su clave con el servidor…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Use for this session only</source>
        <translation>&amp;Usar solo en esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in memory until Repdesk quits; you will be asked again next time.</source>
        <translation>Mantener la clave en memoria hasta que Repdesk se cierre; se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>repdesk::SolutionModel</name>
    <message>
        <location filename="../app/dashboards/SolutionModel.cpp" line="+51"/>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time in business hours</source>
        <translation>Tiempo de respuesta en horario laboral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed to sale</source>
        <translation>Tiempo hasta la venta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales value</source>
        <translation>Valor de las ventas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote value</source>
        <translation>Valor de los presupuestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads in</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses sent</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Quoted</source>
        <translation>Presupuestado</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autonomy rate</source>
        <translation>Tasa de autonomía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead response score</source>
        <translation>Puntuación de respuesta a leads</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Direct email</source>
        <translation>Correo directo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indirect email</source>
        <translation>Correo indirecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form request</source>
        <translation>Solicitud por formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response sent</source>
        <translation>Respuesta enviada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead responded</source>
        <translation>El lead respondió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghosted</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending outreach</source>
        <translation>Contacto pendiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent without changes</source>
        <translation>Enviado sin cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent with changes</source>
        <translation>Enviado con cambios</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n chat(s) sent</source>
        <translation>
            <numerusform>%n chat enviado</numerusform>
            <numerusform>%n chats enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>over %n response(s)</source>
        <translation>
            <numerusform>sobre %n respuesta</numerusform>
            <numerusform>sobre %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>over %n sale(s)</source>
        <translation>
            <numerusform>sobre %n venta</numerusform>
            <numerusform>sobre %n ventas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy analytics give no currency</source>
        <translation>Las estadísticas antiguas no indican ninguna moneda</translation>
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
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown company</source>
        <translation>Empresa desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown contact</source>
        <translation>Contacto desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown agent</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No company</source>
        <translation>Sin empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+48"/>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The name could not be loaded; it is asked again when the list changes.</source>
        <translation>No se pudo cargar el nombre; se volverá a pedir cuando cambie la lista.</translation>
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
        <translation>En esta etapa desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesPage</name>
    <message>
        <location filename="../ui/dashboards/StageSalesPage.cpp" line="+61"/>
        <source>Enter shows the sale&apos;s products and status history.</source>
        <translation>Intro muestra los productos y el historial de estados de la venta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage sales</source>
        <translation>Ventas de la etapa</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sales in “%1”, %2</source>
        <extracomment>The drill-down heading: %1 = stage name, %2 = &quot;the organization&quot; or an agent&apos;s name</extracomment>
        <translation>Ventas en «%1», %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sales in %1</source>
        <translation>Ventas en %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Updating the sales on this computer to match the chart…</source>
        <translation>Actualizando las ventas de este equipo para que coincidan con el gráfico…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updated %1</source>
        <translation>actualizado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not all loaded yet</source>
        <translation>aún no se han cargado todas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The chart counts %n sale(s) in this stage, by a rule the sales on this computer (%1) do not reproduce: this list may differ from it.</source>
        <extracomment>%n = the stage&apos;s figure on the chart; %1 = &quot;updated 5 min ago&quot; or &quot;not all loaded yet&quot;</extracomment>
        <translation>
            <numerusform>El gráfico cuenta %n venta en esta etapa, según una regla que las ventas de este equipo (%1) no reproducen: esta lista puede diferir.</numerusform>
            <numerusform>El gráfico cuenta %n ventas en esta etapa, según una regla que las ventas de este equipo (%1) no reproducen: esta lista puede diferir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter on a sale shows its products and history.</source>
        <translation>Intro en una venta muestra sus productos y su historial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sales in this stage</source>
        <translation>No hay ventas en esta etapa</translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesTable</name>
    <message>
        <location filename="../ui/dashboards/StageSalesTable.cpp" line="+109"/>
        <source>In this stage since %1</source>
        <extracomment>When the sale reached its current stage; %1 = date and time</extracomment>
        <translation>En esta etapa desde %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
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
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age in stage</source>
        <translation>Tiempo en la etapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
</context>
<context>
    <name>repdesk::StatusIndicators</name>
    <message>
        <location filename="../ui/StatusIndicators.cpp" line="+25"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit</source>
        <translation>Límite de solicitudes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Waiting for %1&apos;s rate limit: %n s</source>
        <extracomment>The provider&apos;s name, then seconds until waiting requests may go.</extracomment>
        <translation>
            <numerusform>Esperando el límite de solicitudes de %1: %n s</numerusform>
            <numerusform>Esperando el límite de solicitudes de %1: %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed out: the key was refused</source>
        <translation>Sesión cerrada: se rechazó la clave</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Outbox (%1)</source>
        <translation>Bandeja de salida (%1)</translation>
    </message>
</context>
<context>
    <name>repdesk::TableExportActions</name>
    <message>
        <location filename="../ui/common/TableExportActions.cpp" line="+34"/>
        <source>Export table as CSV…</source>
        <translation>Exportar la tabla como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy table</source>
        <translation>Copiar la tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the table to the clipboard, tab-separated, for pasting into a spreadsheet</source>
        <translation>Copiar la tabla al portapapeles, separada por tabulaciones, para pegarla en una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy selected cells</source>
        <translation>Copiar las celdas seleccionadas</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Export table</source>
        <translation>Exportar tabla</translation>
    </message>
</context>
<context>
    <name>repdesk::TemplatePicker</name>
    <message>
        <location filename="../ui/compose/TemplatePicker.cpp" line="+33"/>
        <location line="+1"/>
        <source>Insert template</source>
        <translation>Insertar plantilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter templates</source>
        <translation>Filtrar plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter by name or text</source>
        <translation>Escriba para filtrar por nombre o texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No templates yet. Add saved replies in Settings, Templates.</source>
        <translation>Aún no hay plantillas. Añada respuestas guardadas en Configuración, Plantillas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the selected template</source>
        <translation>Insertar la plantilla seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No template matches the filter.</source>
        <translation>Ninguna plantilla coincide con el filtro.</translation>
    </message>
</context>
<context>
    <name>repdesk::TemplatesSettingsPage</name>
    <message>
        <location filename="../ui/compose/TemplatesSettingsPage.cpp" line="+32"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template body, HTML</source>
        <translation>Cuerpo de la plantilla, HTML</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTML, for example &lt;p&gt;Hi {contact.first_name},&lt;/p&gt;. Placeholders: {contact.name}, {contact.first_name}, {agent.name}, {company.name}.</source>
        <translation>HTML, por ejemplo &lt;p&gt;Hola, {contact.first_name}:&lt;/p&gt;. Marcadores: {contact.name}, {contact.first_name}, {agent.name}, {company.name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a template</source>
        <translation>Añadir una plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected template</source>
        <translation>Eliminar la plantilla seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save templates</source>
        <translation>Guardar las plantillas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Hi {contact.first_name},&lt;/p&gt;
&lt;p&gt;&lt;/p&gt;
&lt;p&gt;{agent.name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hola, {contact.first_name}:&lt;/p&gt;
&lt;p&gt;&lt;/p&gt;
&lt;p&gt;{agent.name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled template</source>
        <translation>Plantilla sin título</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>¿Eliminar la plantilla «%1»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>repdesk::ThreadPane</name>
    <message>
        <location filename="../ui/inbox/ThreadPane.cpp" line="+74"/>
        <source>Load remote images</source>
        <translation>Cargar imágenes remotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load remote images for this conversation</source>
        <translation>Cargar las imágenes remotas de esta conversación</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Conversation thread</source>
        <translation>Hilo de la conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conversation to read it.</source>
        <translation>Seleccione una conversación para leerla.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+10"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown contact</source>
        <translation>Contacto desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n mensaje</numerusform>
            <numerusform>%1 · %n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Show %n earlier message(s)</source>
        <translation>
            <numerusform>Mostrar %n mensaje anterior</numerusform>
            <numerusform>Mostrar %n mensajes anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n imagen remota bloqueada para proteger su privacidad.</numerusform>
            <numerusform>%n imágenes remotas bloqueadas para proteger su privacidad.</numerusform>
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
            <numerusform>Repdesk: %n conversación sin leer</numerusform>
            <numerusform>Repdesk: %n conversaciones sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To review (%1)</source>
        <translation>Por revisar (%1)</translation>
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
        <translation>No hay datos para este periodo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Response rate (%)</source>
        <translation>Tasa de respuesta (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time (minutes)</source>
        <translation>Tiempo de respuesta (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry failed buckets</source>
        <translation>Reintentar los intervalos fallidos</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Could not load the trends: %1</source>
        <translation>No se pudieron cargar las tendencias: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Loading %n week(s)…</source>
        <translation>
            <numerusform>Cargando %n semana…</numerusform>
            <numerusform>Cargando %n semanas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Loading %n day(s)…</source>
        <translation>
            <numerusform>Cargando %n día…</numerusform>
            <numerusform>Cargando %n días…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) could not be loaded: %1</source>
        <translation>
            <numerusform>No se pudo cargar %n semana: %1</numerusform>
            <numerusform>No se pudieron cargar %n semanas: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) could not be loaded: %1</source>
        <translation>
            <numerusform>No se pudo cargar %n día: %1</numerusform>
            <numerusform>No se pudieron cargar %n días: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
</context>
<context>
    <name>repdesk::TrendModel</name>
    <message>
        <location filename="../app/dashboards/TrendModel.cpp" line="+148"/>
        <source>Week %1</source>
        <extracomment>A week bucket of a trend chart, by ISO week number</extracomment>
        <translation>Semana %1</translation>
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
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responded to</source>
        <translation>Respondidas</translation>
    </message>
</context>
</TS>
