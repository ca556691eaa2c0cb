# The inbox window against repdesk-sandbox, offscreen.
repdesk_add_test(NAME tst_inbox_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inbox_window.cpp
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
add_dependencies(tst_inbox_window repdesk_webviews)

# The status bar: "Syncing…" ends with every sync; new messages are announced by name.
repdesk_add_test(NAME tst_status_bar SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_status_bar.cpp
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
add_dependencies(tst_status_bar repdesk_webviews)
# The reply editor made on demand, and `r` right after opening, in the real window.
repdesk_add_test(NAME tst_inbox_reply SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_inbox_reply.cpp
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
add_dependencies(tst_inbox_reply repdesk_webviews)
# Help > Copy diagnostics in the real window: on the clipboard, without the run's key (issue 13).
repdesk_add_test(NAME tst_help_diagnostics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_help_diagnostics.cpp
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
