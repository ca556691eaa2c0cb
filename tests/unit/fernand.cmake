# Fernand's request budget over a simulated clock (issue 12).
repdesk_add_test(NAME tst_fernand_throttle_unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fernand_throttle_unit.cpp
                 LIBS repdesk_core LABELS unit)
# Fernand's records, request bodies, query terms and --provider.
repdesk_add_test(NAME tst_fernand_records SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fernand_records.cpp
                 LIBS repdesk_core LABELS unit)
