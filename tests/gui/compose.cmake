# Offscreen tests of the compose window, the drafts page and templates, against an
# in-process SandboxServer; included from tests/CMakeLists.txt. PlainReplyEditor only (fast, no WebEngine).
foreach(t tst_compose tst_compose_edit tst_compose_drafts)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_compose_support.h
                   LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
endforeach()
# The same window with the real WebEngine editor from the plugin (slower: one test file only).
repdesk_add_test(NAME tst_compose_web SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_compose_web.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_compose_support.h LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
target_compile_definitions(tst_compose_web PRIVATE REPDESK_TEST_PLUGIN_DIR="${CMAKE_BINARY_DIR}/plugins")
add_dependencies(tst_compose_web repdesk_webviews)
