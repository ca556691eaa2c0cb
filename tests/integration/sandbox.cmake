# Tests of this area, included from tests/CMakeLists.txt. Use repdesk_add_test() with paths under ${CMAKE_CURRENT_LIST_DIR}.
# The sandbox tests run the server in-process on 127.0.0.1 (free port); tst_sandbox_cli drives the executable.
set(SANDBOX_TEST_SUPPORT ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_support.h)
repdesk_add_test(NAME tst_sandbox
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network LABELS integration)
repdesk_add_test(NAME tst_sandbox_paging
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_paging.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network LABELS integration)
repdesk_add_test(NAME tst_sandbox_drafts
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_drafts.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network LABELS integration)
repdesk_add_test(NAME tst_sandbox_faults
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_faults.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network LABELS integration)
repdesk_add_test(NAME tst_sandbox_tenants
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_tenants.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network Qt6::Sql LABELS integration)
repdesk_add_test(NAME tst_sandbox_keys
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_keys.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network LABELS integration)
repdesk_add_test(NAME tst_sandbox_demo_history
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_demo_history.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network LABELS integration)
repdesk_add_test(NAME tst_sandbox_cli
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_cli.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS Qt6::Network LABELS integration)
add_dependencies(tst_sandbox_cli repdesk-sandbox)
target_compile_definitions(tst_sandbox_cli PRIVATE SANDBOX_EXE="$<TARGET_FILE:repdesk-sandbox>")
repdesk_add_test(NAME tst_sandbox_review_drafts
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sandbox_review_drafts.cpp ${SANDBOX_TEST_SUPPORT}
  LIBS repdesk_sandbox_lib Qt6::Network LABELS integration)
