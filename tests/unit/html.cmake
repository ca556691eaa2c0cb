# Tests of this area, included from tests/CMakeLists.txt. Use repdesk_add_test() with paths under ${CMAKE_CURRENT_LIST_DIR}.
repdesk_add_test(NAME tst_html
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_html.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_html_images.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_html_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/tst_html_robustness.cpp
  LIBS repdesk_core
  LABELS unit)
# tst_html_safety.h re-parses sanitiser output with gumbo directly.
target_link_libraries(tst_html PRIVATE PkgConfig::GUMBO)
