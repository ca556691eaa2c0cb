# Tests of this area, included from tests/CMakeLists.txt. Use repdesk_add_test() with paths under ${CMAKE_CURRENT_LIST_DIR}.
repdesk_add_test(NAME tst_json SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_json.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_records SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_records.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_records_drafts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_records_drafts.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_records_sales SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_records_sales.cpp LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_records_edge SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_records_edge.cpp LIBS repdesk_core LABELS unit)
