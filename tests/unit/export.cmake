# TableExport (app/export): CSV and TSV text of any table model. QStandardItemModel (Qt Gui) is
# only the test's model; repdesk_core itself stays free of Gui.
repdesk_add_test(NAME tst_table_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_table_export.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/Rfc4180Reader.h LIBS repdesk_core Qt6::Gui LABELS unit)
