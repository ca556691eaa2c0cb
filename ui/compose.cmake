# New outbound messages (message drafts) and saved-reply templates; appended to repdesk_ui (see ui/CMakeLists.txt).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/compose/ComposeForm.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/ComposeWindow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/DraftItemDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/DraftPreview.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/DraftsView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/PlainReplyEditor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/RecipientValidator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/ReplyEditorFactory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/TemplatePicker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/compose/TemplatesSettingsPage.cpp
)
