# The audit log workspace (ui/auditlog, Ctrl+6); appended to repdesk_ui (see ui/ui.cmake).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/auditlog/AuditLogFilterBar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/auditlog/AuditLogWorkspace.cpp
)
