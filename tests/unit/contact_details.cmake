# ContactDetails (app/models) driven by the scripted fake provider, with a temporary Cache
# and the organization's SalesIndex: no widget, no network.
foreach(t tst_contact_details tst_contact_details_sales)
  repdesk_add_test(NAME ${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp
                   ${CMAKE_CURRENT_LIST_DIR}/tst_contact_details_support.h
                   LIBS repdesk_core repdesk_test_support LABELS unit)
endforeach()
