# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ApiCall.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ApiError.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CallQueue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OneShotBody.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PageWalk.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RateWindow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RequestSpec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RequestThrottle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetryLater.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RetryPolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Transport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TransportConfig.cpp
)
