#include "ThreadProfile.h"

#include "ThreadSchemeHandler.h"

#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlScheme>

namespace repdesk {

QString ThreadProfile::scheme()
{
    return QStringLiteral("repdesk-thread");
}

ThreadProfile::ThreadProfile(QObject *owner) : m_owner(owner) {}

QWebEngineProfile *ThreadProfile::profile()
{
    create();
    return m_profile;
}

ThreadSchemeHandler *ThreadProfile::documents()
{
    create();
    return m_documents;
}

void ThreadProfile::registerScheme()
{
    // Qt asks for registration before QApplication, but what it really needs is
    // "before the WebEngine context starts", which the first profile triggers;
    // the host cannot do it earlier without linking WebEngine on the startup path.
    const QByteArray name = scheme().toLatin1();
    if (!QWebEngineUrlScheme::schemeByName(name).name().isEmpty())
        return;
    QWebEngineUrlScheme s(name);
    s.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // No LocalScheme: remote image requests must reach our interceptor (which
    // reports them) instead of being dropped silently in the renderer. No
    // SecureScheme: it would make http images mixed content and auto-upgrade them.
    s.setFlags({});
    QWebEngineUrlScheme::registerScheme(s);
    if (QWebEngineUrlScheme::schemeByName(name).name().isEmpty()) {
        // Someone started WebEngine before us. An unregistered scheme still works
        // through the handler (Qt 6.4 only warns), so carry on.
        qWarning("repdesk_webviews: could not register the %s scheme; serving it unregistered", name.constData());
    }
}

void ThreadProfile::create()
{
    if (m_profile)
        return;
    registerScheme();
    // No storage name: off the record, so nothing of a thread is written to disk.
    m_profile = new QWebEngineProfile(m_owner);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    // Remote images (when the user allows them) must not set or send tracking cookies.
    m_profile->cookieStore()->setCookieFilter([](const QWebEngineCookieStore::FilterRequest &) { return false; });
    m_documents = new ThreadSchemeHandler(m_profile);
    m_profile->installUrlSchemeHandler(scheme().toLatin1(), m_documents);
}

} // namespace repdesk
