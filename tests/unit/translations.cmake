# translations_complete: runs lupdate over today's sources into temporary copies of the shipped
# German, French and Spanish .ts files and fails on any string that is unfinished there (new or
# reworded in the sources) or obsolete (gone from them), and on translations whose placeholders
# (%1, %n, %L1, {contact.name}) or HTML tags differ from the source. It lists each such string
# with its context and file. The fix: `cmake --build build --target update_translations`, then
# translate (translations/tools/tstool.py). English holds plural forms only; tst_ui_resources
# checks those.
#
# It reads translations/translations.cmake's source list (repdesk_i18n_sources/_includes), so
# the test and update_translations always look at the same files.
find_package(Python3 COMPONENTS Interpreter)
if(TARGET Qt6::lupdate AND Python3_Interpreter_FOUND AND repdesk_i18n_sources)
  list(TRANSFORM repdesk_i18n_includes PREPEND "-I" OUTPUT_VARIABLE repdesk_i18n_include_args)
  string(JOIN "\n" repdesk_i18n_lst ${repdesk_i18n_sources} ${repdesk_i18n_include_args})
  # Rewritten only when the list changes.
  file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/translations_sources.lst
       CONTENT "${repdesk_i18n_lst}\n" @ONLY)
  add_test(NAME translations_complete
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/translations/tools/tstool.py lupdate-check
            $<TARGET_FILE:Qt6::lupdate> ${CMAKE_CURRENT_BINARY_DIR}/translations_sources.lst
            ${REPDESK_TRANSLATED_TS})
  set_tests_properties(translations_complete PROPERTIES LABELS packaging TIMEOUT 300)
endif()

# The checker itself, on a small broken .ts file: a dropped %2, a plural form without %n, a lost
# HTML tag, an unfinished and a vanished string must each be reported, and `fill` must refuse a
# translation that drops a placeholder and escape the way lupdate does.
if(Python3_Interpreter_FOUND)
  add_test(NAME translations_tool
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/translations/tools/tstool.py selftest)
  set_tests_properties(translations_tool PROPERTIES LABELS packaging)
endif()
