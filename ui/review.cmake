# The review workspace (ui/review); appended to repdesk_ui (see ui/CMakeLists.txt).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewChangesView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewDraftPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewQueueDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewQueueProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewQueueView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewQueueWatcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewShortcuts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewSummary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewThreadPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewUndoBar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/review/ReviewWorkspace.cpp
)
