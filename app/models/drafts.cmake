# Message drafts (new outbound messages) and the folder headers of the drafts page,
# appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/FolderGroupingProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MessageDraftListModel.cpp
)
