# The sales workspace's core (issue #11): the pipeline board over the sales index, the sales table
# (its rows, filter and sort); appended to repdesk_core (see app/CMakeLists.txt). No widgets.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/SaleFilterProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaleListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaleNames.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaleTableFilter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SalesBoardModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SalesSession.cpp
)
