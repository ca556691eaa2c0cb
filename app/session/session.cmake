# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AccountSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgentDrafts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConversationWorkflow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EnvironmentKey.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InboundCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/NewMessageAnnouncer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OrganizationSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SessionManager.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SignInFlow.cpp
)
