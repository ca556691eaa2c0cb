<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>FolderListModel</name>
    <message numerus="yes">
        <location filename="../app/models/FolderListModel.cpp" line="+101"/>
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
        <location filename="../app/thread/MessagePartsHtml.cpp" line="+206"/>
        <source>clicked %n times</source>
        <translation>
            <numerusform>clicked %n time</numerusform>
            <numerusform>clicked %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/thread/ThreadHtmlBuilder.cpp" line="+182"/>
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
        <location filename="../ui/account/AccountMenu.cpp" line="+68"/>
        <source>%n reply or message draft(s) that never reached the server will be lost.</source>
        <translation>
            <numerusform>%n reply or message draft that never reached the server will be lost.</numerusform>
            <numerusform>%n reply or message drafts that never reached the server will be lost.</numerusform>
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
    <name>repdesk::ContactPanel</name>
    <message numerus="yes">
        <source>No sales linked to this conversation among the %n most recent sales.</source>
        <translation type="vanished">
            <numerusform>No sales linked to this conversation among the most recent sale.</numerusform>
            <numerusform>No sales linked to this conversation among the %n most recent sales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n most recent sales were searched.</source>
        <translation type="vanished">
            <numerusform>Only the most recent sale was searched.</numerusform>
            <numerusform>Only the %n most recent sales were searched.</numerusform>
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
    <name>repdesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+281"/>
        <source>%n new conversation(s)</source>
        <translation>
            <numerusform>%n new conversation</numerusform>
            <numerusform>%n new conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ReplyController</name>
    <message numerus="yes">
        <location filename="../app/reply/ReplyController.cpp" line="+229"/>
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
        <location filename="../ui/inbox/ReplyPane.cpp" line="+129"/>
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
        <location filename="../app/reply/ReplySender.cpp" line="+176"/>
        <source>Your reply was not sent: the server failed %n time(s). Your reply is kept.</source>
        <translation>
            <numerusform>Your reply was not sent: the server failed %n time. Your reply is kept.</numerusform>
            <numerusform>Your reply was not sent: the server failed %n times. Your reply is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n second(s).</source>
        <translation>
            <numerusform>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n second.</numerusform>
            <numerusform>Repdesk could not confirm whether your reply was sent. Your reply is kept; Repdesk will check again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>repdesk::ThreadPane</name>
    <message numerus="yes">
        <location filename="../ui/inbox/ThreadPane.cpp" line="+130"/>
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n message</numerusform>
            <numerusform>%1 · %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
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
        <location filename="../ui/TrayNotifier.cpp" line="+36"/>
        <source>Repdesk — %n unread conversation(s)</source>
        <translation>
            <numerusform>Repdesk — %n unread conversation</numerusform>
            <numerusform>Repdesk — %n unread conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
