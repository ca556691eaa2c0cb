<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>FolderListModel</name>
    <message numerus="yes">
        <location filename="../app/models/FolderListModel.cpp" line="+124"/>
        <source>To review, %n draft(s) waiting</source>
        <translation>
            <numerusform>To review, %n draft waiting</numerusform>
            <numerusform>To review, %n drafts waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, %n conversation(s), %2 unread</source>
        <translation>
            <numerusform>%1, %n conversation, %2 unread</numerusform>
            <numerusform>%1, %n conversations, %2 unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <location filename="../app/models/RelativeTime.cpp" line="+19"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message numerus="yes">
        <location filename="../ui/SyncStatusText.cpp" line="+12"/>
        <source>Offline — %n cached conversation(s)</source>
        <translation>
            <numerusform>Offline — %n cached conversation</numerusform>
            <numerusform>Offline — %n cached conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n conversation(s) · up to date as of %1</source>
        <translation>
            <numerusform>%n conversation · up to date as of %1</numerusform>
            <numerusform>%n conversations · up to date as of %1</numerusform>
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
    <name>ThreadHtmlBuilder</name>
    <message numerus="yes">
        <location filename="../app/thread/MessagePartsHtml.cpp" line="+201"/>
        <source>clicked %n times</source>
        <translation>
            <numerusform>clicked %n time</numerusform>
            <numerusform>clicked %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/thread/ThreadHtmlBuilder.cpp" line="+19"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::AccountMenu</name>
    <message numerus="yes">
        <location filename="../ui/account/AccountMenu.cpp" line="+73"/>
        <source>%n reply or message draft(s) that never reached the server will be lost.</source>
        <translation>
            <numerusform>%n reply or message draft that never reached the server will be lost.</numerusform>
            <numerusform>%n reply or message drafts that never reached the server will be lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::AuditLogWorkspace</name>
    <message numerus="yes">
        <location filename="../ui/auditlog/AuditLogWorkspace.cpp" line="+283"/>
        <source>%n change(s) loaded</source>
        <translation>
            <numerusform>%n change loaded</numerusform>
            <numerusform>%n changes loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n change(s)</source>
        <translation>
            <numerusform>All %n change</numerusform>
            <numerusform>All %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n change loaded; scroll down for more</numerusform>
            <numerusform>%n changes loaded; scroll down for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ChartPanel</name>
    <message numerus="yes">
        <location filename="../ui/common/ChartPanel.cpp" line="+305"/>
        <source>%1, %n series, %2 rows. Arrow keys read the values; Ctrl+T shows a table.</source>
        <extracomment>%1 = &quot;Bar chart&quot; etc., %2 = number of rows. Read by screen readers when the chart gets focus.</extracomment>
        <translation>
            <numerusform>%1, %n series, %2 rows. Arrow keys read the values; Ctrl+T shows a table.</numerusform>
            <numerusform>%1, %n series, %2 rows. Arrow keys read the values; Ctrl+T shows a table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::CompanyDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/CompanyDetailPane.cpp" line="+194"/>
        <source>%n contact(s) known on this computer</source>
        <translation>
            <numerusform>%n contact known on this computer</numerusform>
            <numerusform>%n contacts known on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>%n sale so far; loading…</numerusform>
            <numerusform>%n sales so far; loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ComposeForm</name>
    <message numerus="yes">
        <location filename="../ui/compose/ComposeForm.cpp" line="+228"/>
        <source>Not a valid email address: %1. Separate addresses with commas or semicolons.</source>
        <translation>
            <numerusform>Not a valid email address: %1. Separate addresses with commas or semicolons.</numerusform>
            <numerusform>These are not valid email addresses: %1. Separate addresses with commas or semicolons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ContactDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/ContactDetailPane.cpp" line="+169"/>
        <source>%n sale(s) so far; loading…</source>
        <translation>
            <numerusform>%n sale so far; loading…</numerusform>
            <numerusform>%n sales so far; loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n sale</numerusform>
            <numerusform>%n sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::DirectoryListPane</name>
    <message numerus="yes">
        <location filename="../ui/directory/DirectoryListPane.cpp" line="+155"/>
        <source>%n match(es) among all contacts</source>
        <translation>
            <numerusform>%n match among all contacts</numerusform>
            <numerusform>%n matches among all contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es) among the %1 contacts loaded so far; scroll down to load more</source>
        <translation>
            <numerusform>%n match among the %1 contacts loaded so far; scroll down to load more</numerusform>
            <numerusform>%n matches among the %1 contacts loaded so far; scroll down to load more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n row(s) loaded so far</source>
        <translation>
            <numerusform>%n row loaded so far</numerusform>
            <numerusform>%n rows loaded so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::DraftSubmission</name>
    <message numerus="yes">
        <location filename="../app/compose/DraftSubmission.cpp" line="+118"/>
        <source>The server may still be working on the earlier attempt; checking again in %n second(s)…</source>
        <translation>
            <numerusform>The server may still be working on the earlier attempt; checking again in %n second…</numerusform>
            <numerusform>The server may still be working on the earlier attempt; checking again in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::FigureChange</name>
    <message numerus="yes">
        <location filename="../app/dashboards/FigureChange.cpp" line="+68"/>
        <source>%Ln pt(s)</source>
        <extracomment>A change of a rate in whole percentage points, e.g. &quot;3 pts&quot;</extracomment>
        <translation>
            <numerusform>%Ln pt</numerusform>
            <numerusform>%Ln pts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::FolderGroupingProxy</name>
    <message numerus="yes">
        <location filename="../app/models/FolderGroupingProxy.cpp" line="+222"/>
        <source>Folder %1, %n draft(s)</source>
        <translation>
            <numerusform>Folder %1, %n draft</numerusform>
            <numerusform>Folder %1, %n drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::GeneralSettingsPage</name>
    <message numerus="yes">
        <location filename="../ui/settings/GeneralSettingsPage.cpp" line="+93"/>
        <source> day(s)</source>
        <extracomment>Unit suffix of the review window spin box, with its leading space</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::KpiTileModel</name>
    <message numerus="yes">
        <location filename="../app/dashboards/KpiTileModel.cpp" line="+277"/>
        <source>%1 of %n conversation(s) responded to</source>
        <extracomment>Under the response rate: &quot;14 of 20 conversations responded to&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n conversation responded to</numerusform>
            <numerusform>%1 of %n conversations responded to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::LeaderboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/LeaderboardView.cpp" line="+201"/>
        <source>%n agent(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n agent could not be loaded: %1</numerusform>
            <numerusform>%n agents could not be loaded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n agent(s) still loading…</source>
        <translation>
            <numerusform>%n agent still loading…</numerusform>
            <numerusform>%n agents still loading…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+305"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n new conversation</numerusform>
            <numerusform>%n new conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::PipelineRule</name>
    <message numerus="yes">
        <location filename="../app/dashboards/PipelineRule.cpp" line="+100"/>
        <source>%n sale(s) created in %1 and now in this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n sale created in %1 and now in this stage.</numerusform>
            <numerusform>%n sales created in %1 and now in this stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) created in %1 that reached this stage.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n sale created in %1 that reached this stage.</numerusform>
            <numerusform>%n sales created in %1 that reached this stage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1 and are still in it.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n sale that moved into this stage in %1 and are still in it.</numerusform>
            <numerusform>%n sales that moved into this stage in %1 and are still in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sale(s) that moved into this stage in %1.</source>
        <extracomment>The drill-down&apos;s rows: %n = number of sales, %1 = the range (&quot;Last 30 days&quot;)</extracomment>
        <translation>
            <numerusform>%n sale that moved into this stage in %1.</numerusform>
            <numerusform>%n sales that moved into this stage in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReplyController</name>
    <message numerus="yes">
        <location filename="../app/reply/ReplyController.cpp" line="+241"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReplyPane</name>
    <message numerus="yes">
        <location filename="../ui/inbox/ReplyPane.cpp" line="+146"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReplySender</name>
    <message numerus="yes">
        <location filename="../app/reply/ReplySender.cpp" line="+214"/>
        <source>Your reply was not sent: the server failed %n time(s). Your reply is kept.</source>
        <translation>
            <numerusform>Your reply was not sent: the server failed %n time. Your reply is kept.</numerusform>
            <numerusform>Your reply was not sent: the server failed %n times. Your reply is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Repdesk could not confirm yet whether your reply was sent: the server may still be working on it. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk could not confirm yet whether your reply was sent: the server may still be working on it. Your reply is kept; Repdesk will check again in %n second.</numerusform>
            <numerusform>Repdesk could not confirm yet whether your reply was sent: the server may still be working on it. Your reply is kept; Repdesk will check again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n second.</numerusform>
            <numerusform>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewActions</name>
    <message numerus="yes">
        <location filename="../app/review/ReviewActions.cpp" line="+18"/>
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>Sending in %n second…</numerusform>
            <numerusform>Sending in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding in %n second(s)…</source>
        <translation>
            <numerusform>Discarding in %n second…</numerusform>
            <numerusform>Discarding in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewChangesView</name>
    <message numerus="yes">
        <location filename="../ui/review/ReviewChangesView.cpp" line="+51"/>
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform>
            <numerusform>%n words added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) removed</source>
        <translation>
            <numerusform>%n word removed</numerusform>
            <numerusform>%n words removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewSummary</name>
    <message numerus="yes">
        <location filename="../ui/review/ReviewSummary.cpp" line="+57"/>
        <source>%n draft(s) to review</source>
        <translation>
            <numerusform>%n draft to review</numerusform>
            <numerusform>%n drafts to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewUndoBar</name>
    <message numerus="yes">
        <location filename="../ui/review/ReviewUndoBar.cpp" line="+78"/>
        <source>Sending the reply to %1 in %n second(s)…</source>
        <translation>
            <numerusform>Sending the reply to %1 in %n second…</numerusform>
            <numerusform>Sending the reply to %1 in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discarding the draft for %1 in %n second(s)…</source>
        <translation>
            <numerusform>Discarding the draft for %1 in %n second…</numerusform>
            <numerusform>Discarding the draft for %1 in %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReviewWorkspace</name>
    <message numerus="yes">
        <location filename="../ui/review/ReviewWorkspace.cpp" line="+274"/>
        <source>Checking the conversations of the last %n day(s).</source>
        <translation>
            <numerusform>Checking the conversations of the last %n day.</numerusform>
            <numerusform>Checking the conversations of the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::SaleDetailPane</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/SaleDetailPane.cpp" line="+182"/>
        <source>%1 of %n change(s) say who made them.</source>
        <translation>
            <numerusform>%1 of %n change say who made them.</numerusform>
            <numerusform>%1 of %n changes say who made them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::SalesTablePage</name>
    <message numerus="yes">
        <location filename="../ui/sales/SalesTablePage.cpp" line="+200"/>
        <source>%n sale(s) shown; loading more…</source>
        <translation>
            <numerusform>%n sale shown; loading more…</numerusform>
            <numerusform>%n sales shown; loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n loaded sale(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%1 of %n loaded sale shown; scroll down for more</numerusform>
            <numerusform>%1 of %n loaded sales shown; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n sale(s) shown</source>
        <translation>
            <numerusform>%1 of %n sale shown</numerusform>
            <numerusform>%1 of %n sales shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::SalesWorkspace</name>
    <message numerus="yes">
        <location filename="../ui/sales/SalesWorkspace.cpp" line="+274"/>
        <source>%1: %n sale(s)</source>
        <translation>
            <numerusform>%1: %n sale</numerusform>
            <numerusform>%1: %n sales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n sale(s) so far; loading the rest…</source>
        <translation>
            <numerusform>%n sale so far; loading the rest…</numerusform>
            <numerusform>%n sales so far; loading the rest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sale(s) in %1 stage(s)</source>
        <translation>
            <numerusform>%n sale in %1 stage</numerusform>
            <numerusform>%n sales in %1 stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::SolutionModel</name>
    <message numerus="yes">
        <location filename="../app/dashboards/SolutionModel.cpp" line="+143"/>
        <source>%n chat(s) sent</source>
        <translation>
            <numerusform>%n chat sent</numerusform>
            <numerusform>%n chats sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+2"/>
        <source>over %n response(s)</source>
        <translation>
            <numerusform>over %n response</numerusform>
            <numerusform>over %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>over %n sale(s)</source>
        <translation>
            <numerusform>over %n sale</numerusform>
            <numerusform>over %n sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::StageSalesPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/StageSalesPage.cpp" line="+143"/>
        <source>The chart counts %n sale(s) in this stage, by a rule the sales on this computer (%1) do not reproduce: this list may differ from it.</source>
        <extracomment>%n = the stage&apos;s figure on the chart; %1 = &quot;updated 5 min ago&quot; or &quot;not all loaded yet&quot;</extracomment>
        <translation>
            <numerusform>The chart counts %n sale in this stage, by a rule the sales on this computer (%1) do not reproduce: this list may differ from it.</numerusform>
            <numerusform>The chart counts %n sales in this stage, by a rule the sales on this computer (%1) do not reproduce: this list may differ from it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::StatusIndicators</name>
    <message numerus="yes">
        <location filename="../ui/StatusIndicators.cpp" line="+48"/>
        <source>Waiting for %1&apos;s rate limit: %n s</source>
        <extracomment>The provider&apos;s name, then seconds until waiting requests may go.</extracomment>
        <translation>
            <numerusform>Waiting for %1&apos;s rate limit: %n s</numerusform>
            <numerusform>Waiting for %1&apos;s rate limit: %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ThreadPane</name>
    <message numerus="yes">
        <location filename="../ui/inbox/ThreadPane.cpp" line="+208"/>
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
            <numerusform>Show %n earlier message</numerusform>
            <numerusform>Show %n earlier messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n remote image(s) blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n remote image blocked to protect your privacy.</numerusform>
            <numerusform>%n remote images blocked to protect your privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::TrayNotifier</name>
    <message numerus="yes">
        <location filename="../ui/TrayNotifier.cpp" line="+48"/>
        <source>Repdesk — %n unread conversation(s)</source>
        <translation>
            <numerusform>Repdesk — %n unread conversation</numerusform>
            <numerusform>Repdesk — %n unread conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::TrendCharts</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/TrendCharts.cpp" line="+164"/>
        <source>Loading %n week(s)…</source>
        <translation>
            <numerusform>Loading %n week…</numerusform>
            <numerusform>Loading %n weeks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Loading %n day(s)…</source>
        <translation>
            <numerusform>Loading %n day…</numerusform>
            <numerusform>Loading %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n week could not be loaded: %1</numerusform>
            <numerusform>%n weeks could not be loaded: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) could not be loaded: %1</source>
        <translation>
            <numerusform>%n day could not be loaded: %1</numerusform>
            <numerusform>%n days could not be loaded: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
