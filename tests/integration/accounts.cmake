# Accounts end to end (SessionManager, SignInFlow) against a two-tenant repdesk-sandbox, keys in the
# private gnome-keyring of tests/run-ctest.sh. No widgets.
repdesk_add_test(NAME tst_accounts SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accounts.cpp
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration keyring)
