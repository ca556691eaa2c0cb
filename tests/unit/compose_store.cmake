# Tests of the reply editor's local storage (app/store: DraftJournal, Outbox, TemplateStore),
# included from tests/CMakeLists.txt.

# Types a known text into a DraftJournal until killed: the crash test's child process.
add_executable(journal_typer ${CMAKE_CURRENT_LIST_DIR}/../tools/journal_typer.cpp)
target_link_libraries(journal_typer PRIVATE repdesk_core)

foreach(t tst_journal tst_journal_timing)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_journal_support.h
                   LIBS repdesk_core LABELS unit)
endforeach()
repdesk_add_test(NAME tst_journal_crash SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_journal_crash.cpp LIBS repdesk_core LABELS unit)
target_include_directories(tst_journal_crash PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../tools)
target_compile_definitions(tst_journal_crash PRIVATE JOURNAL_TYPER="$<TARGET_FILE:journal_typer>")
add_dependencies(tst_journal_crash journal_typer)
repdesk_add_test(NAME tst_templates SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_templates.cpp LIBS repdesk_core LABELS unit)
# The outbox against an in-process sandbox over loopback HTTP.
repdesk_add_test(NAME tst_outbox SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_outbox.cpp
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
