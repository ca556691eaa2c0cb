# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
# Logging categories, the error log, network fault counters, the heap trimmer and the Help > Copy
# diagnostics text.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DiagnosticsReport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ErrorLog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FaultCounters.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HeapTrimmer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LogCategories.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SecretRedactor.cpp
)
