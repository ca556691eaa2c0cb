#include "Modality.h"

namespace repdesk {

Modality modalityFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("email"))
        return Modality::Email;
    if (t == QLatin1String("call"))
        return Modality::Call;
    if (t == QLatin1String("text"))
        return Modality::Text;
    if (t == QLatin1String("live_chat"))
        return Modality::LiveChat;
    return Modality::Unknown;
}

QString modalityToString(Modality modality)
{
    switch (modality) {
    case Modality::Email:
        return QStringLiteral("email");
    case Modality::Call:
        return QStringLiteral("call");
    case Modality::Text:
        return QStringLiteral("text");
    case Modality::LiveChat:
        return QStringLiteral("live_chat");
    case Modality::Unknown:
        break;
    }
    return {};
}

} // namespace repdesk
