# Embeds the icons listed in icons.qrc into repdesk_ui under :/icons. include()d from
# ui/CMakeLists.txt after add_library(repdesk_ui).
#
# Why not just add icons.qrc to the library's sources: repdesk_ui is a static library, and
# the linker drops a resource object nothing references, so the icons would vanish unless
# every executable called Q_INIT_RESOURCE(icons). qt_add_resources on the target makes Qt
# link the resource as an object file into each executable that uses repdesk_ui (the app
# and the GUI tests). icons.qrc stays the one list of files (tests/packaging/tst_icons
# compiles it directly), so it is read here rather than repeated.
set(repdesk_icons_qrc ${CMAKE_CURRENT_LIST_DIR}/icons.qrc)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${repdesk_icons_qrc})
file(READ ${repdesk_icons_qrc} repdesk_icons_xml)
string(REGEX MATCHALL "<file>[^<]+</file>" repdesk_icons_entries "${repdesk_icons_xml}")
set(repdesk_icon_files)
foreach(entry IN LISTS repdesk_icons_entries)
  string(REGEX REPLACE "</?file>" "" entry "${entry}")
  list(APPEND repdesk_icon_files ${CMAKE_CURRENT_LIST_DIR}/${entry})
endforeach()
qt_add_resources(repdesk_ui repdesk_icons
  PREFIX /icons
  BASE ${CMAKE_CURRENT_LIST_DIR}
  FILES ${repdesk_icon_files})
