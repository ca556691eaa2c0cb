# CPack: binary packages of the installed layout. include()d at the end of the top-level
# CMakeLists.txt, after packaging/install.cmake, so every install() rule is known.
#
#   cmake --build build && (cd build && cpack -G DEB)     # or -G RPM, -G TGZ
#
# Debian and RPM: two packages, one per install component (packaging/install.cmake):
#   repdesk           bin/repdesk, lib/repdesk/plugins/librepdesk_webviews.so,
#                     share/applications/io.repdesk.Repdesk.desktop,
#                     share/metainfo/io.repdesk.Repdesk.metainfo.xml,
#                     share/icons/hicolor/{scalable,16x16..512x512}/apps/io.repdesk.Repdesk.*
#   repdesk-sandbox   bin/repdesk-sandbox
# The TGZ holds both. Windows (NSIS) and macOS (DragNDrop) get one installer each, with Qt
# deployed into it (packaging/deploy-qt.cmake); both are untested.
include_guard(GLOBAL)
include(${CMAKE_CURRENT_LIST_DIR}/DebianDepends.cmake)

# Placeholders until the project has a public home; a release build can override them
# with -D without touching this file.
set(REPDESK_PACKAGE_CONTACT "Repdesk developers <packaging@repdesk.io>" CACHE STRING
    "Maintainer field of the DEB/RPM packages")
set(REPDESK_PACKAGE_HOMEPAGE "https://repdesk.io" CACHE STRING "Homepage of the DEB/RPM packages")

set(CPACK_PACKAGE_NAME "repdesk")
set(CPACK_PACKAGE_VENDOR "Repdesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${REPDESK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${REPDESK_PACKAGE_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Native desktop inbox for HyperRep sales teams")
set(CPACK_PACKAGE_DESCRIPTION
  "Repdesk is a desktop inbox for sales teams whose conversations live in HyperRep:\n"
  "email, calls, texts, live chat and web forms. It opens from a local cache, works\n"
  "offline, and includes repdesk-sandbox, a HyperRep-compatible demo server.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})

# --- components ------------------------------------------------------------------------
set(CPACK_COMPONENTS_ALL app sandbox)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Repdesk")
set(CPACK_COMPONENT_APP_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_COMPONENT_SANDBOX_DISPLAY_NAME "Repdesk demo server")
set(CPACK_COMPONENT_SANDBOX_DESCRIPTION
  "repdesk-sandbox is a HyperRep-compatible server with generated demo data, for trying\n"
  "clients and scripts without an account. Repdesk itself does not need it: `repdesk --demo`\n"
  "runs the same server inside the app.")
string(JOIN "" CPACK_COMPONENT_SANDBOX_DESCRIPTION ${CPACK_COMPONENT_SANDBOX_DESCRIPTION})
# One package per component for DEB and RPM; one archive with everything for TGZ.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
# The default build type is RelWithDebInfo; ship stripped binaries, not the debug info.
set(CPACK_STRIP_FILES ON)

# RPM only where rpmbuild exists (on Debian it comes from the "rpm" test package), so that
# `cpack` with no -G still works on a machine that only builds .debs.
find_program(REPDESK_RPMBUILD rpmbuild)
mark_as_advanced(REPDESK_RPMBUILD)
if(WIN32)
  set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "TGZ;DEB")
  if(REPDESK_RPMBUILD)
    list(APPEND CPACK_GENERATOR "RPM")
  endif()
endif()
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

# --- DEB -------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_APP_PACKAGE_NAME "repdesk")
set(CPACK_DEBIAN_APP_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME "repdesk-sandbox")
set(CPACK_DEBIAN_SANDBOX_PACKAGE_SECTION "net")
# Runtime plugins the binaries never link (SQLite driver, SVG icon engine, platform
# plugins) come from the "run" rows of debian-packages.txt ...
repdesk_debian_run_depends(CPACK_DEBIAN_APP_PACKAGE_DEPENDS)
# The sandbox keeps its data in SQLite through Qt's driver plugin, which it never links.
set(CPACK_DEBIAN_SANDBOX_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Fonts for the scripts of the demo data (Chinese and Japanese, Arabic, Hebrew names, emoji):
# Recommends, so apt installs them by default but a minimal system may leave them out.
repdesk_debian_run_depends(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS ROLE recommend)
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "repdesk-sandbox")
# ... and the linked Qt/WebEngine/gumbo libraries from dpkg-shlibdeps, which CPack appends
# to the list above. CPack skips that step silently when dpkg-shlibdeps is missing, which
# would yield a package without its Qt dependencies: say so at configure time instead.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
find_program(REPDESK_DPKG_SHLIBDEPS dpkg-shlibdeps)
find_program(REPDESK_FILE_TOOL file)
mark_as_advanced(REPDESK_DPKG_SHLIBDEPS REPDESK_FILE_TOOL)
if(NOT REPDESK_DPKG_SHLIBDEPS OR NOT REPDESK_FILE_TOOL)
  message(STATUS "cpack -G DEB needs dpkg-shlibdeps (dpkg-dev) and file for the Qt Depends; "
                 "install them before packaging")
endif()
# The plugin directory holds our private plugin; there is no shared library to export.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

# --- RPM -------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${REPDESK_PACKAGE_HOMEPAGE}")
set(CPACK_RPM_APP_PACKAGE_NAME "repdesk")
set(CPACK_RPM_SANDBOX_PACKAGE_NAME "repdesk-sandbox")
set(CPACK_RPM_SANDBOX_PACKAGE_SUMMARY "HyperRep-compatible demo server for Repdesk")
# The same fonts under Fedora's names. CPack has no Recommends for RPM; Suggests is the weak
# dependency it supports (dnf shows it, and installs it with --setopt=install_weak_deps).
# (CPackProjectConfig.cmake works around a CMake 3.25 bug that drops Suggests.)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake")
set(CPACK_RPM_APP_PACKAGE_SUGGESTS
  "google-noto-sans-cjk-fonts, google-noto-sans-arabic-fonts, google-noto-sans-hebrew-fonts, google-noto-color-emoji-fonts")
# Requires are left to rpmbuild's automatic ELF dependency scan (AUTOREQ is the default).
# No /usr/lib/.build-id links: distributions ship those in -debuginfo packages, and two
# packages carrying the same build-id link conflict on install.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Standard directories belong to the distribution's filesystem package; owning them here
# makes the RPM conflict with it on install.
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
  /usr/share/applications
  /usr/share/metainfo
  /usr/share/icons
  /usr/share/icons/hicolor
  /usr/share/icons/hicolor/scalable
  /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS REPDESK_ICON_SIZES)
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- Windows: NSIS (untested) ------------------------------------------------------------
# One installer with a Start menu entry; the demo server is an optional component on the
# components page. windeployqt runs at install time (packaging/deploy-qt.cmake), which needs
# both executables in one tree: hence a monolithic install, not one staging tree per component.
if(WIN32)
  set(CPACK_MONOLITHIC_INSTALL ON)
  set(CPACK_PACKAGE_INSTALL_DIRECTORY "Repdesk")
  set(CPACK_NSIS_PACKAGE_NAME "Repdesk")
  set(CPACK_NSIS_DISPLAY_NAME "Repdesk ${PROJECT_VERSION}")
  set(CPACK_PACKAGE_EXECUTABLES "repdesk" "Repdesk")
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\repdesk.exe")
  set(CPACK_NSIS_URL_INFO_ABOUT "${REPDESK_PACKAGE_HOMEPAGE}")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH OFF)
endif()

# --- macOS: DragNDrop disk image with repdesk.app (untested) -----------------------------
if(APPLE)
  set(CPACK_MONOLITHIC_INSTALL ON)
  set(CPACK_DMG_VOLUME_NAME "Repdesk")
  set(CPACK_DMG_FORMAT "UDZO")
endif()

include(CPack)
