# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
# The HTML allowlist sanitiser; gumbo is linked privately by repdesk_core.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AttributePolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CssSanitizer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ElementPolicy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GumboTree.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HtmlSanitizer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HtmlWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MarkupGuard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlainTextExtractor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TreeSanitizer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UrlPolicy.cpp
)
