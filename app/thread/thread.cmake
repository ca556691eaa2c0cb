# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/ArticleWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MessagePartsHtml.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ThreadFold.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ThreadHtmlBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ThreadTextFormat.cpp
)
