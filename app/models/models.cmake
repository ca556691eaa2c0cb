# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/CompanyDirectory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ContactDetails.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ContactDirectory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConversationFilterProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConversationListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FolderListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InboxSync.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MessageThreadModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PagedListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PagedTableModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RelativeTime.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SalesIndex.cpp
)
