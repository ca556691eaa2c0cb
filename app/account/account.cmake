# Sources of this folder, appended to repdesk_core (see app/CMakeLists.txt).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/Account.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LaunchOptions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AccountInfo.h
  ${CMAKE_CURRENT_LIST_DIR}/AccountRegistry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CredentialStore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InstallSecret.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KeyVerifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SecretServiceProbe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StorageIdentity.cpp
)
