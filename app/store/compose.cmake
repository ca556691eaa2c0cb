# The reply editor's local storage (draft journal, outbox, templates), appended to repdesk_core
# (see app/CMakeLists.txt). The Q_OBJECT headers are listed so AUTOMOC sees them.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DraftJournal.h
  ${CMAKE_CURRENT_LIST_DIR}/DraftJournal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JournalDatabase.cpp
  ${CMAKE_CURRENT_LIST_DIR}/JournalTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Outbox.h
  ${CMAKE_CURRENT_LIST_DIR}/Outbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxDispatch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OutboxTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TemplateStore.h
  ${CMAKE_CURRENT_LIST_DIR}/TemplateStore.cpp
)
