#pragma once

#include <QLoggingCategory>

// One logging category per area of Repdesk. Each is declared with QtWarningMsg:
// debug and info messages are off unless QT_LOGGING_RULES turns them on (README,
// "Diagnostics"), warnings and errors are on. Messages must never carry a key;
// what Help > Copy diagnostics shows goes through SecretRedactor anyway.
Q_DECLARE_LOGGING_CATEGORY(lcApi)        // repdesk.api: requests, answers, retries
Q_DECLARE_LOGGING_CATEGORY(lcAccount)    // repdesk.account: keychain, sign-in
Q_DECLARE_LOGGING_CATEGORY(lcStore)      // repdesk.store: cache, journal, outbox, templates
Q_DECLARE_LOGGING_CATEGORY(lcSync)       // repdesk.sync: poller, reconciliation walks
Q_DECLARE_LOGGING_CATEGORY(lcModels)     // repdesk.models: list models and directories
Q_DECLARE_LOGGING_CATEGORY(lcSales)      // repdesk.sales: the sales index and board
Q_DECLARE_LOGGING_CATEGORY(lcDashboards) // repdesk.dashboards: analytics requests
Q_DECLARE_LOGGING_CATEGORY(lcReply)      // repdesk.reply: replies, sends and their checks
Q_DECLARE_LOGGING_CATEGORY(lcReview)     // repdesk.review: the review queue
Q_DECLARE_LOGGING_CATEGORY(lcHtml)       // repdesk.html: the sanitiser
Q_DECLARE_LOGGING_CATEGORY(lcUi)         // repdesk.ui: widgets, the web views loader
