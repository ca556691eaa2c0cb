# The session core (app/session) driven by the scripted fake provider: no widget, no network.
repdesk_add_test(NAME tst_session SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_session.cpp
                 LIBS repdesk_core repdesk_test_support LABELS unit)

# "Syncing…" ends with every sync and page load, whatever way it ends.
repdesk_add_test(NAME tst_sync_status SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sync_status.cpp
                 LIBS repdesk_core repdesk_test_support LABELS unit)

# A new conversation is announced with its contact's name or address, never "Loading contact…".
repdesk_add_test(NAME tst_new_message_announcer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_new_message_announcer.cpp
                 LIBS repdesk_core repdesk_test_support LABELS unit)

# The drill-down adopts a pipeline rule only from a sales index as new as the figure.
repdesk_add_test(NAME tst_stage_sales_rule SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stage_sales_rule.cpp
                 LIBS repdesk_core repdesk_test_support LABELS unit)

# The review queue's thread walk ends on a cursor the server repeats, and stop() leaves no walk.
repdesk_add_test(NAME tst_review_previews SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_review_previews.cpp
                 LIBS repdesk_core repdesk_test_support LABELS unit)
