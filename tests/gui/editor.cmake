# GUI tests of the reply editor in the WebEngine plugin, included from tests/CMakeLists.txt.
# Offscreen; needs the plugin built first. repdesk_ui for WebViewsLoader, its repdesk_core for the
# real HtmlSanitizer as the editor's `sanitize`; WebEngineWidgets only to inspect the page.
find_package(Qt6 6.4 REQUIRED COMPONENTS WebEngineWidgets)
foreach(t tst_editor tst_editor_keys tst_editor_security)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_editor_support.h
    LIBS repdesk_ui Qt6::WebEngineWidgets LABELS gui)
  target_compile_definitions(${t} PRIVATE REPDESK_TEST_PLUGIN_DIR="${CMAKE_BINARY_DIR}/plugins")
  add_dependencies(${t} repdesk_webviews)
endforeach()
