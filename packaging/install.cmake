# Every install() rule of the project, in one place; include()d from the top-level CMakeLists.txt
# after all targets exist (install(TARGETS) may name targets of other directories).
#
# Two components, which CPack turns into two packages (packaging/CPackConfig.cmake):
#   app      -> "repdesk":         the app, its WebEngine plugin, desktop file, AppStream, icons
#   sandbox  -> "repdesk-sandbox": the standalone demo/test server. `repdesk --demo` does not need
#               it (the app links the same server library), so a user installs it only to run
#               the server on its own, e.g. for scripts or another client.
include(GNUInstallDirs)

set(REPDESK_ICON_SIZES 16 22 24 32 48 64 128 256 512)

if(APPLE)
  # A bundle: the plugin goes where WebViewsLoader looks beside the executable
  # (<app dir>/../lib/repdesk/plugins = repdesk.app/Contents/lib/repdesk/plugins).
  set_target_properties(repdesk PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_BUNDLE_NAME "Repdesk"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.repdesk.Repdesk"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
  install(TARGETS repdesk BUNDLE DESTINATION . COMPONENT app)
  install(TARGETS repdesk_webviews LIBRARY DESTINATION repdesk.app/Contents/lib/repdesk/plugins COMPONENT app)
  # Inside the bundle, so that macdeployqt points it at the bundle's Qt too.
  install(TARGETS repdesk-sandbox RUNTIME DESTINATION repdesk.app/Contents/MacOS COMPONENT sandbox)
elseif(WIN32)
  # The plugin sits beside repdesk.exe (<app dir> is searched first) and windeployqt puts the
  # Qt DLLs there too; MODULE libraries are LIBRARY targets on Windows as well.
  # A GUI program: no console window behind it (so --version prints nowhere there).
  set_target_properties(repdesk PROPERTIES WIN32_EXECUTABLE ON)
  install(TARGETS repdesk RUNTIME DESTINATION bin COMPONENT app)
  install(TARGETS repdesk_webviews LIBRARY DESTINATION bin COMPONENT app)
  install(TARGETS repdesk-sandbox RUNTIME DESTINATION bin COMPONENT sandbox)
else()
  install(TARGETS repdesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
  # lib/, not the multiarch libdir: WebViewsLoader looks in <app dir>/../lib/repdesk/plugins.
  install(TARGETS repdesk_webviews LIBRARY DESTINATION lib/repdesk/plugins COMPONENT app)
  install(TARGETS repdesk-sandbox RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT sandbox)

  # Desktop integration (freedesktop platforms only).
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.repdesk.Repdesk.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.repdesk.Repdesk.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
  # One source for the mark: the in-app icon (resources/icons/repdesk.svg) is renamed to the
  # application id, which is what Icon= in the .desktop file and <icon> in the metainfo name.
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/../resources/icons/repdesk.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME io.repdesk.Repdesk.svg COMPONENT app)
  # Fixed sizes for launchers and software centres that do not draw SVG (AppStream wants 64 and
  # 128). Rendered from the same SVG by packaging/render-icons.sh and committed, so building
  # needs no SVG rasterizer.
  foreach(size IN LISTS REPDESK_ICON_SIZES)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/../resources/icons/hicolor/${size}x${size}/io.repdesk.Repdesk.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps COMPONENT app)
  endforeach()
endif()

include(${CMAKE_CURRENT_LIST_DIR}/deploy-qt.cmake)
