# Sources of repdesk_ui (see ui/CMakeLists.txt).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ComposeActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InboxShortcuts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InboxToolBar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LinkOpener.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RepdeskApplication.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StatusIndicators.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncStatusText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrayNotifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WorkspaceStack.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/AgentDraftDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/ConversationQueryBar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/ReplyPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/BenchOpenDriver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/ConversationDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/ConversationListView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/ConversationWorkflowMenu.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/InboxWorkspace.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/ThreadPane.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/account.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/panels.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/charts.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/dashboards.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/review.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/auditlog.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sales.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/webviews.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/compose.cmake OPTIONAL)
