# The directory workspace (ui/directory, Ctrl+5) against repdesk-sandbox, offscreen, driven by
# keys and clicks. Included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_directory_workspace SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_directory_workspace.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_directory_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_review_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/SandboxFixture.h
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
target_include_directories(tst_directory_workspace PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../integration)

# Names typed by someone else (markup in contact and company names) show as typed: PlainText
# labels in the directory and the thread header, escaped tooltips (issue 13).
repdesk_add_test(NAME tst_hostile_names SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_names.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_directory_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_review_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/SandboxFixture.h
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
target_include_directories(tst_hostile_names PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../integration)
