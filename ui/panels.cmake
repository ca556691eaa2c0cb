# Inbox side panel, shared widgets and settings dialogs; appended to repdesk_ui (see ui/CMakeLists.txt).
list(APPEND UI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/common/CopyableField.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ElidedLines.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/EmptyStateWidget.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/DraftConflictDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ErrorBanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ItemViewModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/KeyboardSort.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/PlainToolTips.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ThemeColors.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/ThemedIcon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/common/WebPalette.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/ContactPanel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/contact/ConversationLinkList.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/contact/FieldList.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/contact/PanelSection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/contact/RecordFields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/contact/SaleCard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/inbox/contact/SaleCardList.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings/AppearanceChoice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings/GeneralSettingsPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings/LanguageChoice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings/SettingsDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/settings/ShortcutsDialog.cpp
)
