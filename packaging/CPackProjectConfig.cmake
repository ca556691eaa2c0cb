# Read by cpack itself (CPACK_PROJECT_CONFIG_FILE) when it runs a generator, in the scope where
# the generator's CMake module runs; packaging/CPackConfig.cmake points at it.

# CMake 3.25's CPackRPM asks `${RPM_EXECUTABLE} --suggests` whether rpmbuild knows weak
# dependencies, but never defines RPM_EXECUTABLE, so the check always fails and Suggests are
# dropped with a warning. Defining it here lets the RPM keep its Suggests (the fonts).
if(CPACK_GENERATOR STREQUAL "RPM" AND NOT RPM_EXECUTABLE)
  find_program(RPM_EXECUTABLE rpm)
endif()
