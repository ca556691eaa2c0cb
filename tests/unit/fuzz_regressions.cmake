# Every fuzz seed and every input a fuzzer once failed on (tests/fuzz/corpus, tests/fuzz/regressions),
# replayed through the fuzz targets' own checks (tests/fuzz/FuzzTargets.h) in the normal build.
repdesk_add_test(NAME tst_fuzz_regressions
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_fuzz_regressions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../fuzz/FuzzApi.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../fuzz/FuzzHtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../fuzz/FuzzRecords.cpp
  LIBS repdesk_core
  LABELS unit)
target_include_directories(tst_fuzz_regressions PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../fuzz ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(tst_fuzz_regressions PRIVATE REPDESK_FUZZ_DIR="${CMAKE_CURRENT_LIST_DIR}/../fuzz")
# tst_html_safety.h re-parses sanitiser output with gumbo directly.
target_link_libraries(tst_fuzz_regressions PRIVATE PkgConfig::GUMBO)
