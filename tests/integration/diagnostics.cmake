# Help > Copy diagnostics (app/diagnostics): no key in the report, the error log, fault counters,
# logging categories. Against repdesk-sandbox over loopback.
repdesk_add_test(NAME tst_diagnostics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_diagnostics.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
# HeapTrimmer: freed heap pages go back to the system (the soak's finding); no server.
repdesk_add_test(NAME tst_heap_trimmer SOURCES ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_heap_trimmer.cpp
                 LIBS repdesk_core LABELS unit)
