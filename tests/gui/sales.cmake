# The sales workspace's table (ui/sales, Ctrl+3 then Alt+T) in the main window against repdesk-sandbox, offscreen.
# Included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_sales_table_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sales_table_window.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_review_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/SandboxFixture.h
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
target_include_directories(tst_sales_table_window PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../integration)
add_dependencies(tst_sales_table_window repdesk_webviews)
