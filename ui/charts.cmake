# Dashboard building blocks (charts, table export); appended to repdesk_ui (see ui/CMakeLists.txt).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/common/ChartBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ChartExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ChartPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ChartPanelPages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ChartSkeleton.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ChartSpec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ChartTheme.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ContextMenuTrigger.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ExportFileDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/TableExportActions.cpp
)
