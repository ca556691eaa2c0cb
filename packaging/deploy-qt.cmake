# Windows and macOS packages: Qt is not a system package there, so the installed tree must carry
# its own Qt (and Qt WebEngine) next to the app. windeployqt / macdeployqt copy it in at install
# time, i.e. during `cpack` (NSIS on Windows, DragNDrop on macOS; packaging/CPackConfig.cmake).
#
# UNTESTED: this project builds on Debian only; nobody has run these two paths yet. What they rely
# on is written down below so that the first person on Windows or macOS knows what to check.
#
# The WebEngine plugin (repdesk_webviews) is loaded at run time, so no deploy tool can find Qt
# WebEngine from repdesk's own imports: it is passed to the tool explicitly.
include_guard(GLOBAL)

if(NOT WIN32 AND NOT APPLE)
  return()
endif()

# The deploy tools live beside qmake in the Qt installation that built us.
get_target_property(_repdesk_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_repdesk_qt_bin "${_repdesk_qmake}" DIRECTORY)

if(WIN32)
  find_program(REPDESK_WINDEPLOYQT windeployqt HINTS "${_repdesk_qt_bin}" REQUIRED)
  # windeployqt on the executables and the plugin DLL in the installed bin/: it copies the Qt
  # DLLs, the platform/style/image/SQL plugins, and for the plugin Qt WebEngine with
  # QtWebEngineProcess.exe, its resources and locales. --compiler-runtime adds the MSVC runtime,
  # which a fresh Windows lacks.
  install(CODE "
    set(_bin \"\${CMAKE_INSTALL_PREFIX}/bin\")
    execute_process(
      COMMAND \"${REPDESK_WINDEPLOYQT}\" --release --compiler-runtime --no-translations
              --dir \"\${_bin}\"
              \"\${_bin}/$<TARGET_FILE_NAME:repdesk>\" \"\${_bin}/$<TARGET_FILE_NAME:repdesk-sandbox>\"
              \"\${_bin}/$<TARGET_FILE_NAME:repdesk_webviews>\"
      RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR \"windeployqt failed (\${_rc})\")
    endif()" COMPONENT app)
elseif(APPLE)
  find_program(REPDESK_MACDEPLOYQT macdeployqt HINTS "${_repdesk_qt_bin}" REQUIRED)
  # macdeployqt fixes the bundle's executable and each -executable= binary to load Qt from
  # Contents/Frameworks, and copies QtWebEngineCore.framework (with its helper app) for the
  # plugin. Without a signing identity the bundle is ad-hoc signed (-codesign=-) so Apple Silicon
  # runs it; notarization is out of scope here.
  install(CODE "
    set(_app \"\${CMAKE_INSTALL_PREFIX}/repdesk.app\")
    execute_process(
      COMMAND \"${REPDESK_MACDEPLOYQT}\" \"\${_app}\"
              \"-executable=\${_app}/Contents/MacOS/repdesk-sandbox\"
              \"-executable=\${_app}/Contents/lib/repdesk/plugins/$<TARGET_FILE_NAME:repdesk_webviews>\"
              -codesign=-
      RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR \"macdeployqt failed (\${_rc})\")
    endif()" COMPONENT app)
endif()
