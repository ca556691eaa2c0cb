# A Fernand account in the real main window against the Fernand sandbox, offscreen (issue 12).
repdesk_add_test(NAME tst_fernand_window SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fernand_window.cpp
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
add_dependencies(tst_fernand_window repdesk_webviews)
