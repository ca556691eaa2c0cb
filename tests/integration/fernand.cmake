# Fernand (issue 12): client, budget and provider against the Fernand sandbox over loopback.
foreach(t tst_fernand_client tst_fernand_throttle tst_fernand_provider)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/FernandFixture.h
                   LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
endforeach()
# A Fernand account through SessionManager (environment key), models, thread and workflow. No widgets.
repdesk_add_test(NAME tst_fernand_session SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fernand_session.cpp
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
# Server-side filters and orderings, and drafts for a colleague, through the organization session.
repdesk_add_test(NAME tst_fernand_queries SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fernand_queries.cpp
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
