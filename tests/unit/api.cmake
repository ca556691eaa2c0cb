repdesk_add_test(NAME tst_api SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_api.cpp LIBS repdesk_core LABELS unit)

# A failed read asked again by itself: Retry-After, else a doubling wait; one wait per key.
repdesk_add_test(NAME tst_retry_later SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_retry_later.cpp LIBS repdesk_core LABELS unit)
