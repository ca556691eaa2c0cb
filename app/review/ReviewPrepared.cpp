#include "ReviewPrepared.h"

#include "ReplyController.h"
#include "ReviewPreviews.h"

namespace repdesk {

ReviewPrepared::ReviewPrepared(ReviewPreviews *previews, Create create, Dispose dispose, QObject *parent)
    : QObject(parent), m_previews(previews), m_create(std::move(create)), m_dispose(std::move(dispose))
{
    connect(previews, &ReviewPreviews::threadFetched, this, [this](const QString &id) {
        if (id == conversationId())
            check();
    });
}

QString ReviewPrepared::conversationId() const
{
    return m_controller ? m_controller->conversationId() : QString();
}

bool ReviewPrepared::isReady() const
{
    return m_controller && m_controller->status() != ReplyController::Status::Loading && m_previews
        && m_previews->isFresh(m_controller->conversationId());
}

void ReviewPrepared::prepare(const QString &conversationId, ReplyController *spare)
{
    if (m_controller && m_controller->conversationId() == conversationId && !conversationId.isEmpty()) {
        if (spare != m_controller)
            m_dispose(spare);
        return;
    }
    clear();
    if (conversationId.isEmpty()) {
        m_dispose(spare);
        return;
    }
    if (spare && spare->conversationId() == conversationId) {
        hold(spare);
    } else {
        m_dispose(spare);
        hold(m_create(conversationId));
    }
    // A no-op when this session already fetched it (the thread view did, while it was shown).
    if (m_previews)
        m_previews->prefetch(conversationId);
    check();
}

void ReviewPrepared::hold(ReplyController *controller)
{
    m_controller = controller;
    m_announced = false;
    if (controller)
        connect(controller, &ReplyController::statusChanged, this, &ReviewPrepared::check);
}

ReplyController *ReviewPrepared::take(const QString &conversationId)
{
    if (!m_controller || conversationId.isEmpty() || m_controller->conversationId() != conversationId)
        return nullptr;
    ReplyController *controller = m_controller;
    controller->disconnect(this);
    m_controller = nullptr;
    return controller;
}

void ReviewPrepared::clear()
{
    if (!m_controller)
        return;
    ReplyController *controller = m_controller;
    controller->disconnect(this);
    m_controller = nullptr;
    m_dispose(controller);
}

void ReviewPrepared::check()
{
    if (m_announced || !isReady())
        return;
    m_announced = true;
    Q_EMIT ready(m_controller->conversationId());
}

} // namespace repdesk
