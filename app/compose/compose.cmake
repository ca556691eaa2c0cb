# New outbound messages (message drafts): the per-organization drafts session and one
# save/send of a compose window. Appended to repdesk_core (see app/CMakeLists.txt);
# the widgets in ui/compose talk to these, never to the provider.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DraftSubmission.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MessageDrafts.cpp
)
