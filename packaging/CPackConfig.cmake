# CPack: binary packages of the installed layout. include()d at the end of the top-level
# CMakeLists.txt, after packaging/install.cmake, so every install() rule is known.
#
#   cmake --build build && (cd build && cpack -G DEB)     # or -G RPM, -G TGZ
#
# Installed layout (prefix /usr for DEB and RPM):
#   bin/repdesk, bin/repdesk-sandbox
#   lib/repdesk/plugins/librepdesk_webviews.so
#   share/applications/io.repdesk.Repdesk.desktop
#   share/metainfo/io.repdesk.Repdesk.metainfo.xml
#   share/icons/hicolor/scalable/apps/io.repdesk.Repdesk.svg
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
# The default build type is RelWithDebInfo; ship stripped binaries, not the debug info.
set(CPACK_STRIP_FILES ON)

# RPM only where rpmbuild exists (on Debian it comes from the "rpm" test package), so that
# `cpack` with no -G still works on a machine that only builds .debs.
find_program(REPDESK_RPMBUILD rpmbuild)
mark_as_advanced(REPDESK_RPMBUILD)
set(CPACK_GENERATOR "TGZ;DEB")
if(REPDESK_RPMBUILD)
  list(APPEND CPACK_GENERATOR "RPM")
endif()
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/\\\\.cache/")

# --- DEB -------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Runtime plugins the binaries never link (SQLite driver, SVG icon engine, platform
# plugins) come from the "run" rows of debian-packages.txt ...
repdesk_debian_run_depends(CPACK_DEBIAN_PACKAGE_DEPENDS)
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

include(CPack)
