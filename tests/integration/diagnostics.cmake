# Help > Copy diagnostics (app/diagnostics): no key in the report, the error log, fault counters,
# logging categories. Against repdesk-sandbox over loopback.
repdesk_add_test(NAME tst_diagnostics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnostics.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
