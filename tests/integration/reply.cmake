# The reply flow (journal, outbox, provider) against repdesk-sandbox.
repdesk_add_test(NAME tst_reply_controller SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reply_controller.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
# No double send: lost answers, timeouts, 500s and failing checks around the autosend POST.
# tst_reply_unconfirmed: when even the check fails.
foreach(t tst_reply_send_verify tst_reply_unconfirmed)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_reply_support.h
                   ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
endforeach()
# "Already sent" and "conversation gone" decided by route and status, not by the 404's wording.
repdesk_add_test(NAME tst_reply_already_sent SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reply_already_sent.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_reply_support.h ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
# An empty reply is never sent; what counts as empty and how a sent reply is recognised.
repdesk_add_test(NAME tst_reply_empty SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reply_empty.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_reply_support.h ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
# The reply pane over the same flow, offscreen with PlainReplyEditor (no WebEngine). Listed here,
# next to the flow it shows, so tests/CMakeLists.txt needs no new include.
repdesk_add_test(NAME tst_reply_pane SOURCES ${CMAKE_CURRENT_LIST_DIR}/../gui/tst_reply_pane.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_reply_support.h ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 LIBS repdesk_ui repdesk_sandbox_lib LABELS gui)
# The same rules where the server's side must be scripted (a timeout that leaves nothing
# on the server, a queued draft that vanishes), on the FakeInboxProvider.
repdesk_add_test(NAME tst_reply_scripted SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reply_scripted.cpp
                 LIBS repdesk_core repdesk_test_support LABELS integration)
# Sends that outlive an organization switch or a stop of Repdesk, and the outbox around them.
repdesk_add_test(NAME tst_reply_session SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reply_session.cpp
                 ${CMAKE_CURRENT_LIST_DIR}/tst_reply_support.h ${CMAKE_CURRENT_LIST_DIR}/SandboxFixture.h
                 LIBS repdesk_core repdesk_sandbox_lib LABELS integration)
