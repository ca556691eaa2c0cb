# The reply of the open conversation (journal -> outbox -> provider).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ReplyController.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TemplateValues.cpp
)
