# repdesk_debian_run_depends(<out_var> [LIST <file>] [ROLE <role>])
#
# Reads packaging/debian-packages.txt (columns: package role) and returns the packages whose
# role is "run" (or ROLE, e.g. "recommend" for the Recommends) as a Debian string ("a, b, c").
# The .deb's Depends and Recommends come from here so that the list install-deps.sh installs
# and the list the package declares never diverge.
# These rows are what dpkg-shlibdeps cannot see: plugins loaded at runtime (SQLite driver,
# SVG icon engine, platform plugins) rather than libraries the binaries link.
function(repdesk_debian_run_depends out_var)
  cmake_parse_arguments(ARG "" "LIST;ROLE" "" ${ARGN})
  if(NOT ARG_ROLE)
    set(ARG_ROLE run)
  endif()
  if(NOT ARG_LIST)
    set(ARG_LIST "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/debian-packages.txt")
  endif()
  if(NOT EXISTS "${ARG_LIST}")
    message(FATAL_ERROR "repdesk_debian_run_depends: ${ARG_LIST} not found")
  endif()
  # Re-run CMake when the list changes, so the Depends of the next cpack run follows it.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${ARG_LIST}")

  file(STRINGS "${ARG_LIST}" lines)
  set(packages)
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "#.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "")
      continue()
    endif()
    # Columns are separated by any run of blanks; extra columns (future notes) are ignored.
    string(REGEX MATCHALL "[^ \t]+" fields "${line}")
    list(LENGTH fields n)
    if(n LESS 2)
      message(WARNING "debian-packages.txt: row without a role ignored: '${line}'")
      continue()
    endif()
    list(GET fields 0 package)
    list(GET fields 1 role)
    if(role STREQUAL ARG_ROLE)
      list(APPEND packages "${package}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES packages)
  list(JOIN packages ", " depends)
  set(${out_var} "${depends}" PARENT_SCOPE)
endfunction()
