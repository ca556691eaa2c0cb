# The directory's core (app/directory) against repdesk-sandbox over loopback: paging each list to
# its end, search, names, create validation (client-side and the server's 4xx on the field) and
# creates never sent twice. Included from tests/CMakeLists.txt.
foreach(name tst_directory_lists tst_directory_create)
  repdesk_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/tst_directory_support.h ${CMAKE_CURRENT_LIST_DIR}/tst_review_support.h
                   ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
endforeach()
