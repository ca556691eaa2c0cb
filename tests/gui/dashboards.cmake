# The dashboards workspace (ui/dashboards) against repdesk-sandbox, offscreen: what the widgets
# draw (series and points, tiles, tables) and how they are driven by keyboard.
# Included from tests/CMakeLists.txt.
foreach(t tst_dashboard_organization tst_dashboard_navigation tst_dashboard_workspace)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_dashboard_ui_support.h
                   ${CMAKE_CURRENT_LIST_DIR}/../integration/SandboxFixture.h
                   ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_dashboard_support.h
                   LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
  target_include_directories(${t} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../integration)
endforeach()
