repdesk_add_test(NAME tst_api SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_api.cpp LIBS repdesk_core LABELS unit)
