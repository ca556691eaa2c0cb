# The review queue's core (no widgets), appended to repdesk_core (see app/CMakeLists.txt).
# Headers with Q_OBJECT/Q_GADGET and no .cpp of their own are listed so AUTOMOC sees them.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/DraftCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MyersDiff.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewAction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewActions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewChanges.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewDiscovery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewFigures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewItem.h
  ${CMAKE_CURRENT_LIST_DIR}/ReviewPrepared.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewPreviews.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewQueueModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ReviewText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WordDiff.cpp
)
