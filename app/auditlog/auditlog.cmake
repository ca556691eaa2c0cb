# The audit log (issue #11): its filter, pager, session and change texts; appended to repdesk_core
# (see app/CMakeLists.txt). No widgets.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AuditChangeText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditLogFilter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditLogListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AuditLogSession.cpp
)
