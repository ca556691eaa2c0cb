# The directory workspace (ui/directory, Ctrl+5) against repdesk-sandbox, offscreen, driven by
# keys and clicks. Included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_directory_workspace SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_directory_workspace.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_directory_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_review_support.h
                 ${CMAKE_CURRENT_LIST_DIR}/../integration/SandboxFixture.h
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
target_include_directories(tst_directory_workspace PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../integration)
