# The directory workspace (ui/directory, Ctrl+5); appended to repdesk_ui (see ui/CMakeLists.txt).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/directory/AgentDetailPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/CompanyCreateDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/CompanyDetailPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/ContactCreateDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/ContactDetailPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/DirectoryListPane.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/DirectoryTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/DirectoryWorkspace.cpp
  ${CMAKE_CURRENT_LIST_DIR}/directory/FieldErrorLabel.cpp
)
