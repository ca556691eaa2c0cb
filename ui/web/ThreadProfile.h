#pragma once

#include <QString>

class QObject;
class QWebEngineProfile;

namespace repdesk {

class ThreadSchemeHandler;

// The one off-the-record WebEngine profile of the thread views, and the
// handler of the scheme their documents are served from. Created on first
// use so that loading the plugin costs nothing until a thread is shown.
class ThreadProfile
{
public:
    // Documents are served as repdesk-thread://<slot>/<generation>.
    static QString scheme();

    explicit ThreadProfile(QObject *owner);
    ThreadProfile(const ThreadProfile &) = delete;
    ThreadProfile &operator=(const ThreadProfile &) = delete;

    QWebEngineProfile *profile();
    ThreadSchemeHandler *documents();

private:
    void create();
    static void registerScheme();

    QObject *m_owner;
    QWebEngineProfile *m_profile = nullptr;
    ThreadSchemeHandler *m_documents = nullptr;
};

} // namespace repdesk
