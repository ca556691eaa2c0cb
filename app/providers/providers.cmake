# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/InboxProvider.h
  ${CMAKE_CURRENT_LIST_DIR}/InboxProvider.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hyperrep/HyperRepClient.cpp
  ${CMAKE_CURRENT_LIST_DIR}/hyperrep/HyperRepProvider.cpp
)
# Fernand (issue 12): client, records, provider.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/fernand/FernandClient.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/FernandProvider.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/FernandRecordMapping.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/FernandRoutes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandAgent.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandContact.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandConversation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandConversationQuery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandConversationUpdate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandDraft.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandDraftRequest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandIds.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandPage.h
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandRecipient.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandReplyRequest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandStreamItem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fernand/records/FernandTime.cpp
)
