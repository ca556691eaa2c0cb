# The manager dashboards' core (no widgets), appended to repdesk_core (see app/CMakeLists.txt).
# Headers with Q_OBJECT/Q_GADGET and no .cpp of their own are listed so AUTOMOC sees them.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/AgentConversationListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AgentSaleListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnalyticsAnswer.h
  ${CMAKE_CURRENT_LIST_DIR}/AnalyticsCodec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnalyticsFetcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnalyticsRange.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AnalyticsRequest.h
  ${CMAKE_CURRENT_LIST_DIR}/DashboardSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DurationFormatter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FigureChange.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FigureFormatter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FigureState.h
  ${CMAKE_CURRENT_LIST_DIR}/KpiTileModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LeaderboardModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LegacyAnalytics.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ModalityModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PipelineModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PipelineRule.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaleDetail.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SaleDetailLoader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SalesCurrency.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ScopeDashboard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SolutionModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StageSalesModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TeamLeaderboard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrendModel.cpp
)
