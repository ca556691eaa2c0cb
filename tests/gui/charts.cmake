# Offscreen tests of the dashboard building blocks (ChartPanel, ChartExport, TableExportActions),
# included from tests/CMakeLists.txt.
foreach(t tst_chart_panel tst_chart_panel_keys tst_chart_export)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_charts_support.h
                   ${CMAKE_CURRENT_LIST_DIR}/tst_panels_support.h LIBS repdesk_ui LABELS gui)
endforeach()
# The CSV export is read back with the unit tests' RFC 4180 reader.
target_include_directories(tst_chart_export PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../unit)
