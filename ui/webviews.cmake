# The loader of the WebEngine plugin (ui/web/), appended to repdesk_ui; include()d from ui/CMakeLists.txt.
list(APPEND UI_SOURCES ${CMAKE_CURRENT_LIST_DIR}/WebViewsLoader.cpp ${CMAKE_CURRENT_LIST_DIR}/WebRenderingMode.cpp)
# Where a build tree's binaries find the plugin (WebViewsLoader only uses it for binaries inside that tree).
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/WebViewsLoader.cpp PROPERTIES
  COMPILE_DEFINITIONS "REPDESK_BUILD_PLUGIN_DIR=\"${CMAKE_BINARY_DIR}/plugins\"")
