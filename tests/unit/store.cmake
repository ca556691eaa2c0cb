# Tests of the offline cache (app/store) and the poller (app/sync), included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_cache SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cache.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_cache_threads SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cache_threads.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_cache_robustness SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cache_robustness.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_poller SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_poller.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_cache_sales SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cache_sales.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_private_files SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_private_files.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_account_files SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_account_files.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_cache_memory SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cache_memory.cpp LIBS repdesk_core LABELS unit)
