# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AccountFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgentTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnalyticsTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Cache.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CacheLimiter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CacheMeta.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CacheSchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CompanyTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ContactTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConversationTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MessageCodec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OrganizationTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PrivateFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaleCodec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaleTable.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqliteConnection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlTransaction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SqlValue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ThreadTable.cpp
)
