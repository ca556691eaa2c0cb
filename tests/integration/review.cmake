# The review queue's core (app/review): WordDiff as a unit test, discovery, the model, the
# session's actions and the drafts' lifecycle against repdesk-sandbox over loopback.
# Included from tests/CMakeLists.txt.
repdesk_add_test(NAME tst_word_diff SOURCES ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_word_diff.cpp
                 LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_review_text SOURCES ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_review_text.cpp
                 LIBS repdesk_core LABELS unit)
repdesk_add_test(NAME tst_review_table SOURCES ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_review_table.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/../unit/tst_cache_support.h LIBS repdesk_core LABELS unit)
foreach(name tst_review_discovery tst_review_session tst_review_lifecycle tst_review_offline)
  repdesk_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_review_support.h
                   ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
endforeach()
