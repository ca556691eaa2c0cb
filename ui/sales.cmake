# The sales workspace (ui/sales, Ctrl+3): the pipeline board and the sales table; appended to repdesk_ui (see ui/ui.cmake).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/sales/SaleCardDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sales/SaleFilterBar.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sales/SalesTablePage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sales/SalesWorkspace.cpp
)
