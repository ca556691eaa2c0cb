# Signing in and the Account menu; appended to repdesk_ui (see ui/CMakeLists.txt).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/account/AccountMenu.cpp
  ${CMAKE_CURRENT_LIST_DIR}/account/SignInDialog.cpp
)
