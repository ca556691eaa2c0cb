# The fault matrix (README "Reliability"): the session core, the models, the reply, message draft
# and review flows and the dashboards against repdesk-sandbox under each fault alone and all
# combined. Label `faults`, so CI's ctest run includes it; one executable per flow, so they run in
# parallel.
foreach(t tst_faults_session tst_faults_reply tst_faults_drafts tst_faults_review tst_faults_dashboards)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_faults_support.h
                   ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration faults)
endforeach()
