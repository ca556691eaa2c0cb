# Message drafts (new outbound messages), appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/MessageDraftListModel.cpp
)
