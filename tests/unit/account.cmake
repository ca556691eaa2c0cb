# Tests of the account building blocks (app/account), included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_storage_identity SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_storage_identity.cpp
                 LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_account_registry SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_account_registry.cpp
                 LIBS repdesk_core LABELS unit)
# Needs a secret service for its keyring cases: run it through tests/run-ctest.sh (private D-Bus
# session with an unlocked gnome-keyring). Its "no secret service" cases run the binary as a child.
repdesk_add_test(NAME tst_credential_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_credential_store.cpp
                 LIBS repdesk_core LABELS unit keyring)
# KeyVerifier against the in-process sandbox over loopback.
repdesk_add_test(NAME tst_key_verifier SOURCES ${CMAKE_CURRENT_LIST_DIR}/../integration/tst_key_verifier.cpp
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
