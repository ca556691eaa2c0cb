# The review workspace (ui/review) against repdesk-sandbox, offscreen, driven by its keys;
# and the main window's side of it (Ctrl+4, the folder list's and the tray's "To review (N)").
# Included from tests/CMakeLists.txt.
foreach(t tst_review_workspace tst_review_window)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_review_support.h
                   ${CMAKE_CURRENT_LIST_DIR}/../integration/SandboxFixture.h
                   LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
  target_include_directories(${t} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../integration)
  add_dependencies(${t} repdesk_webviews)
endforeach()
