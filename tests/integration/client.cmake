# The client against repdesk-sandbox over real loopback HTTP.
foreach(t tst_client_routes tst_client_errors tst_client_reliability)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                   LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
endforeach()
