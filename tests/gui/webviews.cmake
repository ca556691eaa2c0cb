# GUI tests of the WebEngine plugin, included from tests/CMakeLists.txt. Offscreen; needs the plugin built first.
# WebEngineWidgets only to inspect the page (settings, DOM): the display itself comes from the plugin.
# Found here because imported targets are directory-scoped (ui/web finds its own).
find_package(Qt6 6.4 REQUIRED COMPONENTS WebEngineWidgets)
repdesk_add_test(NAME tst_webviews SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_webviews.cpp
  LIBS repdesk_ui Qt6::WebEngineWidgets LABELS gui)
target_compile_definitions(tst_webviews PRIVATE REPDESK_TEST_PLUGIN_DIR="${CMAKE_BINARY_DIR}/plugins")
add_dependencies(tst_webviews repdesk_webviews)
# Accessibility of the web content (both pages) and one renderer for them.
repdesk_add_test(NAME tst_web_accessibility SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_web_accessibility.cpp
  LIBS repdesk_ui Qt6::WebEngineWidgets LABELS gui)
target_compile_definitions(tst_web_accessibility PRIVATE REPDESK_TEST_PLUGIN_DIR="${CMAKE_BINARY_DIR}/plugins")
add_dependencies(tst_web_accessibility repdesk_webviews)
# It walks Chromium's accessibility objects, whose classes have no RTTI: UBSan's vptr check
# cannot tell their type and reports every call (REPDESK_SANITIZE builds only).
if(REPDESK_SANITIZE)
  target_compile_options(tst_web_accessibility PRIVATE -fno-sanitize=vptr)
endif()
# The inbox thread pane: long threads folded to their newest messages, opened scrolled to them.
repdesk_add_test(NAME tst_thread_pane SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_thread_pane.cpp
  LIBS repdesk_ui Qt6::WebEngineWidgets LABELS gui)
add_dependencies(tst_thread_pane repdesk_webviews)
# Software compositing for the web views unless the user chose a Qt Quick backend.
repdesk_add_test(NAME tst_web_rendering_mode SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_web_rendering_mode.cpp
  LIBS repdesk_ui LABELS gui)
