# Qt Linguist translations. include()d from the top-level CMakeLists.txt after the targets
# repdesk_core, repdesk_ui, repdesk_webviews and repdesk exist (their sources are read here).
#
# Normal build: lrelease compiles translations/*.ts into .qm files that are embedded in
# repdesk_ui under :/i18n (":/i18n/repdesk_de.qm", ...); RepdeskApplication loads the one
# matching the user's locale.
#
# After changing user-visible strings, refresh the .ts files from the sources with
#   cmake --build build --target update_translations
# then translate in Qt Linguist (linguist translations/repdesk_de.ts) or by hand. New strings
# arrive marked unfinished; lrelease runs with -nounfinished, so the app shows English for them
# rather than lupdate's guesses (its number heuristic once turned "%1, %2" into "%1: %2 {1,?}").
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(REPDESK_TRANSLATED_TS
  ${CMAKE_CURRENT_LIST_DIR}/repdesk_de.ts
  ${CMAKE_CURRENT_LIST_DIR}/repdesk_fr.ts
  ${CMAKE_CURRENT_LIST_DIR}/repdesk_es.ts)
# English needs only plural forms: the sources say "%n message(s)" and this file says
# "1 message" / "5 messages". lupdate -pluralonly keeps it to those entries.
set(REPDESK_PLURALS_TS ${CMAKE_CURRENT_LIST_DIR}/repdesk_en.ts)

# The user-facing code: the core library, the widgets, the WebEngine plugin and main.cpp.
# The sandbox is left out on purpose: its strings are for developers and the command line.
# Headers are listed too, since lupdate needs each Q_OBJECT class to name the tr() context.
set(repdesk_i18n_sources)
set(repdesk_i18n_includes)
foreach(target IN ITEMS repdesk_core repdesk_ui repdesk_webviews repdesk)
  if(NOT TARGET ${target})
    continue()
  endif()
  get_target_property(dir ${target} SOURCE_DIR)
  get_target_property(sources ${target} SOURCES)
  foreach(source IN LISTS sources)
    if(NOT source MATCHES "\\.(cpp|h)$" OR source MATCHES "\\$<")
      continue()
    endif()
    get_filename_component(source "${source}" ABSOLUTE BASE_DIR "${dir}")
    list(APPEND repdesk_i18n_sources "${source}")
    string(REGEX REPLACE "\\.cpp$" ".h" header "${source}")
    if(EXISTS "${header}")
      list(APPEND repdesk_i18n_sources "${header}")
    endif()
  endforeach()
  get_target_property(includes ${target} INCLUDE_DIRECTORIES)
  foreach(include IN LISTS includes)
    # Generator expressions (BUILD_INTERFACE, Qt's own dirs) are not lupdate's business.
    if(include AND NOT include MATCHES "\\$<")
      list(APPEND repdesk_i18n_includes "${include}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES repdesk_i18n_sources)
list(REMOVE_DUPLICATES repdesk_i18n_includes)

# Relative locations let Linguist show the source line without tying the files to one
# checkout; vanished strings are kept (type="vanished") so a reworded string can reuse them.
set(repdesk_lupdate_options -source-language en -locations relative)

# update_translations (Qt's global lupdate target) runs both of these.
qt_add_lupdate(repdesk_ui
  TS_FILES ${REPDESK_TRANSLATED_TS}
  SOURCES ${repdesk_i18n_sources}
  INCLUDE_DIRECTORIES ${repdesk_i18n_includes}
  OPTIONS ${repdesk_lupdate_options})
# qt_add_lupdate names its target <target>_lupdate; repdesk_core is just a distinct name here.
qt_add_lupdate(repdesk_core
  TS_FILES ${REPDESK_PLURALS_TS}
  SOURCES ${repdesk_i18n_sources}
  INCLUDE_DIRECTORIES ${repdesk_i18n_includes}
  OPTIONS ${repdesk_lupdate_options} -pluralonly)

# lrelease runs in every build (repdesk_ui depends on repdesk_ui_lrelease). The .qm files are
# embedded with qt_add_resources on the target rather than a .qrc source: repdesk_ui is a
# static library, and Qt then links the resource as an object file into every executable
# that uses repdesk_ui, so nothing needs Q_INIT_RESOURCE.
qt_add_lrelease(repdesk_ui
  TS_FILES ${REPDESK_TRANSLATED_TS} ${REPDESK_PLURALS_TS}
  QM_FILES_OUTPUT_VARIABLE repdesk_qm_files
  OPTIONS -silent -nounfinished)
qt_add_resources(repdesk_ui repdesk_translations
  PREFIX /i18n
  BASE ${CMAKE_CURRENT_BINARY_DIR}
  FILES ${repdesk_qm_files})
