# The directory's core (contacts, companies, agents, create forms; no widgets), appended to
# repdesk_core (see app/CMakeLists.txt). Headers with Q_OBJECT/Q_GADGET and no .cpp of their own
# are listed so AUTOMOC sees them.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AgentListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CompanyListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ContactConversationListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ContactListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ContactPrefill.h
  ${CMAKE_CURRENT_LIST_DIR}/ContactSearchProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CreateRechecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CreateValidation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CreateVerifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DirectorySession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FieldErrors.h
  ${CMAKE_CURRENT_LIST_DIR}/RecordCreate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordSalesModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RoleColumnsProxy.cpp
)
