# Install rules for the desktop integration files; include()d from the top-level CMakeLists.txt.
# The binaries and the WebEngine plugin install themselves (top level, ui/web/CMakeLists.txt);
# this file adds what a desktop needs to list, search and draw the app.
include(GNUInstallDirs)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.repdesk.Repdesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.repdesk.Repdesk.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# One source for the mark: the in-app icon (resources/icons/repdesk.svg) is renamed to the
# application id, which is what Icon= in the .desktop file and <icon> in the metainfo name.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/../resources/icons/repdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME io.repdesk.Repdesk.svg)
