# The pipeline board's core (app/sales) against repdesk-sandbox over loopback. Included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_sales_board SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sales_board.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
repdesk_add_test(NAME tst_sales_table SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sales_table.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
