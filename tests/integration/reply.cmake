# The reply flow (journal, outbox, provider) against repdesk-sandbox.
repdesk_add_test(NAME tst_reply_controller SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reply_controller.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
