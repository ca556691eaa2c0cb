# Signing in, offscreen, against repdesk-sandbox, with the private gnome-keyring of tests/run-ctest.sh.
repdesk_add_test(NAME tst_sign_in SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sign_in.cpp
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui keyring)
# The signed-in main window loads the WebEngine plugin at idle (tests/ci/stage-10-sanitizers.sh
# finds the tests that load WebEngine through this dependency).
add_dependencies(tst_sign_in repdesk_webviews)
# The same binary with D-Bus pointed nowhere: no secret service answers.
add_test(NAME tst_sign_in_no_keyring COMMAND tst_sign_in noKeyringOffersThisSessionOnly)
set_tests_properties(tst_sign_in_no_keyring PROPERTIES
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;REPDESK_TEST_NO_KEYRING=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/repdesk-test-bus"
  TIMEOUT 120 LABELS "gui;keyring")
