# MessageDraftListModel against repdesk-sandbox over loopback; included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_drafts_model SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_drafts_model.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
# MessageDrafts (delete, submissions, organization switches, detached) against the sandbox, no widgets.
repdesk_add_test(NAME tst_message_drafts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_message_drafts.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
