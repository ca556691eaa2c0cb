# The inbox window against repdesk-sandbox, offscreen.
repdesk_add_test(NAME tst_inbox_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inbox_window.cpp
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
add_dependencies(tst_inbox_window repdesk_webviews)
