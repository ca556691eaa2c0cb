# Models against repdesk-sandbox over loopback.
repdesk_add_test(NAME tst_conversation_model SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_conversation_model.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
repdesk_add_test(NAME tst_sales_index SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sales_index.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_data.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
repdesk_add_test(NAME tst_inbox_sync SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inbox_sync.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_inbox_sync_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_data.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
repdesk_add_test(NAME tst_inbox_sync_walk SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inbox_sync_walk.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_inbox_sync_support.h ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_data.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
