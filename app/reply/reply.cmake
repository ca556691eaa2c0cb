# The reply of the open conversation (journal -> outbox -> provider).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ConversationCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DraftDiscard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DraftSave.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReplyController.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReplyDraft.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReplySender.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReplySends.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RepostRule.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReplyText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SendVerifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TemplateValues.cpp
)
