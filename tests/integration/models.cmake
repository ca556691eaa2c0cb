# Models against repdesk-sandbox over loopback.
repdesk_add_test(NAME tst_conversation_model SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_conversation_model.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
