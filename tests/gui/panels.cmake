# Offscreen widget tests of the inbox side panel, shared widgets and settings dialogs.
repdesk_add_test(NAME tst_panels_common SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_panels_common.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_panels_support.h LIBS repdesk_ui LABELS gui)
repdesk_add_test(NAME tst_panels_settings SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_panels_settings.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_panels_support.h LIBS repdesk_ui LABELS gui)
# The ContactPanel tests talk to a live in-process SandboxServer over loopback.
foreach(t tst_panels_contact tst_panels_contact_states)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/tst_panels_contact_fixture.h ${CMAKE_CURRENT_LIST_DIR}/tst_panels_support.h
                   LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
endforeach()
# Settings > General > Language overrides the system locale at the next start.
repdesk_add_test(NAME tst_language_choice SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_language_choice.cpp
  LIBS repdesk_ui LABELS gui)
# Ctrl+Alt+S sorts any sortable table by the current column (KeyboardSort).
repdesk_add_test(NAME tst_keyboard_sort SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_keyboard_sort.cpp
  LIBS repdesk_ui LABELS gui)
