# Packaging checks, included from tests/CMakeLists.txt: icons, embedded translations and the
# desktop/AppStream metadata (+ the .deb when REPDESK_TEST_CPACK=1 is set in the environment).

# Renders every icon through Qt's SVG plugins; compiles icons.qrc itself so it checks the
# resource paths UI code uses (:/icons/<name>.svg) without needing repdesk_ui.
repdesk_add_test(NAME tst_icons
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/../packaging/tst_icons.cpp
          ${CMAKE_CURRENT_LIST_DIR}/../../resources/icons/icons.qrc
  LIBS Qt6::Gui
  LABELS packaging)

# Links repdesk_ui, where resources/icons/icons.cmake and translations/translations.cmake
# embed icons and .qm files. Registered once translations.cmake is included (it must come
# before add_subdirectory(tests)); from then on it fails if either resource goes missing.
if(TARGET repdesk_ui_lrelease)
  repdesk_add_test(NAME tst_ui_resources
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/../packaging/tst_ui_resources.cpp
    LIBS repdesk_ui
    LABELS packaging)
endif()

# bash, not the script's shebang: source trees checked out without the executable bit still work.
add_test(NAME packaging_metadata
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/../packaging/check-metadata.sh ${CMAKE_BINARY_DIR})
# cpack strips and packs the binaries: allow for it when REPDESK_TEST_CPACK=1.
set_tests_properties(packaging_metadata PROPERTIES LABELS packaging TIMEOUT 900)

include(${CMAKE_CURRENT_LIST_DIR}/translations.cmake)
