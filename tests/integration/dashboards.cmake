# The manager dashboards' core (app/dashboards, app/api/CallQueue): range rules and value types as
# unit tests, the models and the session against repdesk-sandbox over loopback.
# Included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_analytics_range SOURCES ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_analytics_range.cpp
                 LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_dashboard_format SOURCES ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_dashboard_format.cpp
                 LIBS repdesk_core LABELS unit)
foreach(name tst_call_queue tst_dashboard_figures tst_dashboard_trends tst_dashboard_team tst_dashboard_faults
             tst_dashboard_session tst_dashboard_agreement tst_dashboard_names)
  repdesk_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h ${CMAKE_CURRENT_LIST_DIR}/tst_dashboard_support.h
                   LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
endforeach()
