# The audit log's core (app/auditlog) against repdesk-sandbox over loopback. Included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_audit_log SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_audit_log.cpp ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
