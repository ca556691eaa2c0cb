# Tests of this area, included from tests/CMakeLists.txt. Use repdesk_add_test() with paths under ${CMAKE_CURRENT_LIST_DIR}.
repdesk_add_test(NAME tst_thread_html SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_thread_html.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_relative_time SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_relative_time.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_thread_fold SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_thread_fold.cpp LIBS repdesk_core LABELS unit)
