#include "LogCategories.h"

// QtWarningMsg: debug and info stay off by default, warnings on.
Q_LOGGING_CATEGORY(lcApi, "repdesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccount, "repdesk.account", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "repdesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "repdesk.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "repdesk.models", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSales, "repdesk.sales", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDashboards, "repdesk.dashboards", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReply, "repdesk.reply", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReview, "repdesk.review", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHtml, "repdesk.html", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "repdesk.ui", QtWarningMsg)
